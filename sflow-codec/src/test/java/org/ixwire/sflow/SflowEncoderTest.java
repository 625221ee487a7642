package org.ixwire.sflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import org.ixwire.sflow.record.Bytes;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class SflowEncoderTest {

  @Test
  void encodesExactLengthAndDecodesBack() {
    SflowDatagram d = TestDatagrams.flows();
    ByteBuf b = TestDatagrams.encode(d);
    try {
      assertEquals(SflowEncoder.encodedLength(d), b.readableBytes());
      assertEquals(d, SflowDecoder.decode(b));
    } finally {
      b.release();
    }
  }

  @Test
  void encodesEmptyDatagramHeaderCanonically() {
    SflowDatagram d =
        SflowDatagram.builder()
            .agentAddress(Bytes.ofHex("0a000001"))
            .subAgentId(1)
            .sequenceNumber(2)
            .uptime(3)
            .build();
    ByteBuf b = TestDatagrams.encode(d);
    try {
      assertEquals("00000005000000010a000001000000010000000200000003" + "00000000", Hex.of(b));
    } finally {
      b.release();
    }
  }
}
