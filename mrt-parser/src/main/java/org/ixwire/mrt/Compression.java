package org.ixwire.mrt;

import com.github.luben.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.ixwire.mrt.internal.SalvagingInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Compression formats recognised from the first bytes of the content (never from a file name): gzip
 * (RFC 1952, concatenated members), bzip2 (concatenated streams), xz and zstd (concatenated
 * frames).
 */
public enum Compression {
  /** Uncompressed MRT. */
  NONE,
  /** gzip: {@code 1f 8b}. */
  GZIP,
  /** bzip2: {@code "BZh"}. */
  BZIP2,
  /** xz: {@code fd 37 7a 58 5a 00}. */
  XZ,
  /** Zstandard: {@code 28 b5 2f fd}. */
  ZSTD;

  /** How many leading bytes {@link #detect} looks at. */
  public static final int MAGIC_LENGTH = 6;

  /** The format whose magic number starts the file {@code path} (its first bytes are read). */
  public static Compression detect(Path path) throws IOException {
    byte[] head = new byte[MAGIC_LENGTH];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, head.length);
    }
    return detect(head, n);
  }

  /** The format whose magic number starts {@code head} (of which {@code n} bytes are valid). */
  public static Compression detect(byte[] head, int n) {
    if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return GZIP;
    }
    if (n >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
      return BZIP2;
    }
    if (n >= 6
        && (head[0] & 0xff) == 0xfd
        && head[1] == '7'
        && head[2] == 'z'
        && head[3] == 'X'
        && head[4] == 'Z'
        && head[5] == 0) {
      return XZ;
    }
    if (n >= 4
        && (head[0] & 0xff) == 0x28
        && (head[1] & 0xff) == 0xb5
        && (head[2] & 0xff) == 0x2f
        && (head[3] & 0xff) == 0xfd) {
      return ZSTD;
    }
    return NONE;
  }

  /**
   * A decompressing stream over {@code in} (which it takes ownership of); {@code in} itself for
   * {@link #NONE}.
   */
  public InputStream decompress(InputStream in) throws IOException {
    try {
      return open(in);
    } catch (IOException e) {
      // A header or first block that cannot be decoded (a file cut after a few bytes) is damage
      // for the reader to report on its first read, like any later decompression error.
      return new InputStream() {
        @Override
        public int read() throws IOException {
          throw e;
        }

        @Override
        public void close() throws IOException {
          in.close();
        }
      };
    }
  }

  private InputStream open(InputStream in) throws IOException {
    switch (this) {
      case GZIP:
        return new GZIPInputStream(in, 1 << 16);
      case BZIP2:
        return new SalvagingInputStream(new BZip2CompressorInputStream(in, true));
      case XZ:
        return new XZInputStream(in);
      case ZSTD:
        return new ZstdInputStream(in);
      case NONE:
      default:
        return in;
    }
  }
}
