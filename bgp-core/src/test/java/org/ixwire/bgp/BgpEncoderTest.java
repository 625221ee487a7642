package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.ixwire.bgp.message.Keepalive;
import org.ixwire.bgp.message.Notification;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class BgpEncoderTest {
  @Test
  void keepaliveAndNotification() {
    assertEquals(
        "ffffffffffffffffffffffffffffffff001304",
        Hex.of(BgpEncoder.toByteArray(Keepalive.INSTANCE, BgpSessionOptions.DEFAULT)));
    assertEquals(
        "ffffffffffffffffffffffffffffffff0015030602",
        Hex.of(BgpEncoder.toByteArray(Notification.of(6, 2), BgpSessionOptions.DEFAULT)));
  }

  @Test
  void lengthsMatchEncodedLengthAndTheMaximumIsEnforced() {
    Update.Builder b =
        Update.builder().origin(0).asPath(64500).nextHop(IpAddress.parse("192.0.2.1"));
    for (int i = 0; i < 1100; i++) {
      b.announce(PrefixNlri.unicast(IpAddress.ipv4(0x0a000000 + (i << 8)) + "/24"));
    }
    Update big = b.build();
    BgpSessionOptions ext = BgpSessionOptions.builder().extendedMessage(true).build();
    byte[] wire = BgpEncoder.toByteArray(big, ext);
    assertEquals(BgpEncoder.encodedLength(big, ext), wire.length);
    assertEquals(wire.length, Unpooled.wrappedBuffer(wire).getUnsignedShort(16));
    assertThrows(
        IllegalArgumentException.class,
        () -> BgpEncoder.encodedLength(big, BgpSessionOptions.DEFAULT));
    ByteBuf out = Unpooled.buffer();
    out.writeByte(7);
    assertThrows(
        IllegalArgumentException.class,
        () -> BgpEncoder.encode(big, BgpSessionOptions.DEFAULT, out));
    assertEquals(1, out.writerIndex(), "nothing of the refused message is left in the buffer");
    BgpEncoder.encode(big, ext, out);
    byte[] again = new byte[wire.length];
    out.getBytes(1, again);
    assertArrayEquals(wire, again);
  }
}
