package org.ixwire.mrt.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * An {@link InputStream} (usually a decompressor) read into one growing heap buffer that is
 * compacted as records are consumed. An {@link IOException} from the stream ends the input and is
 * kept as {@link #endError()}: a truncated compressed file yields every whole record before the
 * damage.
 */
public final class StreamSource implements RecordSource {
  private static final int MIN_READ = 1 << 16;

  private final InputStream in;
  private final ByteBuf buf;
  private long bufStart;
  private long discardMark;
  private boolean eof;
  private @Nullable String endError;

  /** Takes ownership of {@code in}; {@link #close()} closes it. */
  public StreamSource(InputStream in) {
    this.in = in;
    this.buf = Unpooled.buffer(1 << 18);
  }

  @Override
  public int request(long pos, int n) throws IOException {
    if (pos < bufStart) {
      throw new IllegalStateException("position " + pos + " already discarded");
    }
    // Discard what may be forgotten once it is a large share of the buffer.
    int skip = (int) Math.min(Math.min(pos, discardMark) - bufStart, buf.writerIndex());
    if (skip > 0 && skip >= buf.capacity() / 2) {
      buf.readerIndex(skip);
      buf.discardReadBytes();
      bufStart += skip;
    }
    long needEnd = pos + n;
    while (!eof && bufStart + buf.writerIndex() < needEnd) {
      long missing = needEnd - (bufStart + buf.writerIndex());
      // Grow by at most the current capacity per round: a header claiming 60 MiB in a stream that
      // ends after a few bytes must not allocate 60 MiB (memory follows what is read, not what is
      // claimed).
      if (buf.writableBytes() < MIN_READ) {
        int want = (int) Math.max(MIN_READ, Math.min(missing, Math.max(buf.capacity(), MIN_READ)));
        buf.ensureWritable(want);
      }
      try {
        int r = buf.writeBytes(in, buf.writableBytes());
        if (r < 0) {
          eof = true;
        }
      } catch (IOException e) {
        eof = true;
        endError = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
      }
    }
    long have = bufStart + buf.writerIndex() - pos;
    return (int) Math.max(0, Math.min(n, have));
  }

  @Override
  public void discardBefore(long pos) {
    discardMark = Math.max(discardMark, pos);
  }

  @Override
  public ByteBuf buffer() {
    return buf;
  }

  @Override
  public int indexOf(long pos) {
    return (int) (pos - bufStart);
  }

  @Override
  public @Nullable String endError() {
    return endError;
  }

  @Override
  public void close() throws IOException {
    if (buf.refCnt() > 0) {
      buf.release();
    }
    in.close();
  }
}
