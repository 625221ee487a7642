package org.ixwire.mrt.internal;

import io.netty.buffer.ByteBuf;

/**
 * One pass over a path-attributes blob (RFC 4271 §4.3) recording where the first occurrence of each
 * attribute type lies, and the order of all attributes. Reused; allocation-free after construction.
 *
 * <p>bgpdump compatibility needs its own reading of some attributes (AGGREGATOR by the record's AS
 * width rather than its length, AS4_PATH merged with bgpdump's counting), which is why the
 * formatter reads raw values through this index rather than through typed attribute views.
 *
 * <p>The blob's bytes are also offered as an array ({@link #array()}, buffer index {@code i} at
 * {@code array()[i + offset()]}): the buffer's own array for a heap buffer, else a copy of the
 * blob. The formatter's per-entry reads go through it — plain array reads, which compile to a
 * fraction of the code of {@code ByteBuf}'s checked accessors and are fast from the first
 * (interpreted, then C1-compiled) records of a run on.
 */
public final class AttributeIndex {
  private static final int MAX_ATTRIBUTES = 4096;

  private final int[] valueIndex = new int[256];
  private final int[] valueLength = new int[256];
  private final int[] flags = new int[256];
  private final int[] order = new int[MAX_ATTRIBUTES];
  private final int[] orderIndex = new int[MAX_ATTRIBUTES];
  private int count;
  private boolean truncated;
  private ByteBuf buf = io.netty.buffer.Unpooled.EMPTY_BUFFER;
  private byte[] array = new byte[0];
  private int offset;
  private int start;
  private int length;
  private byte[] copy = new byte[256];

  /** An empty index. */
  public AttributeIndex() {
    java.util.Arrays.fill(valueIndex, -1);
  }

  /** Indexes the attributes in {@code [index, index + length)} of {@code buf}. */
  public AttributeIndex wrap(ByteBuf buf, int index, int length) {
    return load(buf, index, length).frame();
  }

  /**
   * Takes the blob {@code [index, index + length)} of {@code buf} without indexing it yet: its
   * bytes are then in {@link #array()} and no attribute is present until {@link #frame()}. For a
   * caller that looks at the bytes first (and may need no index at all).
   */
  public AttributeIndex load(ByteBuf buf, int index, int length) {
    for (int k = 0; k < count; k++) {
      valueIndex[order[k]] = -1;
    }
    count = 0;
    truncated = false;
    this.buf = buf;
    this.start = index;
    this.length = length;
    if (buf.hasArray()) {
      array = buf.array();
      offset = buf.arrayOffset();
    } else {
      if (copy.length < length) {
        copy = new byte[Math.max(length, copy.length * 2)];
      }
      buf.getBytes(index, copy, 0, length);
      array = copy;
      offset = -index;
    }
    return this;
  }

  /** Indexes the attributes of the blob {@link #load loaded} last. */
  public AttributeIndex frame() {
    int i = start;
    int end = start + length;
    byte[] a = array;
    int o = offset;
    while (i < end) {
      if (end - i < 3) {
        truncated = true;
        break;
      }
      int f = a[i + o] & 0xff;
      int type = a[i + 1 + o] & 0xff;
      int len;
      int hdr;
      if ((f & 0x10) != 0) {
        if (end - i < 4) {
          truncated = true;
          break;
        }
        len = u16(a, i + 2 + o);
        hdr = 4;
      } else {
        len = a[i + 2 + o] & 0xff;
        hdr = 3;
      }
      if (len > end - i - hdr) {
        truncated = true;
        break;
      }
      if (count < MAX_ATTRIBUTES && valueIndex[type] < 0) {
        valueIndex[type] = i + hdr;
        valueLength[type] = len;
        flags[type] = f;
        order[count] = type;
        orderIndex[count] = i;
        count++;
      }
      i += hdr + len;
    }
    return this;
  }

  /** The buffer indexed. */
  public ByteBuf buffer() {
    return buf;
  }

  /**
   * The indexed blob's bytes: buffer index {@code i} (of the blob) is at {@code array()[i +
   * offset()]}. Only the blob's own bytes are there for a direct buffer.
   */
  public byte[] array() {
    return array;
  }

  /** What to add to a buffer index of the blob to get its index in {@link #array()}. */
  public int offset() {
    return offset;
  }

  /** The unsigned big-endian 16-bit value at {@code a[i]}. */
  public static int u16(byte[] a, int i) {
    return (a[i] & 0xff) << 8 | (a[i + 1] & 0xff);
  }

  /** The big-endian 32-bit value at {@code a[i]}. */
  public static int s32(byte[] a, int i) {
    return (a[i] & 0xff) << 24
        | (a[i + 1] & 0xff) << 16
        | (a[i + 2] & 0xff) << 8
        | (a[i + 3] & 0xff);
  }

  /** The unsigned big-endian 32-bit value at {@code a[i]}. */
  public static long u32(byte[] a, int i) {
    return s32(a, i) & 0xffffffffL;
  }

  /** Whether the blob ended inside an attribute (which was then ignored with the rest). */
  public boolean truncated() {
    return truncated;
  }

  /** Whether an attribute of {@code type} is present. */
  public boolean has(int type) {
    return valueIndex[type] >= 0;
  }

  /** Absolute index of the value of the first attribute of {@code type}, or -1. */
  public int index(int type) {
    return valueIndex[type];
  }

  /** Length of the value of the first attribute of {@code type}. */
  public int length(int type) {
    return valueLength[type];
  }

  /** Flags octet of the first attribute of {@code type}. */
  public int flags(int type) {
    return flags[type];
  }

  /** Number of distinct attribute types present, in input order via {@link #typeAt(int)}. */
  public int count() {
    return count;
  }

  /** The type of the {@code k}-th distinct attribute in input order. */
  public int typeAt(int k) {
    return order[k];
  }
}
