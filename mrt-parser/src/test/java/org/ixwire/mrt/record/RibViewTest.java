package org.ixwire.mrt.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import org.ixwire.mrt.MrtDecodeException;
import org.junit.jupiter.api.Test;

class RibViewTest {
  @Test
  void ipv6MulticastAddPath() {
    // seq 9, 2001:db8::/32, 1 entry: peer 3, originated 100, path id 7, attrs ORIGIN EGP
    ByteBuf b =
        RecordViewsSupport.record(
            5, 13, 11, "00000009 20 20010db8 0001 0003 00000064 00000007 0004 40010101");
    try {
      RibView v = new RibView().wrap(RecordViewsSupport.view(b));
      assertEquals(2, v.afi());
      assertEquals(2, v.safi());
      assertTrue(v.isAddPath());
      assertFalse(v.isGeneric());
      assertEquals(9, v.sequence());
      assertEquals(32, v.prefixLength());
      RibEntryView e = v.entries();
      assertTrue(e.next());
      assertEquals(3, e.peerIndex());
      assertEquals(100, e.originatedTime());
      assertEquals(7, e.pathId());
      assertEquals(4, e.attributesLength());
      assertFalse(e.next());
    } finally {
      b.release();
    }
  }

  @Test
  void ribGenericVpnNlri() {
    // AFI 1 SAFI 128: length 112 bits = label (3) + RD (8) + 24-bit prefix
    ByteBuf b =
        RecordViewsSupport.record(
            5, 13, 6, "00000001 0001 80 70 000011 0000fde800000064 c0a807 0001 0000 00000000 0000");
    try {
      RibView v = new RibView().wrap(RecordViewsSupport.view(b));
      assertTrue(v.isGeneric());
      assertEquals(128, v.safi());
      assertEquals(15, v.nlriLength());
      RibEntryView e = v.entries();
      assertTrue(e.next());
      assertEquals(0, e.attributesLength());
      assertFalse(e.hasPathId());
    } finally {
      b.release();
    }
  }

  @Test
  void badPrefixLengthAndTruncatedEntriesThrow() {
    ByteBuf b = RecordViewsSupport.record(5, 13, 2, "00000001 21 0a000000 0000");
    ByteBuf c = RecordViewsSupport.record(5, 13, 2, "00000001 08 0a 0002 0000 00000000 0000");
    try {
      assertThrows(MrtDecodeException.class, () -> new RibView().wrap(RecordViewsSupport.view(b)));
      RibEntryView e = new RibView().wrap(RecordViewsSupport.view(c)).entries();
      assertTrue(e.next());
      MrtDecodeException x = assertThrows(MrtDecodeException.class, e::next);
      assertTrue(x.context().endsWith("entry[1]"), x.context());
    } finally {
      b.release();
      c.release();
    }
  }
}
