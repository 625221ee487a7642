package org.ixwire.bgp.internal;

import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The bytes a view reads: one copy of the wrapped range, taken when the view is wrapped, in an
 * array this object reuses (no allocation once it is large enough). The views read {@link #array()}
 * through the static readers here, at indices relative to the start of the range (index 0 is buffer
 * index {@link #origin()}): they keep relative positions and add the origin only to the offsets
 * they report, so that no read adds it.
 *
 * <p>Why: through {@code ByteBuf.getX(index)} every read also checks the buffer's reference count
 * and bounds (and a heap buffer assembles ints byte by byte); for a typical UPDATE's ~60 reads that
 * was a quarter of the decode time (docs/benchmarks.md). Here the range and the buffer's liveness
 * are checked once, by the copy, and each read is one bounds-checked array access. Why a copy even
 * of a heap buffer, whose backing array could be read in place: the array holds nothing but the
 * wrapped range (what an earlier, longer range left behind is zeroed), so no read through a view —
 * not one made after the buffer was released and its memory reused, nor one with an index out of
 * range — can see bytes of another buffer, e.g. another BGP peer's message in the same pooled
 * chunk. The copy costs ~4 ns for a typical UPDATE.
 */
public final class Wire {
  private static final VarHandle SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  // zero bytes the array always has beyond the loaded range, so that a parser may read a whole
  // header (up to 4 bytes) at any index within the range before checking that it fits
  private static final int SLACK = 8;
  private static final byte[] NONE = new byte[SLACK];

  private ByteBuf buf = io.netty.buffer.Unpooled.EMPTY_BUFFER; // what the last load read
  private int origin; // the buffer index of the range's first byte
  private byte[] array = NONE; // the copy
  private int used; // bytes of the array the last load wrote

  /**
   * Makes {@code [offset, offset+length)} of {@code buf} readable.
   *
   * @return this
   * @throws IndexOutOfBoundsException when the range is not within the buffer's capacity
   * @throws io.netty.util.IllegalReferenceCountException when the buffer was released
   */
  public Wire load(ByteBuf buf, int offset, int length) {
    if (offset < 0 || length < 0 || offset > buf.capacity() - length) {
      throw new IndexOutOfBoundsException(
          "range " + offset + "+" + length + " is outside the buffer's capacity " + buf.capacity());
    }
    byte[] dst = array;
    if (dst.length < length + SLACK) {
      dst = new byte[Math.max(length, Math.min(2 * dst.length, 1 << 16)) + SLACK];
    }
    // also Netty's check that the buffer is accessible; when it throws, nothing has changed
    buf.getBytes(offset, dst, 0, length);
    if (dst != array) {
      array = dst; // a new array: zero past the range already
    } else if (used > length) {
      java.util.Arrays.fill(array, length, used, (byte) 0);
    }
    used = length;
    origin = offset;
    if (this.buf != buf) { // the views of one message share this field instead of holding their own
      this.buf = buf; // (a reference store costs GC barriers; compared, it mostly is not needed)
    }
    return this;
  }

  /** The buffer the last load read, for what views report from it (issue data, raw values). */
  public ByteBuf buffer() {
    return buf;
  }

  /**
   * The array the last load copied into, the range at index 0 (its bytes past the range are zero):
   * a view keeps it in a field of its own, refreshed at each wrap, so that a read is one load fewer
   * than through this object.
   */
  public byte[] array() {
    return array;
  }

  /** Unsigned byte at index {@code i} of {@code a}. */
  public static int u8(byte[] a, int i) {
    return a[i] & 0xff;
  }

  /** Unsigned big-endian 16 bits at index {@code i} of {@code a}. */
  public static int u16(byte[] a, int i) {
    return (short) SHORT.get(a, i) & 0xffff;
  }

  /** Unsigned big-endian 24 bits at index {@code i} of {@code a}. */
  public static int u24(byte[] a, int i) {
    return u8(a, i) << 16 | u16(a, i + 1);
  }

  /** Big-endian 32 bits at index {@code i} of {@code a}. */
  public static int s32(byte[] a, int i) {
    return (int) INT.get(a, i);
  }

  /** Unsigned big-endian 32 bits at index {@code i} of {@code a}. */
  public static long u32(byte[] a, int i) {
    return s32(a, i) & 0xffffffffL;
  }

  /** Big-endian 64 bits at index {@code i} of {@code a}. */
  public static long s64(byte[] a, int i) {
    return (long) LONG.get(a, i);
  }

  /** The buffer index of relative index 0: what a view adds to a position it reports. */
  public int origin() {
    return origin;
  }
}
