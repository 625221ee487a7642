package org.ixwire.mrt.internal;

import io.netty.buffer.ByteBuf;

/**
 * One pass over a path-attributes blob (RFC 4271 §4.3) recording where the first occurrence of each
 * attribute type lies, and the order of all attributes. Reused; allocation-free after construction.
 *
 * <p>bgpdump compatibility needs its own reading of some attributes (AGGREGATOR by the record's AS
 * width rather than its length, AS4_PATH merged with bgpdump's counting), which is why the
 * formatter reads raw values through this index rather than through typed attribute views.
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

  /** An empty index. */
  public AttributeIndex() {
    java.util.Arrays.fill(valueIndex, -1);
  }

  /** Indexes the attributes in {@code [index, index + length)} of {@code buf}. */
  public AttributeIndex wrap(ByteBuf buf, int index, int length) {
    for (int k = 0; k < count; k++) {
      valueIndex[order[k]] = -1;
    }
    this.buf = buf;
    count = 0;
    truncated = false;
    int i = index;
    int end = index + length;
    while (i < end) {
      if (end - i < 3) {
        truncated = true;
        break;
      }
      int f = buf.getUnsignedByte(i);
      int type = buf.getUnsignedByte(i + 1);
      int len;
      int hdr;
      if ((f & 0x10) != 0) {
        if (end - i < 4) {
          truncated = true;
          break;
        }
        len = buf.getUnsignedShort(i + 2);
        hdr = 4;
      } else {
        len = buf.getUnsignedByte(i + 2);
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
