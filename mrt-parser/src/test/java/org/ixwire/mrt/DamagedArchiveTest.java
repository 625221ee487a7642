package org.ixwire.mrt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged archives: real corpus MRT files, plain and compressed, truncated at random offsets,
 * bit-flipped and spliced with garbage (seeded, so every run checks the same damage). Every intact
 * record before the damage is read byte-identical, every intact record after it too where the
 * framing allows resynchronisation (always, except when the damage makes a header claim more bytes
 * than the record had: then the records it swallows are lost, and those after it are read), and the
 * damage is reported with its file offset.
 */
class DamagedArchiveTest {
  /** A record as read: file offset and bytes. */
  record Rec(long offset, byte[] bytes) {}

  record Read(List<Rec> records, List<MrtDamage> damage) {}

  static Read read(byte[] file) throws IOException {
    List<Rec> out = new ArrayList<>();
    List<MrtDamage> damage;
    try (MrtReader r = MrtReader.open(new ByteArrayInputStream(file))) {
      while (r.next()) {
        byte[] b = new byte[r.record().recordLength()];
        r.record().buffer().getBytes(r.record().index(), b);
        out.add(new Rec(r.record().fileOffset(), b));
      }
      damage = List.copyOf(r.damage());
    }
    // the buffer reader must agree on plain input
    if (file.length > 0 && Compression.detect(file, Math.min(file.length, 6)) == Compression.NONE) {
      int n = 0;
      try (MrtReader r = MrtReader.of(Unpooled.wrappedBuffer(file))) {
        while (r.next()) {
          assertEquals(out.get(n).offset(), r.record().fileOffset());
          n++;
        }
        assertEquals(damage.size(), r.damage().size());
      }
      assertEquals(out.size(), n);
    }
    return new Read(out, damage);
  }

  static Map<Long, byte[]> byOffset(List<Rec> recs) {
    Map<Long, byte[]> m = new LinkedHashMap<>();
    for (Rec r : recs) {
      m.put(r.offset(), r.bytes());
    }
    return m;
  }

  static void assertRead(Read damaged, Rec expected, long shift, String what) {
    byte[] got = byOffset(damaged.records()).get(expected.offset() + shift);
    assertTrue(
        got != null,
        () ->
            what
                + ": intact record at "
                + expected.offset()
                + " lost; read "
                + damaged.records().stream().map(Rec::offset).toList()
                + ", damage "
                + damaged.damage());
    assertArrayEquals(expected.bytes(), got, what + ": record at " + expected.offset());
  }

  /** The index of the record containing byte {@code at}. */
  static int containing(List<Rec> recs, long at) {
    for (int i = 0; i < recs.size(); i++) {
      if (at < recs.get(i).offset() + recs.get(i).bytes().length) {
        return i;
      }
    }
    return recs.size();
  }

