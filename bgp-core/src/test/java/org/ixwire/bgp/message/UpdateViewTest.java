package org.ixwire.bgp.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import java.util.stream.Stream;
import org.ixwire.bgp.BgpDecodeException;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.BgpSessionOptions.PeerType;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.error.UpdateIssue;
import org.ixwire.testing.Hex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 7606 conformance, one case per rule: an UPDATE body with the attributes given (hex), NLRI
 * 198.51.100.0/24 unless said otherwise, and the action and NOTIFICATION code/subcode expected.
 */
class UpdateViewTest {
  private static final String ORIGIN = "40010100";
  private static final String AS_PATH_2 = "4002060202fde8fde9"; // 2-octet: 65000 65001
  private static final String AS_PATH_4 = "40020a02020000fde80000fde9";
  private static final String NEXT_HOP = "400304c0000201";
  private static final String BASE2 = ORIGIN + AS_PATH_2 + NEXT_HOP;
  private static final String NLRI = "18c63364";

  static final BgpSessionOptions EBGP =
      BgpSessionOptions.builder().peerType(PeerType.EXTERNAL).build();
  static final BgpSessionOptions IBGP =
      BgpSessionOptions.builder().peerType(PeerType.INTERNAL).build();
  static final BgpSessionOptions AS4 = BgpSessionOptions.AS4;
  static final BgpSessionOptions ADDPATH =
      BgpSessionOptions.builder()
          .peerType(PeerType.EXTERNAL)
          .addPath(org.ixwire.bgp.nlri.AfiSafi.IPV4_UNICAST)
          .build();

