package org.ixwire.mrt.internal;

import io.netty.buffer.ByteBuf;
import org.jspecify.annotations.Nullable;

/** The readable bytes of a caller's buffer; neither retained nor released. */
public final class BufferSource implements RecordSource {
  private final ByteBuf buf;
  private final int start;
  private final int length;

  /** A source over {@code buf}'s readable bytes. */
  public BufferSource(ByteBuf buf) {
    this.buf = buf;
    this.start = buf.readerIndex();
    this.length = buf.readableBytes();
  }

  @Override
  public int request(long pos, int n) {
    long avail = length - pos;
    return (int) Math.max(0, Math.min(n, avail));
  }

  @Override
  public void discardBefore(long pos) {}

  @Override
  public ByteBuf buffer() {
    return buf;
  }

  @Override
  public int indexOf(long pos) {
    return start + (int) pos;
  }

  @Override
  public @Nullable String endError() {
    return null;
  }

  @Override
  public void close() {}
}
