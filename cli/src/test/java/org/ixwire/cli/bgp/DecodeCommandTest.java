package org.ixwire.cli.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.ixwire.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DecodeCommandTest {
  record Run(int status, String out) {}

  static Run run(String... args) {
    StringWriter sw = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(sw, true));
    int status = cl.execute(args);
    return new Run(status, sw.toString());
  }

  private static Path sample() {
    Path p = Path.of("../samples/bgp/loopback-interop.pcapng");
    assertTrue(Files.exists(p), "the repository ships " + p);
    return p;
  }

  @Test
  void decodesTheInteropSampleCapture() {
    Run r = run("bgp", "decode", "--json", sample().toString());
    assertEquals(0, r.status(), r.out());
    Map<String, Integer> types = new TreeMap<>();
    for (String line : r.out().split("\n")) {
      String t = line.replaceAll(".*?\"type\":\"([A-Z_]+)\".*", "$1");
      types.merge(t, 1, Integer::sum);
    }
    // corpus/bgp/SOURCES.md: 20 OPEN, 63 UPDATE, 6 NOTIFICATION, 67 KEEPALIVE, 5 ROUTE-REFRESH
    assertEquals(
        Map.of("OPEN", 20, "UPDATE", 63, "NOTIFICATION", 6, "KEEPALIVE", 67, "ROUTE_REFRESH", 5),
        types);
    assertTrue(r.out().contains("\"large_communities\":[\"65001:1:2\"]"), "large communities");
    assertTrue(r.out().contains("\"otc\":"), "OTC attached by BIRD");
    assertTrue(r.out().contains("\"name\":\"ROLE\",\"role\":\"peer\""), "BGP role capability");
    assertTrue(r.out().contains("\"subtype\":\"BoRR\""), "enhanced route refresh");
  }

  @Test
  void decodesHexWithOptions() {
    String update =
        "ffffffffffffffffffffffffffffffff"
            + "003a02"
            + "0000"
            + "001b"
            + "40010100"
            + "400206020100000001"
            + "400304c0000201"
            + "c00804fde80064"
            + "0000000118c63364";
    Run r = run("bgp", "decode", "--json", "--as4", "--addpath", "ipv4-unicast", "--hex", update);
    assertEquals(0, r.status(), r.out());
    assertTrue(r.out().contains("\"as_path\":\"1\""), r.out());
    assertTrue(r.out().contains("\"communities\":[\"65000:100\"]"), r.out());
    assertTrue(r.out().contains("{\"prefix\":\"198.51.100.0/24\",\"path_id\":1}"), r.out());
  }

  @Test
  void reportsFramingErrorsWithTheirNotification() {
    Run r = run("bgp", "decode", "--json", "--hex", "ff".repeat(16) + "001305");
    assertEquals(1, r.status());
    assertTrue(
        r.out().contains("\"notification\":{\"code\":1,\"subcode\":2,\"data\":\"0013\"}"), r.out());
  }

  @Test
  void anUnreadableFileIsOneLineAndStatus1() {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    int status = cl.execute("bgp", "decode", "no/such/capture.pcap");
    assertEquals(1, status);
    assertTrue(err.toString().startsWith("ixwire: "), err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
  }

  @Test
  void textFormIsReadable() {
    Run r = run("bgp", "decode", sample().toString());
    assertEquals(0, r.status());
    assertTrue(Arrays.stream(r.out().split("\n")).anyMatch(l -> l.contains("OPEN (")));
  }
}