  static Stream<Arguments> cases() {
    return Stream.of(
        // rule, options, attributes, nlri, action, code, subcode
        c("well-formed", EBGP, BASE2, NLRI, ErrorAction.NONE, 0, 0),
        c(
            "§3 c ORIGIN flags optional",
            EBGP,
            "c0010100" + AS_PATH_2 + NEXT_HOP,
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            4),
        c(
            "§3 c ATOMIC_AGGREGATE flags",
            EBGP,
            BASE2 + "c00600",
            NLRI,
            ErrorAction.ATTRIBUTE_DISCARD,
            3,
            4),
        c(
            "§3 c MED flags transitive",
            EBGP,
            BASE2 + "c0040400000001",
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            4),
        c(
            "§3 d missing ORIGIN",
            EBGP,
            AS_PATH_2 + NEXT_HOP,
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            3),
        c(
            "§3 d missing AS_PATH",
            EBGP,
            ORIGIN + NEXT_HOP,
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            3),
        c(
            "§3 d missing NEXT_HOP",
            EBGP,
            ORIGIN + AS_PATH_2,
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            3),
        c("§3 d LOCAL_PREF absent on iBGP is fine", IBGP, BASE2, NLRI, ErrorAction.NONE, 0, 0),
        c(
            "§3 g duplicate COMMUNITIES",
            EBGP,
            BASE2 + "c00804fde80001c00804fde80002",
            NLRI,
            ErrorAction.ATTRIBUTE_DISCARD,
            3,
            1),
        c(
            "§3 g duplicate MP_UNREACH_NLRI",
            EBGP,
            BASE2 + "800f03000201800f03000201",
            NLRI,
            ErrorAction.SESSION_RESET,
            3,
            1),
        c(
            "§4 attribute overruns the field",
            EBGP,
            BASE2 + "c00808fde80001",
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            5),
        c("§4 two bytes left", EBGP, BASE2 + "c008", NLRI, ErrorAction.TREAT_AS_WITHDRAW, 3, 1),
        c(
            "§5.2 errors without reachable NLRI",
            EBGP,
            BASE2 + "c00803fde800",
            "",
            ErrorAction.SESSION_RESET,
            3,
            1),
        c(
            "§5.3 NLRI prefix longer than 32",
            EBGP,
            BASE2,
            "21c0000201",
            ErrorAction.SESSION_RESET,
            3,
            10),
        c("§5.3 NLRI overrun", EBGP, BASE2, "18c633", ErrorAction.SESSION_RESET, 3, 10),
        c(
            "§5.3 MP_REACH_NLRI shorter than 5",
            EBGP,
            BASE2 + "800e0400020110",
            "",
            ErrorAction.SESSION_RESET,
            3,
            9),
        c(
            "§5.3 MP_UNREACH_NLRI IPv6 prefix longer than 128",
            EBGP,
            BASE2 + "800f0500020181ff",
            NLRI,
            ErrorAction.AFI_SAFI_DISABLE,
            3,
            9),
        c(
            "§7.1 ORIGIN length 2",
            EBGP,
            "4001020000" + AS_PATH_2 + NEXT_HOP,
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            5),
        c(
            "§7.1 ORIGIN value 3",
            EBGP,
            "40010103" + AS_PATH_2 + NEXT_HOP,
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            6),
        c(
            "§7.2 AS_PATH segment type 5",
            EBGP,
            ORIGIN + "4002040501fde8" + NEXT_HOP,
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            11),
        c(
            "§7.2 AS_PATH segment length 0",
            EBGP,
            ORIGIN + "4002020200" + NEXT_HOP,
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            11),
        c(
            "§7.2 AS_PATH overrun",
            EBGP,
            ORIGIN + "4002040202fde8" + NEXT_HOP,
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            11),
        c(
            "§7.2 AS_PATH one byte left",
            EBGP,
            ORIGIN + "4002050201fde802" + NEXT_HOP,
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            11),
        c(
            "§7.3 NEXT_HOP length 5",
            EBGP,
            ORIGIN + AS_PATH_2 + "400305c000020100",
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            5),
        c(
            "§7.4 MED length 3",
            EBGP,
            BASE2 + "800403000001",
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            5),
        c(
            "§7.5 LOCAL_PREF from eBGP",
            EBGP,
            BASE2 + "40050400000064",
            NLRI,
            ErrorAction.ATTRIBUTE_DISCARD,
            3,
            1),
        c(
            "§7.5 LOCAL_PREF length 2 on iBGP",
            IBGP,
            BASE2 + "4005020064",
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            5),
        c(
            "§7.6 ATOMIC_AGGREGATE length 1",
            EBGP,
            BASE2 + "40060100",
            NLRI,
            ErrorAction.ATTRIBUTE_DISCARD,
            3,
            5),
        c(
            "§7.7 AGGREGATOR length 8 on 2-octet session",
            EBGP,
            BASE2 + "c007080000fde8c0000201",
            NLRI,
            ErrorAction.ATTRIBUTE_DISCARD,
            3,
            5),
        c(
            "§7.7 AGGREGATOR length 6 on 4-octet session",
            AS4,
            ORIGIN + AS_PATH_4 + NEXT_HOP + "c00706fde8c0000201",
            NLRI,
            ErrorAction.ATTRIBUTE_DISCARD,
            3,
            5),
        c(
            "§7.8 COMMUNITIES length 5",
            EBGP,
            BASE2 + "c00805fde8000100",
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            9),
        c(
            "§7.9 ORIGINATOR_ID from eBGP",
            EBGP,
            BASE2 + "800904c0000201",
            NLRI,
            ErrorAction.ATTRIBUTE_DISCARD,
            3,
            1),
        c(
            "§7.9 ORIGINATOR_ID length 3 on iBGP",
            IBGP,
            BASE2 + "800903c00002",
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            5),
        c(
            "§7.10 CLUSTER_LIST length 6 on iBGP",
            IBGP,
            BASE2 + "800a06c0000201ffff",
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            9),
        c(
            "§7.11 MP_REACH next hop length 5 for IPv6",
            EBGP,
            ORIGIN + AS_PATH_2 + "800e0b000201050000000000000000",
            "",
            ErrorAction.AFI_SAFI_DISABLE,
            3,
            9),
        c(
            "§7.14 EXTENDED COMMUNITIES length 7",
            EBGP,
            BASE2 + "c0100700020000000001",
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            9),
        c(
            "§7.15 IPv6 extended communities length 19",
            EBGP,
            BASE2 + "c01913" + "00".repeat(19),
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            9),
        c(
            "RFC 8092 LARGE_COMMUNITY length 8",
            EBGP,
            BASE2 + "c02008" + "00".repeat(8),
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            9),
        c(
            "§3 b withdrawn routes length too large",
            EBGP,
            "body:" + "0010" + "0000",
            "",
            ErrorAction.SESSION_RESET,
            3,
            1),
        c(
            "§3 b total attribute length too large",
            EBGP,
            "body:" + "0000" + "0009" + "40010100",
            "",
            ErrorAction.SESSION_RESET,
            3,
            1),
        c(
            "§3 g duplicate MP_REACH_NLRI",
            EBGP,
            BASE2
                + "800e1a0002011020010db8000000000000000000000001002020010db8"
                + "800e1a0002011020010db8000000000000000000000001002020010db8",
            NLRI,
            ErrorAction.SESSION_RESET,
            3,
            1),
        c(
            "§3 h strongest of several actions",
            EBGP,
            "40010103" + AS_PATH_2 + NEXT_HOP + "40060100",
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            6),
        c(
            "§3 i withdrawn prefix longer than 32",
            EBGP,
            "body:" + "0006" + "21c633640000" + "0000",
            "",
            ErrorAction.SESSION_RESET,
            3,
            10),
        c(
            "§7.10 CLUSTER_LIST from eBGP",
            EBGP,
            BASE2 + "800a0401020304",
            NLRI,
            ErrorAction.ATTRIBUTE_DISCARD,
            3,
            1),
        c(
            "§7.16 ATTR_SET shorter than its origin AS",
            EBGP,
            BASE2 + "c080020000",
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            9),
        c(
            "RFC 4760 §7 MP_REACH_NLRI IPv6 NLRI overrun",
            EBGP,
            BASE2 + "800e18000201" + "10" + "20010db8000000000000000000000001" + "00" + "402001",
            NLRI,
            ErrorAction.AFI_SAFI_DISABLE,
            3,
            9),
        c(
            "RFC 7911 path identifier and prefix",
            ADDPATH,
            BASE2,
            "00000001" + NLRI,
            ErrorAction.NONE,
            0,
            0),
        c(
            "RFC 7911 path identifier truncated",
            ADDPATH,
            BASE2,
            "000000",
            ErrorAction.SESSION_RESET,
            3,
            10),
        c(
            "RFC 8092 LARGE_COMMUNITY length 0",
            EBGP,
            BASE2 + "c02000",
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            9),
        c(
            "RFC 8092 duplicate large communities are kept",
            EBGP,
            BASE2 + "c02018" + "000000010000000200000003" + "000000010000000200000003",
            NLRI,
            ErrorAction.NONE,
            0,
            0),
        c(
            "RFC 9234 OTC length 2",
            EBGP,
            BASE2 + "c0230200fd",
            NLRI,
            ErrorAction.TREAT_AS_WITHDRAW,
            3,
            5),
        c(
            "RFC 6793 AS4_PATH malformed",
            EBGP,
            BASE2 + "c01102020a",
            NLRI,
            ErrorAction.ATTRIBUTE_DISCARD,
            3,
            9),
        c(
            "RFC 6793 AS4_PATH on 4-octet session",
            AS4,
            ORIGIN + AS_PATH_4 + NEXT_HOP + "c0110602010000fde8",
            NLRI,
            ErrorAction.ATTRIBUTE_DISCARD,
            3,
            9),
        c(
            "RFC 7311 AIGP TLV length 10",
            EBGP,
            BASE2 + "801a0b01000a" + "00".repeat(8),
            NLRI,
            ErrorAction.ATTRIBUTE_DISCARD,
            3,
            9),
        c(
            "RFC 4271 §6.3 unrecognized well-known",
            EBGP,
            BASE2 + "40990100",
            NLRI,
            ErrorAction.SESSION_RESET,
            3,
            2),
        c(
            "unknown optional transitive is kept",
            EBGP,
            BASE2 + "c0990100",
            NLRI,
            ErrorAction.NONE,
            0,
            0));
  }

