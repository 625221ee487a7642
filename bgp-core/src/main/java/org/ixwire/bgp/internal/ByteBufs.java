package org.ixwire.bgp.internal;

import io.netty.buffer.ByteBuf;

/** Small buffer helpers. */
public final class ByteBufs {
  private ByteBufs() {}

  /** Copies {@code len} bytes at absolute {@code off}. */
  public static byte[] copy(ByteBuf buf, int off, int len) {
    byte[] b = new byte[len];
    buf.getBytes(off, b);
    return b;
  }
}
