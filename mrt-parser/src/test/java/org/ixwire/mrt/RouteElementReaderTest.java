package org.ixwire.mrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteElementReaderTest {
  static List<String> bgpdumpLines(Path file) throws IOException {
    Path ref = file.resolveSibling(file.getFileName() + ".bgpdump-m.txt");
    if (!Files.exists(ref)) {
      ref = file.resolveSibling(file.getFileName() + ".bgpdump-m.txt.gz");
    }
    try (InputStream in = Files.newInputStream(ref)) {
      InputStream s = ref.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
      String text = new String(s.readAllBytes(), StandardCharsets.ISO_8859_1);
      return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
  }

  /** Elements rendered as bgpdump's kind|peer|asn|prefix[|as path] for IPv4 unicast routes. */
  static List<String> elements(Path file, ElementFilter filter) throws IOException {
    List<String> out = new ArrayList<>();
    try (RouteElementReader r = new RouteElementReader(MrtReader.open(file)).filter(filter)) {
      while (r.next()) {
        RouteElementView e = r.element();
        String kind =
            e.type() == ElementType.RIB ? "B" : e.type() == ElementType.ANNOUNCE ? "A" : "W";
        StringBuilder sb = new StringBuilder();
        sb.append(kind).append('|').append(e.peerAddress()).append('|').append(e.peerAs());
        sb.append('|').append(e.prefix());
        if (e.pathId() != Nlri.NO_PATH_ID) {
          sb.append('|').append(e.pathId());
        }
        if (e.type() != ElementType.WITHDRAW) {
          StringBuilder p = new StringBuilder();
          ElementFilter.render(e.attributes().asPath(), p);
          sb.append('|').append(e.attributes().hasAs4Path() ? e.attributes().effectiveAsPath() : p);
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  /** bgpdump lines projected to the same fields (IPv4 peers and prefixes only). */
  static List<String> project(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      String[] f = l.split("\\|", -1);
      if (f[2].equals("STATE") || f[3].contains(":") || f[5].contains(":")) {
        continue;
      }
      boolean ap = f[0].endsWith("_AP");
      StringBuilder sb = new StringBuilder();
      sb.append(f[2]).append('|').append(f[3]).append('|').append(f[4]).append('|').append(f[5]);
      if (ap) {
        sb.append('|').append(f[6]);
      }
      if (!f[2].equals("W")) {
        sb.append('|').append(f[ap ? 7 : 6]);
      }
      out.add(sb.toString());
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ripe-bgpdump/updates.20100722.2015.gz",
        "ripe-bgpdump/updates.20160811.1600.gz",
        "ripe-bgpdump/bview.ipv4_unicast_add_path.gz",
        "libbgpstream/ris.rrc06.updates.1427846400.gz",
        "ryu/rib.20161101.0000_pick.bz2",
        "mrtparse/quagga_rib",
        "mrtparse/bird-mrtdump_bgp",
        "bgpkit-parser/rrc00/1999.12/updates.19991214.1621.gz"
      })
  void ipv4RoutesAgreeWithBgpdump(String name) throws IOException {
    Path file = SharedCorpus.require("mrt/" + name);
    List<String> expected = project(bgpdumpLines(file));
    List<String> actual =
        elements(file, ElementFilter.family(1)).stream()
            .filter(s -> !s.split("\\|")[1].contains(":"))
            .toList();
    if (name.contains("1999.12")) {
      // bgpdump prints the peer address as the address of legacy withdrawals (a bug); compare kinds
      // and lengths there
      expected = expected.stream().map(s -> s.replaceAll("\\|[0-9.]+/", "|/")).toList();
      actual = actual.stream().map(s -> s.replaceAll("\\|[0-9.]+/", "|/")).toList();
    }
    assertEquals(expected, actual);
  }

  @Test
  void ribGenericAndVpnRoutesBgpdumpDropsAreElements() throws IOException {
    Path file = SharedCorpus.require("mrt/mrtparse/openbgpd_rib_table-v2");
    int vpn = 0;
    int all = 0;
    try (RouteElementReader r = new RouteElementReader(MrtReader.open(file))) {
      while (r.next()) {
        all++;
        if (r.element().safi() == 128) {
          vpn++;
        }
      }
      assertEquals(0, r.errorCount());
    }
    assertTrue(vpn >= 2, "RIB_GENERIC VPNv4 entries: " + vpn);
    assertEquals(31 + vpn, all); // bgpdump's 31 lines plus what it drops
  }

  @Test
  void filtersSelect() throws IOException {
    Path file = SharedCorpus.require("mrt/ripe-bgpdump/updates.20100722.2015.gz");
    List<String> lines = bgpdumpLines(file);
    long withdrawals = lines.stream().filter(l -> l.split("\\|")[2].equals("W")).count();
    assertEquals(withdrawals, elements(file, ElementFilter.type(ElementType.WITHDRAW)).size());
    long fromPeer =
        lines.stream().filter(l -> l.split("\\|", -1)[3].equals("193.203.0.124")).count();
    assertEquals(
        fromPeer,
        elements(
                file,
                ElementFilter.peerAddress(org.ixwire.bgp.nlri.IpAddress.parse("193.203.0.124")))
            .size());
    long origin =
        lines.stream()
            .filter(l -> l.split("\\|", -1).length > 6 && l.split("\\|", -1)[6].endsWith(" 4809"))
            .count();
    assertEquals(origin, elements(file, ElementFilter.originAs(4809)).size());
    assertTrue(origin > 0);
    long noExport = lines.stream().filter(l -> l.contains("no-export")).count();
    assertEquals(noExport, elements(file, ElementFilter.community(0xffff, 0xff01)).size());
    long more = lines.stream().filter(l -> l.split("\\|", -1)[5].startsWith("117.")).count();
    assertEquals(
        more,
        elements(
                file,
                ElementFilter.prefixMoreSpecific(org.ixwire.bgp.nlri.Prefix.parse("117.0.0.0/8")))
            .size());
    long regex =
        lines.stream()
            .filter(
                l ->
                    l.split("\\|", -1).length > 6
                        && l.split("\\|", -1)[6].matches(".*\\b3549 6762\\b.*"))
            .count();
    assertEquals(
        regex,
        elements(file, ElementFilter.asPath(java.util.regex.Pattern.compile("\\b3549 6762\\b")))
            .size());
    assertTrue(regex > 0);
    List<String> cover =
        elements(
            file,
            ElementFilter.prefixLessSpecific(org.ixwire.bgp.nlri.Prefix.parse("117.41.1.0/24")));
    assertTrue(
        cover.stream().allMatch(s -> s.contains("|117.41.0.0/19") || s.contains("/1")),
        cover.toString());
    long t0 = Long.parseLong(lines.get(0).split("\\|")[1]);
    assertEquals(
        lines.stream().filter(l -> Long.parseLong(l.split("\\|")[1]) == t0).count(),
        elements(file, ElementFilter.timeRange(t0, t0)).size());
  }

  @Test
  void addPathNlriInPlainSubtypesAreRecognised() throws IOException {
    Path file = SharedCorpus.require("mrt/mrtparse/bird6_bgp");
    List<String> routes = new ArrayList<>();
    try (RouteElementReader r = new RouteElementReader(MrtReader.open(file))) {
      while (r.next()) {
        routes.add(r.element().prefix() + " " + r.element().pathId());
      }
      assertEquals(0, r.errorCount());
      assertEquals(6, r.addPathGuesses());
    }
    assertTrue(routes.contains("fd01:1::/64 1"), routes.toString());
    assertTrue(routes.contains("fd01:1::/64 2"), routes.toString());
    assertTrue(routes.stream().noneMatch(s -> s.startsWith("::/0")), routes.toString());
  }

  @Test
  void badPeerIndexIsAnEntryError() throws IOException {
    Path file = SharedCorpus.require("mrt/generated/gobgpd-3.10-table-dump.first21.mrt");
    List<MrtDecodeException> errors = new ArrayList<>();
    try (RouteElementReader r = new RouteElementReader(MrtReader.open(file)).errors(errors::add)) {
      while (r.next()) {
        throw new AssertionError("no entry names a valid peer");
      }
    }
    assertEquals(60, errors.size());
    assertEquals(1, errors.get(0).recordIndex());
    assertTrue(errors.get(0).getMessage().contains("peer index 1 out of range"));
  }
}
