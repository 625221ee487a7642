package org.ixwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged captures through the command line: the BGP interop capture shipped in samples/, cut at
 * random offsets (seeded). The output is what the intact capture gives up to the damage, the damage
 * is reported on stderr with its file offset, and the exit status is 1. (The sFlow counterpart is
 * {@code SflowCommandTest#truncatedCapture}.)
 */
public class DamagedCaptureTest {

  public static List<String> lines(String s) {
    List<String> out = new ArrayList<>(Arrays.asList(s.split("\n")));
    out.removeIf(String::isEmpty);
    return out;
  }

  public static void assertPrefix(List<String> whole, List<String> part, String what) {
    assertTrue(part.size() <= whole.size(), what);
    for (int i = 0; i < part.size(); i++) {
      assertEquals(whole.get(i), part.get(i), what + ": line " + i);
    }
  }

  @Test
  void truncatedBgpCapture() throws IOException {
    byte[] pcap = Files.readAllBytes(Path.of("../samples/bgp/loopback-interop.pcapng"));
    CliFuzzTest.Result clean =
        CliFuzzTest.runOnFile(pcap, ".pcapng", "bgp", "decode", "--json", "FILE");
    assertEquals(0, clean.status(), clean.err());
    List<String> all = lines(clean.out());
    Random random = new Random(5);
    for (int trial = 0; trial < 8; trial++) {
      int t = 64 + random.nextInt(pcap.length - 64);
      CliFuzzTest.Result r =
          CliFuzzTest.runOnFile(
              Arrays.copyOf(pcap, t), ".pcapng", "bgp", "decode", "--json", "FILE");
      String what = "BGP capture cut at " + t;
      // messages decoded before the cut, in order; then at most the streams' unfinished tails
      List<String> got = lines(r.out());
      got.removeIf(l -> l.contains("\"error\":\"stream ends inside a message"));
      assertPrefix(all, got, what);
      assertTrue(got.size() > 0 || t < 2000, what);
      assertEquals(1, r.status(), what + ": a cut capture is damage\n" + r.err());
      assertTrue(r.err().contains("offset"), what + ": " + r.err());
      assertFalse(r.err().contains("\tat "), what);
    }
  }
}
