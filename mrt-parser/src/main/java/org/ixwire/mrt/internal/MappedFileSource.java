package org.ixwire.mrt.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * An uncompressed file, memory-mapped read-only without copying. Files up to {@code window} bytes
 * are mapped once; larger ones (a ByteBuf index is an {@code int}) through windows that are
 * re-mapped at the start of the first record that does not fit.
 */
public final class MappedFileSource implements RecordSource {
  /** Default window: 1 GiB. */
  public static final long DEFAULT_WINDOW = 1L << 30;

  private final FileChannel channel;
  private final long size;
  private final long window;
  private ByteBuf buf = Unpooled.EMPTY_BUFFER;
  private long mapStart;
  private long mapEnd;

  /** Maps {@code path} with the default window. */
  public MappedFileSource(Path path) throws IOException {
    this(path, DEFAULT_WINDOW);
  }

  /** Maps {@code path} with windows of {@code window} bytes (at most 2^31 - 1). */
  public MappedFileSource(Path path, long window) throws IOException {
    this.channel = FileChannel.open(path, StandardOpenOption.READ);
    this.size = channel.size();
    this.window = Math.min(window, Integer.MAX_VALUE);
  }

  @Override
  public int request(long pos, int n) throws IOException {
    long avail = Math.max(0, Math.min(n, size - pos));
    if (avail == 0) {
      return 0;
    }
    if (pos < mapStart || pos + avail > mapEnd) {
      long len = Math.min(size - pos, Math.max(window, avail));
      if (len > Integer.MAX_VALUE) {
        len = Integer.MAX_VALUE;
      }
      MappedByteBuffer m = channel.map(FileChannel.MapMode.READ_ONLY, pos, len);
      buf.release();
      buf = Unpooled.wrappedBuffer(m);
      mapStart = pos;
      mapEnd = pos + len;
    }
    return (int) avail;
  }

  @Override
  public void discardBefore(long pos) {}

  @Override
  public ByteBuf buffer() {
    return buf;
  }

  @Override
  public int indexOf(long pos) {
    return (int) (pos - mapStart);
  }

  @Override
  public @Nullable String endError() {
    return null;
  }

  @Override
  public void close() throws IOException {
    buf.release();
    buf = Unpooled.EMPTY_BUFFER;
    channel.close();
  }
}
