package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ixwire.bgp.message.BgpMessage;
import org.ixwire.bgp.message.Notification;
import org.ixwire.bgp.message.Update;
import org.ixwire.testing.Hex;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Differential test against ExaBGP's functional-test vectors (corpus/bgp/vectors/exabgp, ExaBGP
 * 4460078e, BSD-3-Clause): every {@code raw:} message of the encoding {@code .ci} files and every
 * decoding vector is decoded by bgp-core and its facts compared with ExaBGP's JSON decode of the
 * same bytes; every cleanly decoded vector must re-encode byte-exact. Differences are listed with
 * their reason in {@code vector-known-differences.tsv}.
 */
class ExabgpVectorsTest {
  private final BgpDecoder decoder = new BgpDecoder();
  private int cmdChecked;

  /** One raw message of a .ci file with the ExaBGP JSON decodes that follow it. */
  record CiVector(
      String file, int line, String cmd, byte[] bytes, List<Map<String, Object>> json) {}

  /**
   * Facts of the raw messages ExaBGP's vectors give no JSON for, written from the vector's {@code
   * cmd:} line (the route ExaBGP was told to send) or, for OPENs, from its configuration options.
   * End-of-RIB commands ("announce eor AFI SAFI") are handled generically.
   */
  static final Map<String, List<String>> CMD_FACTS =
      Map.of(
          "conf-aggregator.ci:3",
          List.of(
              "announce ipv4 unicast 1.0.64.0/18 nh=192.168.1.254",
              "origin igp",
              "as-path seq(57821 6939)",
              "local-pref 100",
              "atomic-aggregate",
              "aggregator 18144:219.118.225.189"),
          "conf-no-asn4.ci:3",
          List.of(
              "announce ipv4 unicast 10.0.1.0/24 nh=10.0.255.254",
              "origin igp",
              "as-path seq(100)",
              "local-pref 100"),
          "conf-ipself6.ci:4",
          List.of(
              "announce ipv6 unicast 2a04:6d80:0:0:0:0:0:1/128 nh=0:0:0:0:0:0:0:1",
              "origin igp",
              "local-pref 100"),
          "conf-ipv46routes4family.ci:3",
          List.of(
              "announce ipv4 unicast 193.0.2.1/32 nh=10.0.0.1",
              "origin igp",
              "local-pref 100",
              "ext-community [" + 0x0002004800000001L + "]"),
          "conf-ipv46routes6family.ci:3",
          List.of(
              "announce ipv6 unicast 2a02:b80:0:1:0:0:0:1/128 nh=2a02:b80:0:2:0:0:0:1",
              "origin igp",
              "local-pref 200",
              "community [30740:0, 30740:30740]"),
          "conf-llnh-lla-only.ci:4",
          List.of(
              "announce ipv6 unicast 2001:db8:1:0:0:0:0:1/128 nh=fe80:0:0:0:0:0:0:cafe",
              "origin igp",
              "local-pref 100"),
          "conf-llnh-update.ci:4",
          List.of(
              "announce ipv6 unicast 2001:db8:1:0:0:0:0:1/128 nh=2001:db8:0:0:0:0:0:ffff",
              "origin igp",
              "local-pref 100"),
          "conf-cap-software-version.ci:3",
          List.of(
              "version 4",
              "asn 65533",
              "hold 180",
              "router-id 10.0.0.2",
              "capability 1",
              "capability 6",
              "capability 65",
              "capability 75",
              "mp ipv4/unicast",
              "asn4 65533",
              "software ExaBGP/5.0.0-0+test"),
          "conf-hostname.ci:3",
          List.of(
              "version 4",
              "asn 65533",
              "hold 180",
              "router-id 10.0.0.2",
              "capability 1",
              "capability 6",
              "capability 65",
              "capability 73",
              "mp ipv4/unicast",
              "asn4 65533",
              "fqdn my-host-name my-domain-name.com"),
          "conf-cap-link-local-nexthop.ci:3",
          List.of(
              "version 4",
              "asn 65533",
              "hold 180",
              "router-id 10.0.0.2",
              "capability 1",
              "capability 6",
              "capability 65",
              "capability 77",
              "mp ipv6/unicast",
              "asn4 65533"));

