package org.ixwire.bgp.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AsPathTest {
  @Test
  void textFormRoundTrips() {
    for (String s :
        new String[] {"", "1 2 3", "1 {2,3}", "(65000 65001) 3 4", "[7,8] 9", "1 2 {3}"}) {
      assertEquals(s, AsPath.parse(s).toString());
    }
  }

  @Test
  void lengthCountsSetsOnceAndConfedNever() {
    assertEquals(4, AsPath.parse("(65000 65001) 1 2 {3,4,5} 6").length());
    assertEquals(6, AsPath.parse("(65000 65001) 1 2 {3,4,5} 6").asnCount() - 2);
  }

  @Test
  void mergeReplacesTheTailWithAs4Path() {
    // RFC 6793 §4.2.3: AS_PATH 2-octet with AS_TRANS, AS4_PATH carries the real numbers
    AsPath as2 = AsPath.parse("100 23456 200 23456");
    AsPath as4 = AsPath.parse("4200000001 200 4200000002");
    assertEquals("100 4200000001 200 4200000002", AsPath.merge(as2, as4).toString());
  }

  @Test
  void mergeIgnoresALongerAs4Path() {
    AsPath as2 = AsPath.parse("100 200");
    AsPath as4 = AsPath.parse("1 2 3");
    assertEquals("100 200", AsPath.merge(as2, as4).toString());
  }

  @Test
  void mergeKeepsSetsAndDropsConfedFromAs4Path() {
    AsPath as2 = AsPath.parse("100 23456 {23456,300}");
    AsPath as4 = AsPath.parse("(9 9) 4200000001 {4200000002,300}");
    assertEquals("100 4200000001 {4200000002,300}", AsPath.merge(as2, as4).toString());
  }

  @Test
  void twoOctetFormUsesAsTrans() {
    assertEquals("23456 1", AsPath.parse("4200000001 1").toTwoOctet().toString());
    assertEquals(1, AsPath.parse("4200000001 1").originAs());
    assertEquals(-1, AsPath.parse("1 {2,3}").originAs());
  }

  @org.junit.jupiter.api.Test
  void viewEffectiveOriginMatchesTheMergedValue() {
    // AS_PATH (2-octet) 100 23456 23456, AS4_PATH 4200000001 4200000002
    io.netty.buffer.ByteBuf b =
        org.ixwire.testing.Hex.buf("400208020300645ba05ba0" + "c0110a0202fa56ea01fa56ea02");
    PathAttributesView v =
        new PathAttributesView()
            .wrap(b, 0, b.readableBytes(), org.ixwire.bgp.BgpSessionOptions.DEFAULT);
    assertEquals(v.effectiveAsPath().originAs(), v.effectiveOriginAs());
    assertEquals(4200000002L, v.effectiveOriginAs());
  }
}
