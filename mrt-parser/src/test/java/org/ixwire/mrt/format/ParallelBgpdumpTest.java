package org.ixwire.mrt.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.ixwire.mrt.MrtReader;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelBgpdumpTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "pyasn/rib.20140523.0600_firstMB.bz2",
        "ripe-bgpdump/updates.20160811.1600.gz",
        "mrtparse/bird-mrtdump_rib",
        "generated/gobgpd-3.10-table-dump.first21.mrt",
        "bgpkit-parser/rrc00/2000.01/bview.20000111.0032.gz"
      })
  void sameTextAndDiagnosticsAsSequential(String name) throws IOException {
    Path file = SharedCorpus.require("mrt/" + name);
    List<String> seqDiag = new ArrayList<>();
    String sequential = BgpdumpFormatterTest.format(file, "m", seqDiag);
    StringBuilder parallel = new StringBuilder();
    List<String> parDiag = new ArrayList<>();
    try (MrtReader r = MrtReader.open(file)) {
      ParallelBgpdump.format(
          r, () -> BgpdumpFormatter.builder().build(), 2, parallel::append, parDiag::add);
    }
    assertEquals(sequential, parallel.toString());
    assertEquals(seqDiag, parDiag);
  }

  /**
   * A memory-mapped file (formatted from slices, not copies) with damaged headers in several
   * batches: the same text, diagnostics and damage list as the sequential formatter.
   */
  @Test
  void damagedMappedFileLikeSequential(@TempDir Path dir) throws IOException {
    Path source = SharedCorpus.require("mrt/pyasn/rib.20140523.0600_firstMB.bz2");
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (InputStream in = new BZip2CompressorInputStream(Files.newInputStream(source), true)) {
      in.transferTo(plain);
    } catch (IOException e) {
      // the corpus file is the first MB of a larger dump: it ends mid-stream
    }
    byte[] bytes = plain.toByteArray();
    assertTrue(bytes.length > 4 * ParallelBgpdump.BATCH_BYTES, "input spans batches");
    // break the type field of the header of every 97th record
    int pos = 0;
    for (int k = 0; pos + 12 <= bytes.length; k++) {
      long len =
          ((bytes[pos + 8] & 0xffL) << 24)
              | ((bytes[pos + 9] & 0xff) << 16)
              | ((bytes[pos + 10] & 0xff) << 8)
              | (bytes[pos + 11] & 0xff);
      if (k % 97 == 50) {
        bytes[pos + 4] = (byte) 0x77;
      }
      pos += 12 + (int) len;
    }
    Path file = dir.resolve("damaged.mrt");
    Files.write(file, bytes);
    List<String> seqDiag = new ArrayList<>();
    String sequential = BgpdumpFormatterTest.format(file, "m", seqDiag);
    List<org.ixwire.mrt.MrtDamage> seqDamage;
    try (MrtReader r = MrtReader.open(file)) {
      while (r.next()) {
        // count only
      }
      seqDamage = r.damage();
    }
    assertTrue(
        seqDamage.size() > 3, "damage in several batches: " + seqDamage + " of " + bytes.length);
    StringBuilder parallel = new StringBuilder();
    List<String> parDiag = new ArrayList<>();
    try (MrtReader r = MrtReader.open(file)) {
      assertTrue(r.recordsStayValid());
      ParallelBgpdump.format(
          r, () -> BgpdumpFormatter.builder().build(), 2, parallel::append, parDiag::add);
      assertEquals(seqDamage, r.damage());
    }
    assertEquals(sequential, parallel.toString());
    assertEquals(seqDiag, parDiag);
  }
}
