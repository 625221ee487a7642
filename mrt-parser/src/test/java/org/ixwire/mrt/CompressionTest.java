package org.ixwire.mrt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

class CompressionTest {
  interface Compressor {
    OutputStream wrap(OutputStream out) throws IOException;
  }

  private static byte[] compress(byte[] raw, Compressor c, int members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < members; i++) {
      try (OutputStream out = c.wrap(bytes)) {
        out.write(raw);
      }
    }
    return bytes.toByteArray();
  }

  private static int count(byte[] data, Compression expected) throws IOException {
    try (MrtReader r = MrtReader.open(new ByteArrayInputStream(data))) {
      assertEquals(expected, r.compression());
      int n = 0;
      while (r.next()) {
        n++;
      }
      assertEquals(0, r.damage().size(), r.damage().toString());
      return n;
    }
  }

  @Test
  void everyFormatWithConcatenatedMembers() throws IOException {
    byte[] raw = Files.readAllBytes(SharedCorpus.require("mrt/mrtparse/quagga_rib"));
    assertEquals(7, count(raw, Compression.NONE));
    assertEquals(14, count(compress(raw, GZIPOutputStream::new, 2), Compression.GZIP));
    assertEquals(14, count(compress(raw, BZip2CompressorOutputStream::new, 2), Compression.BZIP2));
    assertEquals(
        14,
        count(compress(raw, o -> new XZOutputStream(o, new LZMA2Options()), 2), Compression.XZ));
    assertEquals(14, count(compress(raw, ZstdOutputStream::new, 2), Compression.ZSTD));
  }

  @Test
  void detectLooksAtMagicOnly() {
    assertEquals(Compression.GZIP, Compression.detect(new byte[] {0x1f, (byte) 0x8b}, 2));
    assertEquals(Compression.BZIP2, Compression.detect("BZh9".getBytes(), 4));
    assertEquals(Compression.NONE, Compression.detect("BZ".getBytes(), 2));
    assertEquals(
        Compression.XZ, Compression.detect(new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0}, 6));
    assertEquals(
        Compression.ZSTD, Compression.detect(new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd}, 4));
    assertEquals(Compression.NONE, Compression.detect(new byte[] {0x38, 0x5a, 0, 0x0d}, 4));
  }

  @Test
  void truncatedGzipKeepsWholeRecords(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws IOException {
    byte[] raw = Files.readAllBytes(SharedCorpus.require("mrt/mrtparse/openbgpd_bgp"));
    byte[] gz = compress(raw, GZIPOutputStream::new, 1);
    Path cut = tmp.resolve("cut.gz");
    Files.write(cut, java.util.Arrays.copyOf(gz, gz.length / 2));
    try (MrtReader r = MrtReader.open(cut)) {
      int n = 0;
      while (r.next()) {
        n++;
      }
      assertEquals(true, n > 0);
      assertEquals(1, r.damage().size());
      assertEquals(true, r.damage().get(0).reason().contains("compressed input damaged"));
    }
  }
}