  static long claimedEnd(byte[] file, Rec r) {
    int o = (int) r.offset();
    if (o + 12 > file.length) {
      return o;
    }
    long len = ((file[o + 8] & 0xffL) << 24) | ((file[o + 9] & 0xff) << 16);
    len |= ((file[o + 10] & 0xff) << 8) | (file[o + 11] & 0xff);
    return o + 12 + len;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mrt/csunetsec-gobgpdump/arch3",
        "mrt/mrtparse/openbgpd_bgp",
        "mrt/mrtparse/openbgpd_rib_table-v2",
        "mrt/generated/gobgpd-3.10-table-dump.first21.mrt"
      })
  void plainFiles(String corpus) throws IOException {
    byte[] file = Files.readAllBytes(SharedCorpus.require(corpus));
    Read clean = read(file);
    assertTrue(clean.damage().isEmpty(), clean.damage().toString());
    List<Rec> recs = clean.records();
    Random random = new Random(corpus.hashCode());
    for (int trial = 0; trial < 40; trial++) {
      // truncation
      int t = random.nextInt(file.length);
      Read cut = read(Arrays.copyOf(file, t));
      int k = containing(recs, t);
      String what = corpus + " truncated at " + t;
      assertEquals(k, cut.records().size(), what);
      for (int i = 0; i < k; i++) {
        assertRead(cut, recs.get(i), 0, what);
      }
      if (k < recs.size() && t > recs.get(k).offset()) {
        assertFalse(cut.damage().isEmpty(), what);
        assertEquals(recs.get(k).offset(), cut.damage().get(0).fileOffset(), what);
      }
      // one flipped bit
      int q = random.nextInt(file.length);
      byte[] flipped = file.clone();
      flipped[q] ^= (byte) (1 << random.nextInt(8));
      Read f = read(flipped);
      int j = containing(recs, q);
      what = corpus + " bit flipped at " + q + " (record " + j + ")";
      long resumeAt =
          Math.max(
              recs.get(j).offset() + recs.get(j).bytes().length, claimedEnd(flipped, recs.get(j)));
      for (int i = 0; i < recs.size(); i++) {
        if (i < j || recs.get(i).offset() >= resumeAt) {
          assertRead(f, recs.get(i), 0, what);
        }
      }
      for (MrtDamage d : f.damage()) {
        assertTrue(d.fileOffset() >= recs.get(j).offset(), what + ": " + d);
      }
      // garbage spliced in
      // half the splices fall between records (the reader must resynchronise on the next one),
      // half anywhere (inside a record, the bytes after its unchanged length may hold a
      // plausible-looking false header: framing cannot tell, so only the records before count)
      boolean between = random.nextBoolean();
      int s =
          between
              ? (int) recs.get(random.nextInt(recs.size())).offset()
              : random.nextInt(file.length + 1);
      byte[] garbage = new byte[1 + random.nextInt(300)];
      random.nextBytes(garbage);
      byte[] spliced = new byte[file.length + garbage.length];
      System.arraycopy(file, 0, spliced, 0, s);
      System.arraycopy(garbage, 0, spliced, s, garbage.length);
      System.arraycopy(file, s, spliced, s + garbage.length, file.length - s);
      Read g = read(spliced);
      int m = containing(recs, s);
      what = corpus + " " + garbage.length + " bytes of garbage at " + s + " (record " + m + ")";
      for (int i = 0; i < recs.size(); i++) {
        if (i < m) {
          assertRead(g, recs.get(i), 0, what);
        } else if (between && recs.get(i).offset() >= s) {
          assertRead(g, recs.get(i), garbage.length, what);
        }
      }
      assertFalse(g.damage().isEmpty(), what);
      assertTrue(
          g.damage().get(0).fileOffset() >= recs.get(Math.min(m, recs.size() - 1)).offset(), what);
    }
  }

  /** What the JDK / commons-compress decoder yields before the damage stops it. */
  static byte[] decompressiblePrefix(byte[] compressed, boolean gzip) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in =
        gzip
            ? new GZIPInputStream(new ByteArrayInputStream(compressed))
            : new BZip2CompressorInputStream(new ByteArrayInputStream(compressed), true)) {
      byte[] b = new byte[4096];
      for (int n; (n = in.read(b)) > 0; ) {
        out.write(b, 0, n);
      }
    } catch (IOException e) {
      // the damage: keep what came before it
    }
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mrt/ripe-bgpdump/updates.20100722.2015.gz",
        "mrt/libbgpstream/routeviews.route-views.jinx.updates.1427846400.bz2"
      })
  void compressedFiles(String corpus) throws IOException {
    byte[] file = Files.readAllBytes(SharedCorpus.require(corpus));
    boolean gzip = corpus.endsWith(".gz");
    Read clean = read(file);
    assertTrue(clean.damage().isEmpty(), clean.damage().toString());
    List<Rec> recs = clean.records();
    Random random = new Random(corpus.hashCode());
    for (int trial = 0; trial < 15; trial++) {
      int t = 10 + random.nextInt(file.length - 10);
      byte[] cut = Arrays.copyOf(file, t);
      Read r = read(cut);
      // every record the decompressor can still deliver in full is read, identical
      byte[] prefix = decompressiblePrefix(cut, gzip);
      int whole = containing(recs, prefix.length);
      String what = corpus + " truncated at " + t + " (" + prefix.length + " bytes decompress)";
      assertTrue(r.records().size() >= whole, what + ": " + r.records().size() + " < " + whole);
      for (int i = 0; i < r.records().size(); i++) {
        assertRead(r, recs.get(i), 0, what);
      }
      assertFalse(r.damage().isEmpty(), what);
    }
    // garbage after the end of the compressed stream: every record, and the garbage reported
    byte[] tail = Arrays.copyOf(file, file.length + 100);
    for (int i = file.length; i < tail.length; i++) {
      tail[i] = (byte) (i * 31);
    }
    Read r = read(tail);
    assertEquals(recs.size(), r.records().size());
  }
}
