package org.ixwire.mrt.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.mrt.MrtReader;
import org.ixwire.mrt.RouteElementReader;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

class JsonElementFormatterTest {
  private static List<String> json(String name) throws IOException {
    Path file = SharedCorpus.require("mrt/" + name);
    List<String> out = new ArrayList<>();
    JsonElementFormatter f = new JsonElementFormatter();
    try (RouteElementReader r = new RouteElementReader(MrtReader.open(file))) {
      while (r.next()) {
        StringBuilder sb = new StringBuilder();
        f.format(r.element(), sb);
        out.add(sb.toString());
      }
    }
    return out;
  }

  @Test
  void ribEntryWithCommunities() throws IOException {
    List<String> lines = json("ripe-bgpdump/bview.64k_stream_overflow.gz");
    assertEquals(23, lines.size());
    assertEquals(
        "{\"type\":\"B\",\"timestamp\":1537344000,\"peer_ip\":\"193.0.0.56\",\"peer_asn\":3333,"
            + "\"prefix\":\"2001:579:1040::/46\",\"as_path\":\"3333 2914 22773\",\"origin\":\"IGP\","
            + "\"next_hop\":\"::ffff:c100:38\",\"communities\":[\"2914:410\",\"2914:1004\","
            + "\"2914:2000\",\"2914:3000\"]}\n",
        lines.get(0));
  }

  @Test
  void extendedTimestampsLargeCommunitiesAndOtc() throws IOException {
    List<String> lines = json("morrowc-mrtparser/updates.20260222.1530.bz2");
    assertTrue(lines.get(0).startsWith("{\"type\":"), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.matches("(?s).*\"timestamp\":\\d+\\.\\d{6},.*")));
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"large_communities\":[\"")));
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"otc\":")));
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"extended_communities\":[\"")));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("{\"type\":\"W\"")));
    assertTrue(lines.stream().allMatch(l -> l.endsWith("}\n")));
  }
}