  static List<CiVector> ciVectors(Path file) throws IOException {
    List<CiVector> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    String cmd = "";
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split(":", 3);
      if (f.length < 3 || !f[0].matches("\\d+")) {
        continue;
      }
      if (f[1].equals("cmd")) {
        cmd = f[2];
      } else if (f[1].equals("raw")) {
        out.add(
            new CiVector(
                file.getFileName().toString(), i + 1, cmd, Hex.bytes(f[2]), new ArrayList<>()));
        cmd = "";
      } else if ((f[1].equals("json") || f[1].equals("jsv6")) && !out.isEmpty()) {
        // a decode belongs to the raw message it follows (the connection number may differ)
        out.get(out.size() - 1).json().add(ExabgpJson.object(f[2]));
      }
    }
    return out;
  }

  /**
   * Decodes {@code bytes} (a whole message, or an UPDATE body when {@code body}) and returns the
   * problems: decode errors, RFC 7606 outcomes, fact differences against {@code json} (when given)
   * and round-trip differences.
   */
  List<String> check(
      byte[] bytes, boolean body, BgpSessionOptions o, List<Map<String, Object>> json) {
    List<String> problems = new ArrayList<>();
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    BgpMessage m;
    UpdateResult r = null;
    try {
      if (body) {
        r = decoder.decodeUpdateBody(buf, 0, bytes.length, o);
        m = r.update();
      } else {
        m = decoder.decode(buf, 0, o);
        if (m instanceof Update) {
          r = decoder.decodeUpdate(buf, 0, bytes.length, o);
        }
      }
    } catch (BgpDecodeException e) {
      problems.add("BgpDecodeException " + e.getMessage());
      return problems;
    }
    if (r != null && !r.isClean()) {
      problems.add("RFC 7606 " + r.action() + " " + r.issues());
    }
    List<String> ours = VectorFacts.of(m, o);
    if (Boolean.getBoolean("ixwire.vectors.verbose")) {
      System.out.println("bgp-core: " + ours);
      json.forEach(j -> System.out.println("exabgp:   " + VectorFacts.ofExabgp(j)));
    }
    for (Map<String, Object> j : json) {
      // one raw message may be shown by several ExaBGP versions: each must match on its own
      problems.addAll(VectorFacts.diff(VectorFacts.ofExabgp(j), ours));
    }
    if (r == null || r.isClean()) {
      byte[] again = BgpEncoder.toByteArray(m, o);
      byte[] want = bytes;
      if (body) {
        again = Arrays.copyOfRange(again, 19, again.length);
      }
      if (!Arrays.equals(want, again)) {
        problems.add(
            "round trip differs\n      in  " + Hex.of(want) + "\n      out " + Hex.of(again));
      }
    }
    return problems;
  }

  @Test
  void encodingVectorsDecodeToExabgpFacts() throws IOException {
    VectorFacts.Tally tally = new VectorFacts.Tally("ExaBGP encoding vectors");
    Map<String, String> normalised = new HashMap<>();
    for (String line :
        Files.readAllLines(SharedCorpus.require("bgp/vectors/exabgp/encoding-raw-messages.tsv"))) {
      if (!line.startsWith("#")) {
        String[] f = line.split("\t");
        normalised.put(f[0] + ":" + f[1], f[5].toLowerCase(java.util.Locale.ROOT));
      }
    }
    int n = 0;
    cmdChecked = 0;
    for (Path p : SharedCorpus.files("bgp/vectors/exabgp/encoding", ".ci")) {
      List<CiVector> vectors = ciVectors(p);
      List<Map<String, Object>> all = new ArrayList<>();
      vectors.forEach(v -> all.addAll(v.json()));
      boolean as4 = !p.getFileName().toString().equals("conf-no-asn4.ci");
      BgpSessionOptions o = VectorFacts.optionsFrom(all, as4);
      for (CiVector v : vectors) {
        String key = "exabgp/encoding/" + v.file() + ":" + v.line();
        assertEquals(normalised.get(v.file() + ":" + v.line()), Hex.of(v.bytes()), key);
        List<String> problems = check(v.bytes(), false, o, v.json());
        if (v.json().isEmpty()) {
          List<String> want = CMD_FACTS.get(v.file() + ":" + v.line());
          java.util.regex.Matcher eor =
              java.util.regex.Pattern.compile("announce eor (\\S+) (\\S+)").matcher(v.cmd());
          if (want == null && eor.matches()) {
            want = List.of("eor " + eor.group(1) + " " + eor.group(2));
          }
          if (want != null) {
            cmdChecked++;
            List<String> sorted = new ArrayList<>(want);
            sorted.sort(null);
            problems.addAll(
                VectorFacts.diff(sorted, VectorFacts.of(decoder.decode(v.bytes(), o), o)));
          }
        }
        if (v.file().equals("unknown-message.ci")) {
          // ExaBGP's answer to a message of type 255: NOTIFICATION 1/0 with its reason as text
          Notification no = (Notification) decoder.decode(v.bytes(), o);
          assertEquals(1, no.code(), key);
          assertEquals(0, no.subcode(), key);
          assertEquals(
              "can not decode update message of type \"255\"",
              new String(no.data().toByteArray(), java.nio.charset.StandardCharsets.US_ASCII));
        }
        tally.record(key, problems);
        n++;
      }
    }
    assertEquals(166, n, "raw messages in the .ci files");
    System.out.println(
        "ExaBGP encoding vectors without JSON checked against their cmd: " + cmdChecked);
    tally.finish();
  }

  @Test
  void decodingVectorsDecodeToExabgpFacts() throws IOException {
    VectorFacts.Tally tally = new VectorFacts.Tally("ExaBGP decoding vectors");
    int n = 0;
    for (Path p : SharedCorpus.files("bgp/vectors/exabgp/decoding", "")) {
      List<String> lines = Files.readAllLines(p);
      String hint = lines.get(0).trim();
      String key = "exabgp/decoding/" + p.getFileName();
      n++;
      if (hint.startsWith("nlri")) {
        // a bare BGP-LS NLRI: bgp-core keeps BGP-LS raw and has no bare-NLRI entry point
        tally.skip();
        continue;
      }
      byte[] bytes = Hex.bytes(lines.get(1).replaceAll("\\s", ""));
      Map<String, Object> json = ExabgpJson.object(lines.get(2));
      boolean body = !Hex.of(bytes).startsWith("ffffffffffffffffffffffffffffffff");
      BgpSessionOptions o = VectorFacts.optionsFrom(List.of(json), true);
      tally.record(key, check(bytes, body, o, List.of(json)));
    }
    assertEquals(22, n);
    tally.finish();
  }

  @Test
  void exabgpNamesTheFamiliesLikeTheFacts() {
    assertEquals("ipv4 mpls-vpn", VectorFacts.family(org.ixwire.bgp.nlri.AfiSafi.IPV4_MPLS_VPN));
    assertEquals("0:0:0:0:0:ffff:5134:1192", VectorFacts.canonIp("::ffff:81.52.17.146"));
    assertEquals("2a02:b80:0:2:0:0:0:2", VectorFacts.canonIp("2a02:b80:0:2::2"));
    assertTrue(VectorFacts.decodedFamily("ipv6 nlri-mpls"));
  }
}
