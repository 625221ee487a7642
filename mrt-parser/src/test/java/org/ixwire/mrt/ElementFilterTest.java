package org.ixwire.mrt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Prefix;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

class ElementFilterTest {
  private static int count(Path file, ElementFilter f) {
    int n = 0;
    try (RouteElementReader r = new RouteElementReader(openUnchecked(file)).filter(f)) {
      while (r.next()) {
        n++;
      }
    }
    return n;
  }

  private static MrtReader openUnchecked(Path file) {
    try {
      return MrtReader.open(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void combinationsOnARib() {
    Path file = SharedCorpus.require("mrt/ripe-bgpdump/bview.64k_stream_overflow.gz");
    assertEquals(23, count(file, ElementFilter.ALL));
    assertEquals(23, count(file, ElementFilter.prefixExact(Prefix.parse("2001:579:1040::/46"))));
    assertEquals(23, count(file, ElementFilter.prefixMoreSpecific(Prefix.parse("2001:579::/32"))));
    assertEquals(
        0, count(file, ElementFilter.prefixMoreSpecific(Prefix.parse("2001:579:1040::/48"))));
    assertEquals(
        23, count(file, ElementFilter.prefixLessSpecific(Prefix.parse("2001:579:1040::/48"))));
    assertEquals(0, count(file, ElementFilter.family(1)));
    assertEquals(1, count(file, ElementFilter.peerAddress(IpAddress.parse("193.0.0.56"))));
    assertEquals(
        1,
        count(
            file,
            ElementFilter.peerAs(3333)
                .and(ElementFilter.originAs(22773))
                .and(ElementFilter.type(ElementType.RIB))));
    assertEquals(0, count(file, ElementFilter.timeRange(0, 1000)));
    assertEquals(
        1, count(file, ElementFilter.community(2914, 410).and(ElementFilter.peerAs(3333))));
  }
}
