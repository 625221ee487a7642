package org.ixwire.mrt.internal;

import io.netty.buffer.ByteBuf;
import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Bytes of an input addressed by their position in the whole (decompressed) input. A source may
 * forget bytes before the position given to {@link #discardBefore(long)}.
 */
public interface RecordSource extends Closeable {
  /**
   * Makes the bytes {@code [pos, pos + n)} addressable in {@link #buffer()} and returns how many
   * are available: {@code n}, or fewer only at the end of the input.
   */
  int request(long pos, int n) throws IOException;

  /** Declares that positions before {@code pos} will not be requested again. */
  void discardBefore(long pos);

  /** The buffer holding the bytes of the last request. */
  ByteBuf buffer();

  /** The index in {@link #buffer()} of position {@code pos} of the last request. */
  int indexOf(long pos);

  /** Why the input ended early (a truncated or corrupt compressed stream), or null. */
  @Nullable String endError();

  /** Releases what the source allocated (never the caller's buffer). */
  @Override
  void close() throws IOException;
}
