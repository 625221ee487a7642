package org.ixwire.sflow.internal;

import io.netty.buffer.ByteBuf;

/** Renders at most 32 bytes around an offset as hex, marking the offset with {@code >}. */
public final class HexWindow {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private HexWindow() {}

  /** Hex of up to 32 readable bytes of {@code [lo, hi)} around {@code offset}. */
  public static String around(ByteBuf buf, int offset, int lo, int hi) {
    int from = Math.max(lo, Math.max(0, offset - 16));
    int to = Math.min(Math.min(hi, buf.capacity()), from + 32);
    StringBuilder sb = new StringBuilder((to - from) * 3 + 2);
    for (int i = from; i < to; i++) {
      if (i == offset) {
        sb.append('>');
      } else if (i > from) {
        sb.append(' ');
      }
      int b = buf.getUnsignedByte(i);
      sb.append(DIGITS[b >> 4]).append(DIGITS[b & 15]);
    }
    if (offset >= to) {
      sb.append(" >(end)");
    }
    return sb.toString();
  }
}