  private static Arguments c(
      String rule,
      BgpSessionOptions o,
      String attrs,
      String nlri,
      ErrorAction a,
      int code,
      int sub) {
    return Arguments.of(rule, o, attrs, nlri, a, code, sub);
  }

  static ByteBuf body(String attrs, String nlri) {
    if (attrs.startsWith("body:")) {
      return Hex.buf(attrs.substring(5) + nlri);
    }
    int alen = attrs.length() / 2;
    return Hex.buf("0000" + String.format("%04x", alen) + attrs + nlri);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rfc7606(
      String rule,
      BgpSessionOptions o,
      String attrs,
      String nlri,
      ErrorAction action,
      int code,
      int subcode) {
    ByteBuf b = body(attrs, nlri);
    UpdateView v;
    try {
      v = new UpdateView().wrapBody(b, 0, b.readableBytes(), o);
    } catch (BgpDecodeException e) {
      // RFC 7606 §3 b: lengths that do not add up are framing errors; the decoder throws with
      // the NOTIFICATION of the session reset
      assertEquals(action, ErrorAction.SESSION_RESET, () -> rule + ": " + e.getMessage());
      assertEquals(code, e.errorCode(), rule);
      assertEquals(subcode, e.errorSubcode(), rule);
      assertTrue(e.offset() >= 0 && e.offset() <= b.readableBytes(), rule);
      return;
    }
    assertEquals(action, v.action(), () -> rule + ": " + v.issues());
    if (action != ErrorAction.NONE) {
      UpdateIssue strongest =
          v.issues().stream().filter(i -> i.action() == action).findFirst().orElseThrow();
      assertEquals(code, strongest.errorCode(), rule);
      assertEquals(subcode, strongest.errorSubcode(), () -> rule + ": " + strongest);
      assertTrue(strongest.offset() >= 0 && strongest.offset() <= b.readableBytes(), rule);
    } else {
      assertTrue(
          v.issues().stream().allMatch(i -> i.action() == ErrorAction.NONE),
          () -> rule + v.issues());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void treatAsWithdrawStillListsTheRoutes(
      String rule,
      BgpSessionOptions o,
      String attrs,
      String nlri,
      ErrorAction action,
      int code,
      int subcode) {
    if (action != ErrorAction.TREAT_AS_WITHDRAW || nlri.isEmpty() || attrs.startsWith("body:")) {
      return;
    }
    ByteBuf b = body(attrs, nlri);
    UpdateView v = new UpdateView().wrapBody(b, 0, b.readableBytes(), o);
    var routes = v.nlri();
    assertTrue(routes.next(), rule);
    assertEquals("198.51.100.0/24", routes.prefix().toString());
  }

  /**
   * docs/rfc7606.md is generated from {@link #cases()}: this test fails when they differ; run it
   * with {@code -Dixwire.regenerateDocs=true} to rewrite the file.
   */
  @org.junit.jupiter.api.Test
  void documentationIsGeneratedFromTheTable() throws java.io.IOException {
    StringBuilder md = new StringBuilder();
    md.append("# RFC 7606 error handling in bgp-core\n\n")
        .append("Generated from the conformance table in ")
        .append("`bgp-core/src/test/java/org/ixwire/bgp/message/UpdateViewTest.java`")
        .append(" (regenerate: `./mvnw -pl bgp-core test -Dtest=UpdateViewTest")
        .append(" -Dixwire.regenerateDocs=true`). Each row is a test case: an UPDATE with the")
        .append(" malformation, the RFC 7606 action bgp-core reports")
        .append(
            " (`UpdateView.action()`, `UpdateResult.action()`) and the NOTIFICATION code/subcode")
        .append(" carried by the issue (sent only when the action is a session reset).\n\n")
        .append("| rule | session | action | NOTIFICATION |\n|---|---|---|---|\n");
    cases()
        .forEach(
            a -> {
              Object[] x = a.get();
              BgpSessionOptions o = (BgpSessionOptions) x[1];
              String session =
                  (o.fourOctetAs() ? "4-octet AS, " : "")
                      + (o.addPathReceiveFamilies().isEmpty() ? "" : "ADD-PATH ipv4, ")
                      + o.peerType().name().toLowerCase(java.util.Locale.ROOT);
              ErrorAction act = (ErrorAction) x[4];
              String n =
                  act == ErrorAction.NONE
                      ? "—"
                      : x[5]
                          + "/"
                          + x[6]
                          + " "
                          + org.ixwire.bgp.error.ErrorCodes.subcodeName((int) x[5], (int) x[6]);
              md.append("| ")
                  .append(x[0])
                  .append(" | ")
                  .append(session)
                  .append(" | ")
                  .append(act)
                  .append(" | ")
                  .append(n)
                  .append(" |\n");
            });
    java.nio.file.Path doc = java.nio.file.Path.of("../docs/rfc7606.md");
    if (Boolean.getBoolean("ixwire.regenerateDocs")) {
      java.nio.file.Files.writeString(doc, md);
    }
    assertEquals(
        md.toString(),
        java.nio.file.Files.readString(doc),
        "docs/rfc7606.md is out of date: run with -Dixwire.regenerateDocs=true");
  }

  @org.junit.jupiter.api.Test
  void lengthInconsistenciesAreFramingErrors() {
    ByteBuf b = Hex.buf("0010" + "0000");
    BgpDecodeException e =
        assertThrows(BgpDecodeException.class, () -> new UpdateView().wrapBody(b, 0, 4, EBGP));
    assertEquals(3, e.errorCode());
    assertEquals(1, e.errorSubcode());
    ByteBuf c = Hex.buf("0000" + "0009" + "40010100");
    assertThrows(BgpDecodeException.class, () -> new UpdateView().wrapBody(c, 0, 8, EBGP));
  }

  @org.junit.jupiter.api.Test
  void endOfRib() {
    ByteBuf empty = Hex.buf("00000000");
    assertTrue(new UpdateView().wrapBody(empty, 0, 4, EBGP).isEndOfRib());
    ByteBuf mp = Hex.buf("00000006" + "800f03000201");
    assertTrue(new UpdateView().wrapBody(mp, 0, 10, EBGP).isEndOfRib());
    ByteBuf not = body(BASE2, NLRI);
    assertFalse(new UpdateView().wrapBody(not, 0, not.readableBytes(), EBGP).isEndOfRib());
  }

  /**
   * withdrawn() and nlri() give the message's routes however often they are called, and also after
   * the caller re-wrapped the cursor they returned over other bytes.
   */
  @org.junit.jupiter.api.Test
  void routeCursorsAlwaysCoverTheMessage() {
    // withdrawn 10.0.0.0/8; ORIGIN, AS_PATH empty, NEXT_HOP; NLRI 192.0.2.0/24
    ByteBuf b =
        Hex.buf("0002080a" + "000f" + "40010100" + "40020000" + "400304c0000201" + "18c00002");
    UpdateView v = new UpdateView().wrapBody(b, 0, b.readableBytes(), EBGP);
    for (int round = 0; round < 3; round++) {
      org.ixwire.bgp.nlri.NlriCursor w = v.withdrawn();
      assertTrue(w.next());
      assertEquals("10.0.0.0/8", w.prefix().toString());
      assertFalse(w.next());
      org.ixwire.bgp.nlri.NlriCursor n = v.nlri();
      assertTrue(n.next());
      assertEquals("192.0.2.0/24", n.prefix().toString());
      assertFalse(n.next());
      // the caller reuses the cursors for something else
      ByteBuf other = Hex.buf("10ac10" + "10ac11");
      w.wrap(other, 0, other.readableBytes(), 1, 1, false);
      n.wrap(other, 0, other.readableBytes(), 1, 1, false);
      assertTrue(n.next());
      assertEquals("172.16.0.0/16", n.prefix().toString());
    }
  }
}
