package org.ixwire.mrt.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.ixwire.mrt.MrtReader;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test against bgpdump 1.6.2: every corpus file with a reference output must give
 * byte-identical text, except the entries of {@code bgpdump-known-differences.tsv}, which say why
 * bgpdump is wrong there and are checked in their own, weaker way.
 */
class BgpdumpFormatterTest {
  private static final String[] VARIANTS = {"m", "M", "ml", "mu", "mtc"};

  /** Formats a whole file the way {@code bgpdump <flags>} would. */
  static String format(Path file, String variant, List<String> diagnostics) throws IOException {
    BgpdumpFormatter f =
        BgpdumpFormatter.builder()
            .humanReadable(variant.equals("M"))
            .largeCommunities(variant.contains("l"))
            .unknownAttributes(variant.contains("u"))
            .changeTime(variant.equals("mtc"))
            .build()
            .diagnostics(diagnostics::add);
    StringBuilder sb = new StringBuilder();
    try (MrtReader r = MrtReader.open(file)) {
      while (r.next()) {
        f.format(r.record(), sb);
      }
    }
    return sb.toString();
  }

  private static String read(Path ref) throws IOException {
    try (InputStream in = Files.newInputStream(ref)) {
      InputStream s = ref.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
      return new String(s.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  private static Map<String, String[]> knownDifferences() throws IOException {
    Map<String, String[]> m = new HashMap<>();
    try (InputStream in =
        BgpdumpFormatterTest.class.getResourceAsStream("bgpdump-known-differences.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        assertEquals(4, cols.length, "4 columns: " + line);
        assertFalse(cols[3].isBlank(), "every known difference gives its reason");
        m.put(cols[0] + " -" + cols[1], cols);
      }
    }
    return m;
  }

  @TestFactory
  Stream<DynamicTest> identicalToBgpdump() throws IOException {
    Path root = SharedCorpus.require("mrt");
    Map<String, String[]> known = knownDifferences();
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> refs;
    try (Stream<Path> s = Files.walk(root)) {
      refs = s.filter(p -> p.getFileName().toString().contains(".bgpdump-")).sorted().toList();
    }
    for (String variant : VARIANTS) {
      String suffix = ".bgpdump-" + variant + ".txt";
      for (Path ref : refs) {
        String name = ref.getFileName().toString();
        if (!name.endsWith(suffix) && !name.endsWith(suffix + ".gz")) {
          continue;
        }
        Path file = ref.resolveSibling(name.substring(0, name.indexOf(".bgpdump-")));
        String rel = root.relativize(file).toString();
        String[] k = known.remove(rel + " -" + variant);
        tests.add(
            DynamicTest.dynamicTest(
                rel + " -" + variant,
                () -> {
                  String expected = read(ref);
                  String actual = format(file, variant, new ArrayList<>());
                  if (k == null) {
                    assertEquals(expected, actual);
                  } else {
                    checkKnown(k, expected, actual);
                  }
                }));
      }
    }
    tests.add(
        DynamicTest.dynamicTest(
            "every known difference names a reference that exists",
            () -> assertTrue(known.isEmpty(), "stale entries: " + known.keySet())));
    return tests.stream();
  }

  private static void checkKnown(String[] k, String expected, String actual) {
    List<String> exp = Arrays.asList(expected.split("\n", -1));
    List<String> act = Arrays.asList(actual.split("\n", -1));
    String[] check = k[2].split(" ");
    switch (check[0]) {
      case "prefix":
        {
          int n = Integer.parseInt(check[1]);
          assertEquals(exp.subList(0, n), act.subList(0, n));
          assertFalse(
              exp.size() > n && act.size() > n && exp.get(n).equals(act.get(n)),
              "outputs agree beyond the known prefix: the entry is stale");
          break;
        }
      case "drops":
        {
          int n = Integer.parseInt(check[1]);
          assertEquals(exp.size() - n, act.size(), "line count");
          int j = 0;
          for (String line : exp) {
            if (j < act.size() && act.get(j).equals(line)) {
              j++;
            }
          }
          assertEquals(act.size(), j, "ixwire's lines are bgpdump's minus the garbage ones");
          break;
        }
      case "time":
        {
          assertEquals(exp.size(), act.size());
          boolean anyDiff = false;
          for (int i = 0; i < exp.size(); i++) {
            String[] e = exp.get(i).split("\\|", -1);
            String[] a = act.get(i).split("\\|", -1);
            assertEquals(e.length, a.length);
            for (int c = 0; c < e.length; c++) {
              if (c != 1) {
                assertEquals(e[c], a[c], "line " + i + " field " + c);
              }
            }
            anyDiff |= e.length > 1 && !e[1].equals(a[1]);
          }
          assertTrue(anyDiff, "no time differs: the entry is stale");
          break;
        }
      default:
        throw new AssertionError("unknown check " + k[2]);
    }
  }

  @Test
  void recordsBeyond32MiBOfABufferKeepTheirNextHop() throws IOException {
    Path file = SharedCorpus.require("mrt/mrtparse/quagga_rib");
    byte[] raw = Files.readAllBytes(file);
    String expected = format(file, "m", new ArrayList<>());
    // the same records placed 40 MiB into a buffer (absolute indices above 2^25)
    io.netty.buffer.ByteBuf big = io.netty.buffer.Unpooled.buffer((40 << 20) + raw.length);
    try {
      big.writerIndex(40 << 20).readerIndex(40 << 20).writeBytes(raw);
      StringBuilder sb = new StringBuilder();
      BgpdumpFormatter f = BgpdumpFormatter.builder().build();
      try (MrtReader r = MrtReader.of(big)) {
        while (r.next()) {
          f.format(r.record(), sb);
        }
      }
      assertEquals(expected, sb.toString());
    } finally {
      big.release();
    }
  }

  @Test
  void outOfRangePeerIndexIsAnEntryErrorNotAnAbort() throws IOException {
    Path file = SharedCorpus.require("mrt/generated/gobgpd-3.10-table-dump.first21.mrt");
    List<String> diagnostics = new ArrayList<>();
    String out = format(file, "m", diagnostics);
    assertEquals("", out);
    List<String> errors =
        diagnostics.stream().filter(d -> d.contains("peer index 1 out of range")).toList();
    // 20 RIB records of 3 entries each, all naming peer 1 of a 1-peer table
    assertEquals(60, errors.size(), diagnostics.stream().collect(Collectors.joining("\n")));
  }

  @Test
  void ribWithoutPeerIndexTableIsReported() throws IOException {
    Path file = SharedCorpus.require("mrt/pyasn/bview.20140112.1600_3samples.bz2");
    List<String> diagnostics = new ArrayList<>();
    assertEquals("", format(file, "m", diagnostics));
    assertEquals(
        List.of(
            "[error] process_mrtd_table_dump_v2_ipv4_unicast: missing peer index table",
            "[error] process_mrtd_table_dump_v2_ipv4_unicast: missing peer index table",
            "[error] process_mrtd_table_dump_v2_ipv4_unicast: missing peer index table"),
        diagnostics);
  }
}
