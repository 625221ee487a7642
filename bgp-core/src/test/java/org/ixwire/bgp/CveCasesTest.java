package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.ixwire.bgp.attribute.AsPath;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.capability.UnknownCapability;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.Notification;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.RouteRefresh;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

/**
 * One test per row of corpus/bgp/CVE-CASES.md that concerns a decoder: the malformed input behind a
 * public BGP parser CVE, and the documented outcome bgp-core gives (BgpDecodeException with its
 * NOTIFICATION, or an RFC 7606 action) — never another exception.
 */
class CveCasesTest {
  private static final String MARKER = "ffffffffffffffffffffffffffffffff";
  private static final BgpDecoder DECODER = new BgpDecoder();
  private static final BgpSessionOptions EBGP =
      BgpSessionOptions.builder().peerType(BgpSessionOptions.PeerType.EXTERNAL).build();

  /** A whole message from its type and body hex. */
  static byte[] message(int type, String body) {
    int len = 19 + body.length() / 2;
    return Hex.bytes(MARKER + String.format("%04x%02x", len, type) + body);
  }

  static String openBody(String optParams) {
    return "04" + "fde8" + "00b4" + "c0000201" + optParams;
  }

  static BgpDecodeException decodeFails(byte[] m, BgpSessionOptions o) {
    return assertThrows(BgpDecodeException.class, () -> DECODER.decode(m, o));
  }

  static UpdateView update(String body, BgpSessionOptions o) {
    ByteBuf b = Unpooled.wrappedBuffer(Hex.bytes(body));
    return new UpdateView().wrapBody(b, 0, b.readableBytes(), o);
  }

  static String body(String attrs, String nlri) {
    return "0000" + String.format("%04x", attrs.length() / 2) + attrs + nlri;
  }

  @Test
  void frr202240302ExtendedOptionalParameterLengthInconsistent() {
    // RFC 9072 form (0xff, 0xff, 2-octet length) claiming 16 bytes with 6 present
    BgpDecodeException e = decodeFails(message(1, openBody("ffff0010" + "020402020000")), EBGP);
    assertEquals(2, e.errorCode());
    // and an extended parameter whose own 2-octet length overruns
    e = decodeFails(message(1, openBody("ffff0005" + "020010" + "0200")), EBGP);
    assertEquals(2, e.errorCode());
    // the well-formed RFC 9072 form decodes
    Open ok =
        (Open)
            DECODER.decode(
                message(1, openBody("ffff0007" + "020004" + "02020000".substring(0, 8))), EBGP);
    assertTrue(ok.extendedParameters());
  }

  @Test
  void frr202243681OpenEndsAfterTheOptionalParameterLength() {
    BgpDecodeException e = decodeFails(message(1, openBody("08")), EBGP);
    assertEquals(2, e.errorCode());
    e = decodeFails(message(1, openBody("ff")), EBGP);
    assertEquals(2, e.errorCode());
  }

  @Test
  void frr202237032CapabilityLengthBeyondTheParameter() {
    BgpDecodeException e = decodeFails(message(1, openBody("04" + "0202" + "4104")), EBGP);
    assertEquals(2, e.errorCode());
    assertTrue(e.offset() > 19);
  }

  @Test
  void frr202338406FlowSpecNlriOfLengthZeroStaysRawAndFramed() {
    // MP_REACH_NLRI 1/133 with an NLRI field of one zero byte: kept raw, no crash
    String attrs = "40010100" + "400200" + "800e06" + "000185" + "00" + "00" + "00";
    UpdateView v = update(body(attrs, ""), EBGP);
    assertEquals(ErrorAction.NONE, v.action(), () -> v.issues().toString());
    assertTrue(v.attributes().mpReachNlri().isRaw());
  }

  @Test
  void frr202338802CorruptTunnelEncapsulationIsKeptRaw() {
    // attribute 23 with a TLV length beyond its value: bgp-core does not interpret it, so the route
    // is kept and the attribute passes through byte-exact (no session reset)
    String attrs = "40010100" + "400200" + "400304c0000201" + "c01706" + "0001" + "00ff" + "0000";
    UpdateView v = update(body(attrs, "18c63364"), EBGP);
    assertEquals(ErrorAction.NONE, v.action());
    assertTrue(v.attributes().isPresent(23));
  }

  @Test
  void frr202341361AndGobgp202543971SoftwareVersionCapabilityLengths() {
    for (String cap : new String[] {"4b00", "4b01ff", "4b0205" + "61"}) {
      String params = "02" + String.format("%02x", cap.length() / 2) + cap;
      Open o =
          (Open)
              DECODER.decode(
                  message(1, openBody(String.format("%02x", params.length() / 2) + params)), EBGP);
      Capability c = o.capabilities().get(0);
      assertInstanceOf(UnknownCapability.class, c, cap);
    }
  }

  @Test
  void frr202341358TruncatedOrfInRouteRefresh() {
    RouteRefresh rr =
        (RouteRefresh) DECODER.decode(message(5, "00010001" + "01" + "40" + "00ff"), EBGP);
    assertEquals(4, rr.orf().length(), "ORF entries kept raw, never read past the message");
    BgpDecodeException e = decodeFails(message(5, "000101"), EBGP);
    assertEquals(1, e.errorCode());
  }

  @Test
  void frr202346752MpReachNextHopLengths() {
    for (int nh : new int[] {0, 1, 3, 5, 15, 17, 31, 33, 255}) {
      String nhHex = "00".repeat(Math.min(nh, 40));
      String mp =
          "00020104".substring(0, 6) + String.format("%02x", nh) + nhHex + "00" + "2020010db8";
      String attr = "900e" + String.format("%04x", mp.length() / 2) + mp;
      UpdateView v = update(body("40010100" + "400200" + attr, ""), EBGP);
      assertTrue(
          v.action() == ErrorAction.AFI_SAFI_DISABLE || v.action() == ErrorAction.SESSION_RESET,
          () -> "next hop length " + nh + ": " + v.issues());
      assertFalse(v.attributes().hasMpReach());
    }
  }

