package org.ixwire.mrt.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import org.apache.commons.compress.compressors.CompressorInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the bytes a commons-compress decompressor wrote into the caller's array during a {@code
 * read} that then failed (bzip2 decodes the last whole block and fails on the next block's header
 * within one call): they are returned, and the failure is thrown by the following call.
 */
public final class SalvagingInputStream extends FilterInputStream {
  private final CompressorInputStream decompressor;
  private @Nullable IOException pending;

  /** Wraps {@code in}, taking ownership of it. */
  public SalvagingInputStream(CompressorInputStream in) {
    super(in);
    this.decompressor = in;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    IOException p = pending;
    if (p != null) {
      pending = null;
      throw p;
    }
    long before = decompressor.getBytesRead();
    try {
      return decompressor.read(b, off, len);
    } catch (IOException e) {
      int salvaged = (int) Math.min(len, decompressor.getBytesRead() - before);
      if (salvaged > 0) {
        pending = e;
        return salvaged;
      }
      throw e;
    }
  }
}
