package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class BgpFramingTest {
  private static final String MARKER = "ffffffffffffffffffffffffffffffff";

  @Test
  void findsMessageBoundaries() {
    ByteBuf b = Hex.buf(MARKER + "001304" + MARKER + "0017050001" + "0001");
    assertEquals(19, BgpFraming.frameLength(b, 0, b.readableBytes(), 4096));
    assertEquals(23, BgpFraming.frameLength(b, 19, b.readableBytes() - 19, 4096));
    assertEquals(-1, BgpFraming.frameLength(b, 19, 22, 4096), "incomplete message");
    assertEquals(-1, BgpFraming.frameLength(b, 0, 18, 4096), "incomplete header");
  }

  @Test
  void badMarkerIsConnectionNotSynchronized() {
    ByteBuf b = Hex.buf("ff".repeat(15) + "fe" + "001304");
    BgpDecodeException e =
        assertThrows(BgpDecodeException.class, () -> BgpFraming.checkHeader(b, 0, 4096));
    assertEquals(1, e.errorCode());
    assertEquals(1, e.errorSubcode());
    assertEquals(15, e.offset());
  }

  @Test
  void badLengthCarriesTheLengthAsData() {
    for (String hdr : new String[] {"001202", "101002", "001404", "001601", "001505"}) {
      ByteBuf b = Hex.buf(MARKER + hdr);
      BgpDecodeException e =
          assertThrows(BgpDecodeException.class, () -> BgpFraming.checkHeader(b, 0, 4096), hdr);
      assertEquals(1, e.errorCode());
      assertEquals(2, e.errorSubcode());
      assertArrayEquals(Hex.bytes(hdr.substring(0, 4)), e.errorData());
    }
  }

  @Test
  void extendedMessagesNeedNegotiation() {
    ByteBuf b = Hex.buf(MARKER + "200002");
    assertThrows(BgpDecodeException.class, () -> BgpFraming.checkHeader(b, 0, 4096));
    assertEquals(0x2000, BgpFraming.checkHeader(b, 0, 65535));
  }

  @Test
  void unknownTypeCarriesTheTypeAsData() {
    ByteBuf b = Hex.buf(MARKER + "001314");
    BgpDecodeException e =
        assertThrows(BgpDecodeException.class, () -> BgpFraming.checkHeader(b, 0, 4096));
    assertEquals(3, e.errorSubcode());
    assertArrayEquals(new byte[] {0x14}, e.errorData());
    assertEquals(18, e.offset());
  }
}