  @Test
  void frr202346753NlriWithOnlyAnUnknownAttribute() {
    UpdateView v = update(body("c0990100", "18c63364"), EBGP);
    assertEquals(ErrorAction.TREAT_AS_WITHDRAW, v.action());
    assertEquals(3, v.issues().stream().filter(i -> i.errorSubcode() == 3).count());
    assertTrue(v.nlri().next(), "the withdrawn prefixes stay listed");
  }

  @Test
  void frr202347234MpUnreachPlusTrailingNlriWithoutMandatoryAttributes() {
    UpdateView v = update(body("800f03000201", "18c63364"), EBGP);
    assertEquals(ErrorAction.TREAT_AS_WITHDRAW, v.action(), () -> v.issues().toString());
  }

  @Test
  void frr202347235EndOfRibShapeDoesNotBypassRfc7606() {
    UpdateView v = update(body("800f03000201" + "c00803fde800", ""), EBGP);
    assertFalse(v.isEndOfRib());
    assertEquals(ErrorAction.SESSION_RESET, v.action(), "RFC 7606 §5.2: no reachable NLRI");
  }

  @Test
  void bird201916159ShutdownCommunicationLongerThanTheData() {
    Notification n = (Notification) DECODER.decode(message(3, "0602" + "ff" + "616263"), EBGP);
    assertTrue(n.shutdownCommunication().isEmpty());
    assertEquals(4, n.data().length());
  }

  @Test
  void bird202649943SixteenThousandAsnPathIsLinearAndExact() {
    BgpSessionOptions o =
        BgpSessionOptions.builder().fourOctetAs(true).extendedMessage(true).build();
    StringBuilder segs = new StringBuilder();
    int asns = 0;
    for (int s = 0; s < 64; s++) {
      segs.append("02ff");
      for (int i = 0; i < 255; i++) {
        segs.append(String.format("%08x", 4200000000L + asns++));
      }
    }
    String path = segs.toString();
    String attrs =
        "40010100" + "5002" + String.format("%04x", path.length() / 2) + path + "400304c0000201";
    UpdateView v = update(body(attrs, "18c63364"), o);
    assertEquals(ErrorAction.NONE, v.action());
    assertEquals(asns, v.attributes().asPath().pathLength());
    assertEquals(4200000000L + asns - 1, v.attributes().asPath().originAs());
  }

  @Test
  void gobgp202641643As4MergeWithLongerOrOddAs4PathNeverFails() {
    String[][] cases = {
      {"1 2", "10 20 30 40"},
      {"23456 {1,2}", "(7 8) 4200000000 {1,2} 9"},
      {"", "1"},
      {"1 2 3", ""},
      {"{1,2,3}", "{4}"},
      {"(1 2) 23456", "4200000001"}
    };
    for (String[] c : cases) {
      AsPath merged = AsPath.merge(AsPath.parse(c[0]), AsPath.parse(c[1]));
      assertTrue(merged.length() <= Math.max(AsPath.parse(c[0]).length(), 1) + 1, merged::toString);
    }
  }

  @Test
  void gobgpGhsaFrrj87jh2772EmptyAsPathIsValid() {
    // RFC 7606 §7.2 does not make an empty AS_PATH malformed (iBGP originates them); the first-AS
    // check of RFC 4271 §6.3 belongs to the session layer, which knows the peer's AS.
    UpdateView v = update(body("40010100" + "400200" + "400304c0000201", "18c63364"), EBGP);
    assertEquals(ErrorAction.NONE, v.action());
    assertTrue(v.attributes().asPath().isEmpty());
  }

  @Test
  void gobgp202641642UnknownWellKnownAttribute() {
    UpdateView v =
        update(body("40010100" + "400200" + "400304c0000201" + "40990100", "18c63364"), EBGP);
    assertEquals(ErrorAction.SESSION_RESET, v.action());
    assertEquals(2, v.issues().get(0).errorSubcode());
  }

  @Test
  void gobgp202642285InconsistentLengthsStillListTheRoutes() {
    UpdateView v =
        update(body("40010100" + "400200" + "400304c0000201" + "c00810fde8", "18c63364"), EBGP);
    assertEquals(ErrorAction.TREAT_AS_WITHDRAW, v.action());
    assertTrue(v.nlri().next());
    UpdateResult r = DECODER.toResult(v);
    assertEquals(1, r.treatAsWithdraw().size());
  }

  @Test
  void gobgpIssue3392OriginWithoutTransitiveFlag() {
    UpdateView v = update(body("00010100" + "400200" + "400304c0000201", "18c63364"), EBGP);
    assertEquals(ErrorAction.TREAT_AS_WITHDRAW, v.action());
    assertEquals(4, v.issues().get(0).errorSubcode());
  }

  @Test
  void tcpdump201816300AttrSetIsNotRecursedInto() {
    // ATTR_SET (128) nesting ATTR_SETs: kept raw, no recursion at all
    String inner = "c08004" + "0000fde8";
    for (int i = 0; i < 20; i++) {
      inner =
          "c080"
              + String.format("%02x", 4 + inner.length() / 2).substring(0, 2)
              + "0000fde8"
              + inner;
      if (inner.length() > 400) {
        break;
      }
    }
    UpdateView v = update(body("40010100" + "400200" + "400304c0000201" + inner, "18c63364"), EBGP);
    assertTrue(v.action().compareTo(ErrorAction.SESSION_RESET) <= 0);
  }
}
