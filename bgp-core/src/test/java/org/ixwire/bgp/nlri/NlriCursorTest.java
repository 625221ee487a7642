package org.ixwire.bgp.nlri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Random;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class NlriCursorTest {
  @Test
  void plainPrefixesWithTrailingBitsMasked() {
    ByteBuf b = Hex.buf("0d0b0d" + "18c00002" + "00");
    NlriCursor c = new NlriCursor().wrap(b, 0, b.readableBytes(), 1, 1, false);
    assertTrue(c.next());
    assertEquals("11.8.0.0/13", c.prefix().toString());
    assertTrue(c.trailingBitsSet(), "11.13.0.0/13 has bits beyond /13");
    assertTrue(c.next());
    assertEquals("192.0.2.0/24", c.prefix().toString());
    assertFalse(c.trailingBitsSet());
    assertTrue(c.next());
    assertEquals("0.0.0.0/0", c.prefix().toString());
    assertFalse(c.next());
    assertFalse(c.malformed());
  }

  /** rewind() iterates the same routes again, finding trailing bits and the error again. */
  @Test
  void rewindRepeatsTheWalk() {
    // 11.13.0.0/13 (trailing bits), 192.0.2.0/24, then a /33: malformed
    ByteBuf b = Hex.buf("0d0b0d" + "18c00002" + "21");
    for (boolean addPath : new boolean[] {false, true}) {
      ByteBuf f =
          addPath
              ? Hex.buf("00000001" + "0d0b0d" + "00000002" + "18c00002" + "00000003" + "21")
              : b;
      NlriCursor c = new NlriCursor().wrap(f, 0, f.readableBytes(), 1, 1, addPath);
      for (int round = 0; round < 2; round++) {
        assertTrue(c.next());
        assertEquals(13, c.prefixLength());
        assertEquals(addPath ? 1 : Nlri.NO_PATH_ID, c.pathId());
        assertTrue(c.next());
        assertEquals("192.0.2.0/24", c.prefix().toString());
        assertFalse(c.next());
        assertTrue(c.malformed(), "round " + round);
        assertEquals(2, c.count());
        assertEquals(1, c.trailingBitsCount());
        assertEquals(0, c.firstTrailingBitsOffset());
        c.rewind();
        assertFalse(c.malformed(), "rewound");
        assertEquals(0, c.count());
      }
    }
  }

  @Test
  void addPathIdentifiers() {
    ByteBuf b = Hex.buf("0000000a18060200" + "0000000b18060201");
    NlriCursor c = new NlriCursor().wrap(b, 0, b.readableBytes(), 1, 1, true);
    assertTrue(c.next());
    assertEquals(10, c.pathId());
    assertTrue(c.next());
    assertEquals(11, c.pathId());
    assertEquals("6.2.1.0/24", c.toValue().toString().split(" ")[0]);
  }

  @Test
  void labeledAndVpnRoutes() {
    // RFC 8277: label 16 (0x00010 << 4 | BoS) then 10.0.0.0/8
    ByteBuf l = Hex.buf("20" + "000101" + "0a");
    NlriCursor c = new NlriCursor().wrap(l, 0, l.readableBytes(), 1, 4, false);
    assertTrue(c.next());
    assertEquals(1, c.labelCount());
    assertEquals(16, c.labelEntry(0) >>> 4);
    assertEquals("10.0.0.0/8", c.prefix().toString());
    // RFC 4364: label, RD 0:65000:1, 192.0.2.0/24 -> 24+64+24 = 112 bits
    ByteBuf v = Hex.buf("70" + "000141" + "0000fde800000001" + "c00002");
    c.wrap(v, 0, v.readableBytes(), 1, 128, false);
    assertTrue(c.next());
    VpnNlri r = (VpnNlri) c.toValue();
    assertEquals("65000:1", r.rd().toString());
    assertEquals("192.0.2.0/24", r.prefix().toString());
  }

  @Test
  void malformedFieldsStopTheWalk() {
    ByteBuf tooLong = Hex.buf("21" + "0a000000" + "00");
    NlriCursor c = new NlriCursor().wrap(tooLong, 0, tooLong.readableBytes(), 1, 1, false);
    assertFalse(c.validate());
    assertEquals(0, c.errorOffset());
    ByteBuf overrun = Hex.buf("180a00");
    c.wrap(overrun, 0, overrun.readableBytes(), 1, 1, false);
    assertFalse(c.validate());
    ByteBuf v6 = Hex.buf("81" + "00".repeat(17));
    c.wrap(v6, 0, v6.readableBytes(), 2, 1, false);
    assertFalse(c.validate(), "IPv6 prefix longer than 128");
  }

  /**
   * ipv4() against a model, for every prefix length, with random bytes after each prefix (the next
   * route's, or the end of the field) that must never leak into the value, also when the field is
   * the last thing in the buffer.
   */
  @Test
  void ipv4ReadsOnlyThePrefixBits() {
    Random r = new Random(4271);
    NlriCursor c = new NlriCursor();
    for (int round = 0; round < 5_000; round++) {
      int n = 1 + r.nextInt(4);
      int[] bits = new int[n];
      int[] want = new int[n];
      ByteBuf b = Unpooled.buffer();
      for (int i = 0; i < n; i++) {
        bits[i] = r.nextInt(33);
        b.writeByte(bits[i]);
        int bytes = (bits[i] + 7) / 8;
        int v = 0;
        for (int k = 0; k < 4; k++) {
          int x = k < bytes ? r.nextInt(256) : 0;
          v = v << 8 | x;
          if (k < bytes) {
            b.writeByte(x);
          }
        }
        want[i] = bits[i] == 0 ? 0 : v & (int) (0xffffffffL << (32 - bits[i]));
      }
      byte[] exact = new byte[b.readableBytes()];
      b.readBytes(exact);
      ByteBuf field = Unpooled.wrappedBuffer(exact); // nothing after the field
      c.wrap(field, 0, exact.length, 1, 1, false);
      for (int i = 0; i < n; i++) {
        assertTrue(c.next());
        assertEquals(bits[i], c.prefixLength());
        assertEquals(want[i], c.ipv4(), "route " + i + " of round " + round);
      }
      assertFalse(c.next());
      assertFalse(c.malformed());
    }
  }

  @Test
  void aCursorNeverWrappedHasNoFamilyAndNoRoutes() {
    NlriCursor c = new NlriCursor();
    assertEquals(0, c.afi());
    assertEquals(0, c.safi());
    assertFalse(c.next());
    assertEquals(0, c.ipv4());
  }

  /** One cursor wrapped over one family after another decodes each as its own. */
  @Test
  void aCursorRewrappedOverAnotherFamilyTakesItsRules() {
    NlriCursor c = new NlriCursor();
    ByteBuf v4 = Hex.buf("18c00002");
    ByteBuf v6 = Hex.buf("3020010db80000");
    ByteBuf labeled = Hex.buf("30" + "000641" + "c00002");
    for (int round = 0; round < 2; round++) {
      c.wrap(v4, 0, v4.readableBytes(), 1, 1, false);
      assertTrue(c.next());
      assertEquals("192.0.2.0/24", c.prefix().toString());
      c.wrap(v6, 0, v6.readableBytes(), 2, 1, false);
      assertTrue(c.next());
      assertEquals("2001:db8::/48", c.prefix().toString());
      c.wrap(labeled, 0, labeled.readableBytes(), 1, 4, false);
      assertTrue(c.next());
      assertEquals(1, c.labelCount());
      assertEquals("192.0.2.0/24", c.prefix().toString());
      c.wrap(v6, 0, v6.readableBytes(), 1, 1, false);
      assertFalse(c.next(), "a /48 is no IPv4 prefix");
      assertTrue(c.malformed());
      c.wrap(v4, 0, v4.readableBytes(), 0, 0, false);
      assertTrue(c.isRaw(), "AFI 0 is kept raw");
    }
  }
}
