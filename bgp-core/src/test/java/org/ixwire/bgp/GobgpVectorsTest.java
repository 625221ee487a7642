package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ixwire.bgp.attribute.PathAttribute;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.capability.AddPathCapability;
import org.ixwire.bgp.capability.ExtendedNextHopCapability;
import org.ixwire.bgp.capability.LongLivedGracefulRestartCapability;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.NlriCursor;
import org.ixwire.testing.Hex;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * GoBGP's byte literals (corpus/bgp/vectors/gobgp/*.bytes.tsv, from osrg/gobgp
 * pkg/packet/bgp/*_test.go, Apache-2.0): the ones that are whole UPDATE bodies, path attributes,
 * NLRI of families bgp-core decodes, or an OPEN body are decoded and checked against what the GoBGP
 * test asserts (facts, or the error GoBGP expects, as bgp-core's RFC 7606 outcome); attributes that
 * decode cleanly must re-encode byte-exact. The rest (BGP-LS TLVs, EVPN ESIs, MUP and Prefix-SID
 * sub-TLVs) are fragments of structures bgp-core keeps raw: counted as not applicable.
 */
class GobgpVectorsTest {
  private static final BgpSessionOptions AS4 =
      BgpSessionOptions.builder().fourOctetAs(true).extendedMessage(true).build();
  private static final BgpSessionOptions AS2 = BgpSessionOptions.DEFAULT;

  /** Decoded path attributes: the RFC 7606 outcome, the facts, and the round-trip problems. */
  record Attrs(ErrorAction action, List<String> facts, List<String> problems) {}

  static Attrs attrs(byte[] b, BgpSessionOptions o) {
    ByteBuf buf = Unpooled.wrappedBuffer(b);
    PathAttributesView v = new PathAttributesView().wrap(buf, 0, b.length, o);
    ImmutableList<PathAttribute> values = v.toValues(org.ixwire.bgp.spi.NlriCodecRegistry.EMPTY);
    List<String> problems = new ArrayList<>();
    List<String> facts =
        VectorFacts.of(new Update(ImmutableList.of(), values, ImmutableList.of()), o);
    if (v.action() == ErrorAction.NONE) {
      ByteBuf out = Unpooled.buffer();
      try {
        for (PathAttribute a : values) {
          BgpEncoder.writeAttribute(a, o, out);
        }
        byte[] again = new byte[out.readableBytes()];
        out.readBytes(again);
        if (!java.util.Arrays.equals(b, again)) {
          problems.add("round trip differs: out " + Hex.of(again));
        }
      } finally {
        out.release();
      }
    }
    return new Attrs(v.action(), facts, problems);
  }

  /** Expects clean attributes with exactly {@code facts}. */
  static Function<byte[], List<String>> clean(BgpSessionOptions o, String... facts) {
    return b -> {
      Attrs a = attrs(b, o);
      List<String> p = new ArrayList<>(a.problems());
      if (a.action() != ErrorAction.NONE) {
        p.add("unexpected " + a.action());
      }
      List<String> want = new ArrayList<>(List.of(facts));
      want.sort(null);
      p.addAll(VectorFacts.diff(want, a.facts()));
      return p;
    };
  }

  /** Expects clean attributes that bgp-core keeps raw (unknown to it), re-encoded byte-exact. */
  static Function<byte[], List<String>> keptRaw(int type) {
    return b -> {
      Attrs a = attrs(b, AS4);
      List<String> p = new ArrayList<>(a.problems());
      if (a.action() != ErrorAction.NONE) {
        p.add("unexpected " + a.action());
      }
      boolean raw =
          VectorFacts.REFERENCE_NAMED_UNCOMPARED.contains(type)
              ? a.facts().isEmpty() // raw, but left out of the facts (see VectorFacts)
              : a.facts().size() == 1
                  && a.facts().get(0).startsWith(String.format("attribute 0x%02X ", type));
      if (!raw) {
        p.add("not one raw attribute " + type + ": " + a.facts());
      }
      return p;
    };
  }

