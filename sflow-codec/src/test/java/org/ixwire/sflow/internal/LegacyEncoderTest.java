package org.ixwire.sflow.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.ixwire.sflow.SflowDatagram;
import org.ixwire.sflow.SflowDecoder;
import org.ixwire.sflow.SflowEncoder;
import org.ixwire.sflow.sample.DiscardedPacketSample;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class LegacyEncoderTest {

  @Test
  void v4RoundTripsThroughTheV5Model() {
    ByteBuf in = Hex.buf(LegacyDecoderTest.V4);
    ByteBuf out = Unpooled.buffer();
    try {
      SflowDatagram d = SflowDecoder.decodeAnyVersion(in, 0, in.readableBytes());
      SflowEncoder.encodeLegacy(d, 4, out);
      assertEquals(SflowEncoder.encodedLengthLegacy(d, 4), out.readableBytes());
      assertEquals(d, SflowDecoder.decodeAnyVersion(out, 0, out.readableBytes()));
      // identical bytes except the counters sampling interval (0x1e), which v5 cannot carry
      String expected = Hex.of(in).replace("00000006000000030000001e", "000000060000000300000000");
      assertEquals(expected, Hex.of(out));
    } finally {
      in.release();
      out.release();
    }
  }

  @Test
  void rejectsWhatV2CannotCarry() {
    SflowDatagram d =
        SflowDatagram.builder().addSample(DiscardedPacketSample.builder().build()).build();
    ByteBuf out = Unpooled.buffer();
    try {
      assertThrows(IllegalArgumentException.class, () -> SflowEncoder.encodeLegacy(d, 2, out));
      assertThrows(IllegalArgumentException.class, () -> SflowEncoder.encodeLegacy(d, 3, out));
    } finally {
      out.release();
    }
  }
}
