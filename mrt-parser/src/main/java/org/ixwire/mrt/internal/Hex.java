package org.ixwire.mrt.internal;

import io.netty.buffer.ByteBuf;

/** Bounded hex rendering for exception messages and the {@code -u} output column. */
public final class Hex {
  /** At most this many bytes are shown in a window. */
  public static final int MAX_BYTES = 32;

  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  /**
   * Up to {@link #MAX_BYTES} bytes of {@code buf} around absolute index {@code offset}, clipped to
   * {@code [lo, hi)}, the byte at {@code offset} in brackets.
   */
  public static String window(ByteBuf buf, int offset, int lo, int hi) {
    lo = Math.max(lo, 0);
    hi = Math.min(hi, buf.capacity());
    if (hi <= lo) {
      return "";
    }
    int start = Math.max(lo, Math.min(offset, hi) - 8);
    int end = Math.min(hi, start + MAX_BYTES);
    StringBuilder sb = new StringBuilder((end - start) * 3 + 8);
    if (start > lo) {
      sb.append("..");
    }
    for (int i = start; i < end; i++) {
      if (i == offset) {
        sb.append('[');
      } else if (i > start) {
        sb.append(' ');
      }
      appendByte(sb, buf.getUnsignedByte(i));
      if (i == offset) {
        sb.append(']');
      }
    }
    if (end < hi) {
      sb.append("..");
    }
    if (offset >= end) {
      sb.append(" [end]");
    }
    return sb.toString();
  }

  /** Appends two lower-case hex digits. */
  public static void appendByte(StringBuilder sb, int b) {
    sb.append(DIGITS[(b >> 4) & 15]).append(DIGITS[b & 15]);
  }
}
