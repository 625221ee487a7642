package org.ixwire.sflow.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.ixwire.pcap.PortSet;
import org.ixwire.sflow.SflowCaptureReader;
import org.ixwire.testing.Hex;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test against sflowtool 6.11: every corpus capture with stored sflowtool output must
 * format byte-identically in -l and default modes, unless listed in known-differences.tsv.
 */
class SflowtoolFormatterTest {

  static Map<String, String> knownDifferences() throws IOException {
    Map<String, String> m = new HashMap<>();
    try (InputStream in =
        SflowtoolFormatterTest.class.getResourceAsStream("known-differences.tsv")) {
      if (in == null) {
        return m;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        m.put(f[0] + "\t" + f[1], f[2]);
      }
    }
    return m;
  }

  static Stream<Path> captures() {
    return SharedCorpus.files("sflow", ".pcap").stream()
        .filter(p -> Files.exists(p.resolveSibling(p.getFileName() + ".sflowtool.txt")));
  }

  static String format(Path pcap, SflowtoolFormatter.Mode mode) throws IOException {
    StringBuilder out = new StringBuilder();
    SflowtoolFormatter f = new SflowtoolFormatter(mode, out);
    SflowCaptureReader.read(
        pcap,
        PortSet.all(),
        (buf, off, len, nanos, src) ->
            f.format(
                buf, off, len, "-", nanos / 1_000_000_000L, (nanos / 1000) % 1_000_000L, 0, 0));
    return out.toString();
  }

  private static void check(Path pcap, SflowtoolFormatter.Mode mode, String suffix)
      throws IOException {
    String name = pcap.getFileName().toString();
    String expected =
        new String(
            Files.readAllBytes(pcap.resolveSibling(name + suffix)), StandardCharsets.ISO_8859_1);
    String actual = format(pcap, mode);
    if (!expected.equals(actual)) {
      // leave the actual output beside the build for diffing
      Path dir = Path.of("target", "corpus-diff");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + "." + mode), actual.getBytes(StandardCharsets.ISO_8859_1));
    }
    String known = knownDifferences().get(name + "\t" + mode);
    if (known != null) {
      assertTrue(!expected.equals(actual), name + " now matches: remove it from known-differences");
      return;
    }
    assertEquals(expected, actual, name + " " + mode);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void lineModeMatchesSflowtool(Path pcap) throws IOException {
    check(pcap, SflowtoolFormatter.Mode.LINE, ".sflowtool-l.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void defaultModeMatchesSflowtool(Path pcap) throws IOException {
    check(pcap, SflowtoolFormatter.Mode.DEFAULT, ".sflowtool.txt");
  }

  @Test
  void abortsLikeSflowtoolOnLengthMismatch() {
    // one flow sample whose declared length (8) is shorter than its fixed part
    ByteBuf buf =
        Hex.buf(
            "00000005 00000001 0a000001 00000000 00000001 00000002 00000001"
                + " 00000001 00000008 00000007 00000001");
    try {
      StringBuilder out = new StringBuilder();
      SflowtoolFormatter f = new SflowtoolFormatter(SflowtoolFormatter.Mode.LINE, out);
      f.format(buf, 0, buf.readableBytes(), "-", 0, 0, 0, 0);
      assertEquals("", out.toString());
      assertTrue(f.errors().toString().contains("caught exception: 1"), f.errors().toString());
    } finally {
      buf.release();
    }
  }

  @Test
  void printsCountersLineForHostOnlySample() {
    ByteBuf buf =
        Hex.buf(
            "00000005 00000001 c0a80107 00000000 00000001 00000002 00000001"
                + " 00000002 0000001c 00000009 00000003 00000001 000007d2 00000008 00000001"
                + " 00000002");
    try {
      StringBuilder out = new StringBuilder();
      new SflowtoolFormatter(SflowtoolFormatter.Mode.LINE, out)
          .format(buf, 0, buf.readableBytes(), "-", 0, 0, 0, 0);
      assertEquals("CNTR,192.168.1.7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n", out.toString());
    } finally {
      buf.release();
    }
  }
}
