package org.ixwire.pcap.internal;

import io.netty.buffer.ByteBuf;

/** Bounded hex rendering of the bytes around an index, for exception messages. */
public final class HexWindow {
  /** At most this many bytes are shown. */
  public static final int MAX_BYTES = 32;

  private HexWindow() {}

  /**
   * Renders up to {@link #MAX_BYTES} bytes of {@code buf} around absolute index {@code index},
   * clipped to {@code [lo, hi)} and to the buffer's capacity, bracketing the byte at {@code index}.
   */
  public static String around(ByteBuf buf, int index, int lo, int hi) {
    lo = Math.max(lo, 0);
    hi = Math.min(hi, buf.capacity());
    if (hi <= lo) {
      return "";
    }
    int start = Math.max(lo, Math.min(index, hi) - 8);
    int end = Math.min(hi, start + MAX_BYTES);
    StringBuilder sb = new StringBuilder((end - start) * 3 + 12);
    if (start > lo) {
      sb.append("..");
    }
    for (int i = start; i < end; i++) {
      if (i == index) {
        sb.append('[');
      } else if (i > start) {
        sb.append(' ');
      }
      int b = buf.getUnsignedByte(i);
      sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
      if (i == index) {
        sb.append(']');
      }
    }
    if (end < hi) {
      sb.append("..");
    }
    if (index >= end) {
      sb.append(" [end]");
    }
    return sb.toString();
  }
}