  /** Expects the attributes to give RFC 7606 action {@code action} (GoBGP returns an error). */
  static Function<byte[], List<String>> outcome(ErrorAction action) {
    return b -> {
      Attrs a = attrs(b, AS4);
      return a.action() == action
          ? List.of()
          : List.of("expected " + action + ", bgp-core says " + a.action() + " " + a.facts());
    };
  }

  /** Expects NLRI of {@code family} (no ADD-PATH) to decode to {@code prefixes}, or to fail. */
  static Function<byte[], List<String>> nlri(AfiSafi family, String... prefixes) {
    return b -> {
      NlriCursor c =
          new NlriCursor()
              .wrap(
                  Unpooled.wrappedBuffer(b),
                  0,
                  b.length,
                  family.afi().code(),
                  family.safi().code(),
                  false);
      List<String> got = new ArrayList<>();
      while (c.next()) {
        got.add(c.prefix().toString());
      }
      if (c.malformed()) {
        got.add("malformed");
      }
      return VectorFacts.diff(List.of(prefixes), got);
    };
  }

  static Map<String, Function<byte[], List<String>>> checks() {
    Map<String, Function<byte[], List<String>>> m = new HashMap<>();
    // whole UPDATE bodies: see Rfc7606CasesTest for the expected actions; here: they are framed
    for (String line : List.of("609", "627", "645", "667", "681")) {
      m.put(
          "Test_MalformedUpdateMsg:" + line,
          b -> {
            UpdateResult r =
                new BgpDecoder().decodeUpdateBody(Unpooled.wrappedBuffer(b), 0, b.length, AS4);
            return r.isClean() ? List.of("malformed UPDATE decoded clean") : List.of();
          });
    }
    m.put(
        "Test_MpReachNLRIWithIPv6PrefixWithIPv4Peering:1703",
        clean(AS4, "announce ipv6 unicast 2001:db8:1:1:0:0:0:0/64 nh=0:0:0:0:0:ffff:ac14:1"));
    m.put(
        "Test_MpReachNLRIWithIPv6:1741",
        clean(AS4, "announce ipv6 unicast 2001:db8:53:0:0:0:0:0/64 nh=2001:db8:1:0:0:0:0:1"));
    m.put(
        "Test_MpUnreachNLRIWithIPv6:1771",
        clean(AS4, "withdraw ipv6 unicast 2001:db8:53:0:0:0:0:0/64"));
    m.put(
        "Test_MpReachNLRIWithIPv6PrefixWithLinkLocalNexthop:1795",
        clean(AS4, "announce ipv6 unicast 2010:ab8:1:0:0:0:0:0/48 nh=2001:db8:1:0:0:0:0:1"));
    m.put(
        "Test_MpReachNLRIWithVPNv4Prefix:1834",
        clean(AS4, "announce ipv4 mpls-vpn 10.1.1.0/24 label=[257] rd=65000:100 nh=172.20.0.1"));
    m.put(
        "Test_MpReachNLRIWithVPNv6Prefix:1871",
        clean(
            AS4,
            "announce ipv6 mpls-vpn 2001:1:0:0:0:0:0:0/124 label=[257] rd=65000:100"
                + " nh=2001:db8:1:0:0:0:0:1"));
    m.put(
        "Test_MpReachNLRIWithIPv4PrefixWithIPv6Nexthop:1913",
        clean(
            BgpSessionOptions.builder()
                .fourOctetAs(true)
                .extendedNextHop(AfiSafi.IPV4_UNICAST)
                .build(),
            "announce ipv4 unicast 192.168.10.0/24 nh=2001:db8:1:0:0:0:0:1"));
    // RFC 6396 §4.3.4 abbreviated MP_REACH_NLRI (next hop only): kept raw, next hop readable
    m.put(
        "Test_MpReachNLRIWithImplicitPrefix:1946",
        b -> {
          BgpSessionOptions o = AS4.toBuilder().abbreviatedMpReach(true).build();
          PathAttributesView v =
              new PathAttributesView().wrap(Unpooled.wrappedBuffer(b), 0, b.length, o);
          List<String> p = new ArrayList<>();
          if (v.action() != ErrorAction.NONE || !v.hasMpReach()) {
            p.add("abbreviated MP_REACH_NLRI not accepted: " + v.issues());
          } else if (v.mpReachNextHopLength() != 16
              || !Hex.of(b).substring(8).startsWith("20010db8")) {
            p.add("next hop length " + v.mpReachNextHopLength());
          }
          p.addAll(attrs(b, o).problems());
          return p;
        });
    // NEXT_HOP of a wrong length: GoBGP errors; RFC 7606 §7.3 treat-as-withdraw
    m.put("Test_PathAttributeNextHop_InvalidLength:2482", clean(AS4));
    for (String line : List.of("2491", "2510", "2520", "2530", "2540", "2550")) {
      m.put(
          "Test_PathAttributeNextHop_InvalidLength:" + line,
          outcome(ErrorAction.TREAT_AS_WITHDRAW));
    }
    m.put("TestAsPathDecoding2Byte:5856", clean(AS2, "as-path seq(100 200) seq(300)"));
    m.put("TestAsPathDecoding4Byte:5890", clean(AS4, "as-path seq(100000 200000)"));
    m.put(
        "Test_UnknownIP6Extended_PathAttribute_RoundTrip:1080",
        clean(
            AS4,
            "ext-community-ipv6 ["
                + new java.math.BigInteger("99770102030405060708090a0b0c0d0e0f101112", 16)
                + "]"));
    for (String key :
        List.of(
            "Test_UnknownIP6Extended_RoundTrip:1055",
            "Test_UnknownIP6FlowSpecExtended_RoundTrip:1105")) {
      // a bare 20-byte RFC 5701 community: checked inside an attribute
      m.put(
          key,
          b ->
              clean(AS4, "ext-community-ipv6 [" + new java.math.BigInteger(1, b) + "]")
                  .apply(concat(Hex.bytes("c01914"), b)));
    }
    for (String key : List.of("Test_RFC5512:713", "Test_RFC5512:724")) {
      // a bare extended community (color, encapsulation): checked inside an attribute
      m.put(
          key,
          b ->
              clean(AS4, "ext-community [" + new java.math.BigInteger(1, b) + "]")
                  .apply(concat(Hex.bytes("c01008"), b)));
    }
    m.put(
        "Test_VPLSExtended_decoding:31",
        clean(
            AS4,
            "ext-community ["
                + 0x0002fdf900000068L
                + ", "
                + Long.toUnsignedString(0x800a130005dc0064L)
                + "]"));
    m.put("Test_VPLSNLRI_decoding:63", clean(AS4, "announce-family l2vpn vpls"));
    // Prefix-SID (40) and GoBGP's BGP-LS attribute literals (type 0x29): kept raw, byte-exact
    m.put("TestRoundTripPrefixSID:74", keptRaw(40));
    m.put("TestNewPathAttributePrefixSID:116", keptRaw(40));
    for (String key :
        List.of(
            "Test_PathAttributeLs:5021",
            "Test_PathAttributeLs:5040",
            "Test_PathAttributeLs:5063",
            "Test_PathAttributeLs:5085",
            "Test_PathAttributeLsDelayMetricTLVs:5127",
            "Test_PathAttributeLs_MultiPrefixSID:5389")) {
      m.put(key, keptRaw(0x29));
    }
    // a 4-byte attribute followed by one stray byte: too short for an attribute header (§4)
    m.put("Test_PathAttributeLs:5057", outcome(ErrorAction.TREAT_AS_WITHDRAW));
    // GoBGP rejects these Prefix-SID attributes (bad sub-TLV lengths); see known differences
    m.put("TestPathAttributePrefixSIDMalformedLength:233", outcome(ErrorAction.ATTRIBUTE_DISCARD));
    m.put("TestPathAttributePrefixSIDMalformedLength:238", outcome(ErrorAction.ATTRIBUTE_DISCARD));
    m.put("Test_UpdateAttributeScanStopsAtDeclaredLength:6584", clean(AS4, "origin igp"));
    m.put(
        "Test_UpdateAttributeScanStopsAtDeclaredLength:6614",
        nlri(AfiSafi.IPV4_UNICAST, "192.0.2.0/24"));
    m.put(
        "Test_UpdateAttributeScanStopsAtDeclaredLength:6616",
        nlri(AfiSafi.IPV4_UNICAST, "40.1.2.0/24"));
    m.put("TestMpReachZeroNexthopFamilyValidation:1652", nlri(AfiSafi.IPV4_UNICAST, "10.0.0.0/24"));
    m.put(
        "TestMpReachZeroNexthopFamilyValidation:1653", nlri(AfiSafi.IPV6_UNICAST, "2001:db8::/32"));
    // a label entry without the bottom-of-stack bit and no room for the next: GoBGP errors
    m.put(
        "TestMPLSLabelStackMissingBOS:837",
        b ->
            outcome(ErrorAction.AFI_SAFI_DISABLE)
                .apply(concat(Hex.bytes("800e0d000104040a00000100"), b)));
    m.put(
        "Test_BGPOpenDecodeCapabilities:5415",
        b -> {
          byte[] msg = concat(Hex.bytes("ffffffffffffffffffffffffffffffff"), new byte[3], b);
          msg[16] = (byte) (msg.length >>> 8);
          msg[17] = (byte) msg.length;
          msg[18] = 1;
          List<String> p = new ArrayList<>();
          Open o = (Open) new BgpDecoder().decode(msg, AS4);
          ExtendedNextHopCapability enh = o.capability(ExtendedNextHopCapability.class).get();
          if (!enh.entries().equals(List.of(new ExtendedNextHopCapability.Entry(1, 1, 2)))) {
            p.add("extended next hop " + enh);
          }
          AddPathCapability ap = o.capability(AddPathCapability.class).get();
          if (!ap.entries()
              .equals(
                  List.of(
                      new AddPathCapability.Entry(AfiSafi.IPV4_UNICAST, AddPathCapability.SEND)))) {
            p.add("add-path " + ap);
          }
          LongLivedGracefulRestartCapability ll =
              o.capability(LongLivedGracefulRestartCapability.class).get();
          if (!ll.entries()
              .equals(
                  List.of(
                      new LongLivedGracefulRestartCapability.Entry(
                          AfiSafi.IPV4_UNICAST, 0, 3600)))) {
            p.add("LLGR " + ll);
          }
          if (!java.util.Arrays.equals(msg, BgpEncoder.toByteArray(o, AS4))) {
            p.add("round trip differs");
          }
          return p;
        });
    return m;
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int i = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, i, p.length);
      i += p.length;
    }
    return out;
  }

  @Test
  void gobgpByteVectors() throws IOException {
    Map<String, Function<byte[], List<String>>> checks = checks();
    VectorFacts.Tally tally = new VectorFacts.Tally("GoBGP byte vectors");
    int rows = 0;
    int used = 0;
    for (Path p : SharedCorpus.files("bgp/vectors/gobgp", ".bytes.tsv")) {
      for (String line : Files.readAllLines(p)) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        rows++;
        Function<byte[], List<String>> check = checks.get(f[0] + ":" + f[1]);
        if (check == null) {
          tally.skip();
          continue;
        }
        used++;
        String key =
            "gobgp/"
                + p.getFileName().toString().replace(".bytes.tsv", "")
                + ":"
                + f[0]
                + ":"
                + f[1];
        List<String> problems;
        try {
          problems = check.apply(Hex.bytes(f[4]));
        } catch (BgpDecodeException e) {
          problems = List.of("BgpDecodeException " + e.getMessage());
        }
        tally.record(key, problems);
      }
    }
    assertEquals(checks.size(), used, "every check found its vector");
    assertTrue(rows > 350, "rows " + rows);
    tally.finish();
  }
}
