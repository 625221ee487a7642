package org.ixwire.mrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.ixwire.mrt.record.MrtRecordView;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MrtReaderTest {
  /** (file offset, type, subtype, body length) of every record. */
  private static List<long[]> records(MrtReader r) {
    List<long[]> out = new ArrayList<>();
    while (r.next()) {
      MrtRecordView v = r.record();
      out.add(new long[] {v.fileOffset(), v.typeCode(), v.subtype(), v.bodyLength()});
    }
    return out;
  }

  private static byte[] decompressed(Path p) throws IOException {
    try (InputStream in = Compression.GZIP.decompress(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }

  @Test
  void pathStreamAndBufferAgree() throws IOException {
    Path gz = SharedCorpus.require("mrt/ripe-bgpdump/updates.20100722.2015.gz");
    byte[] raw = decompressed(gz);
    List<long[]> viaPath;
    try (MrtReader r = MrtReader.open(gz)) {
      assertEquals(Compression.GZIP, r.compression());
      viaPath = records(r);
      assertTrue(r.damage().isEmpty());
    }
    assertEquals(2193, viaPath.size()); // manifest.tsv
    List<long[]> viaStream;
    try (MrtReader r = MrtReader.open(new ByteArrayInputStream(raw))) {
      assertEquals(Compression.NONE, r.compression());
      viaStream = records(r);
    }
    ByteBuf buf = Unpooled.wrappedBuffer(raw);
    List<long[]> viaBuffer;
    try (MrtReader r = MrtReader.of(buf)) {
      viaBuffer = records(r);
    } finally {
      buf.release();
    }
    for (int i = 0; i < viaPath.size(); i++) {
      assertTrue(java.util.Arrays.equals(viaPath.get(i), viaStream.get(i)), "record " + i);
      assertTrue(java.util.Arrays.equals(viaPath.get(i), viaBuffer.get(i)), "record " + i);
    }
  }

  @Test
  void mappedFileWithSmallWindowsReadsEveryRecord(@TempDir Path tmp) throws IOException {
    Path gz = SharedCorpus.require("mrt/ripe-bgpdump/updates.20100722.2015.gz");
    Path plain = tmp.resolve("updates.mrt");
    Files.write(plain, decompressed(gz));
    List<long[]> whole;
    try (MrtReader r = MrtReader.open(plain)) {
      whole = records(r);
    }
    // windows far smaller than the file force re-mapping at record starts
    try (MrtReader r = MrtReader.open(plain, MrtReader.DEFAULT_MAX_RECORD_LENGTH, 4096)) {
      List<long[]> windowed = records(r);
      assertEquals(whole.size(), windowed.size());
      assertTrue(r.damage().isEmpty());
    }
  }

  @Test
  void everyCompressionIsDetectedAndMultiMemberGzipIsRead() throws IOException {
    Path gz = SharedCorpus.require("mrt/mrtparse/quagga_rib");
    byte[] raw = Files.readAllBytes(gz);
    ByteArrayOutputStream two = new ByteArrayOutputStream();
    for (int half = 0; half < 2; half++) {
      try (GZIPOutputStream z = new GZIPOutputStream(two)) {
        z.write(raw);
      }
    }
    try (MrtReader r = MrtReader.open(new ByteArrayInputStream(two.toByteArray()))) {
      assertEquals(Compression.GZIP, r.compression());
      assertEquals(14, records(r).size()); // 7 records per member
    }
    Path bz = SharedCorpus.require("mrt/ryu/rib.20161101.0000_pick.bz2");
    try (MrtReader r = MrtReader.open(bz)) {
      assertEquals(Compression.BZIP2, r.compression());
      assertEquals(3, records(r).size());
    }
  }

  @Test
  void truncatedCompressedInputKeepsEveryWholeRecord() throws IOException {
    Path bz = SharedCorpus.require("mrt/pyasn/rib.20140523.0600_firstMB.bz2");
    try (MrtReader r = MrtReader.open(bz)) {
      List<long[]> recs = records(r);
      assertEquals(9073, recs.size()); // manifest.tsv: complete records
      assertEquals(1, r.damage().size());
      MrtDamage d = r.damage().get(0);
      assertEquals(9073, d.recordIndex());
      assertTrue(d.reason().contains("compressed input damaged"), d.reason());
    }
  }

  @Test
  void truncationAtRandomOffsetsKeepsEveryRecordBefore() throws IOException {
    Path p = SharedCorpus.require("mrt/mrtparse/openbgpd_bgp");
    byte[] raw = Files.readAllBytes(p);
    List<long[]> all;
    try (MrtReader r = MrtReader.open(p)) {
      all = records(r);
    }
    Random rnd = new Random(6396);
    for (int t = 0; t < 200; t++) {
      int cut = rnd.nextInt(raw.length);
      ByteBuf buf = Unpooled.wrappedBuffer(raw, 0, cut);
      try (MrtReader r = MrtReader.of(buf)) {
        List<long[]> got = records(r);
        long whole = all.stream().filter(x -> x[0] + 12 + x[3] <= cut).count();
        assertEquals(whole, got.size(), "cut at " + cut);
        boolean boundary = all.stream().anyMatch(x -> x[0] == cut) || cut == 0;
        assertEquals(boundary, r.damage().isEmpty(), "cut at " + cut + ": " + r.damage());
      } finally {
        buf.release();
      }
    }
  }

  @Test
  void damagedBoundariesAreReportedAndReadingGoesOn() throws IOException {
    Path gz = SharedCorpus.require("mrt/bgpkit-parser/rrc00/2000.03/updates.20000325.0345.gz");
    try (MrtReader r = MrtReader.open(gz)) {
      List<long[]> recs = records(r);
      List<MrtDamage> damage = r.damage();
      assertEquals(2, damage.size(), damage.toString());
      assertEquals(188, damage.get(0).fileOffset());
      assertEquals(4, damage.get(0).recordIndex());
      assertEquals(10, damage.get(0).skippedBytes());
      assertTrue(damage.get(0).reason().contains("too long for UPDATE"));
      assertTrue(recs.stream().anyMatch(x -> x[0] == 198));
      assertTrue(recs.size() > 200);
    }
  }

  @Test
  void recordsOver64KiBAreFine() throws IOException {
    Path gz = SharedCorpus.require("mrt/ripe-bgpdump/bview.64k_stream_overflow.gz");
    try (MrtReader r = MrtReader.open(gz)) {
      List<long[]> recs = records(r);
      assertEquals(2, recs.size());
      assertTrue(recs.get(1)[3] > 65535);
      assertTrue(r.damage().isEmpty());
    }
  }

  @Test
  void emptyInputHasNoRecordsAndNoDamage() throws IOException {
    try (MrtReader r = MrtReader.open(new ByteArrayInputStream(new byte[0]))) {
      assertFalse(r.next());
      assertTrue(r.damage().isEmpty());
    }
  }
}
