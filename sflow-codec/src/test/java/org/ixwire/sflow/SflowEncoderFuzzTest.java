package org.ixwire.sflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Typed round trip: datagram values generated from the fuzzer's data over every known record
 * structure (plus opaque records and unknown samples) satisfy {@code decode(encode(v)) == v}.
 */
class SflowEncoderFuzzTest {

  @FuzzTest
  void roundTrip(FuzzedDataProvider data) {
    SflowDatagram v = ValueGenerator.datagram(data);
    ByteBuf out = Unpooled.buffer(SflowEncoder.encodedLength(v));
    try {
      SflowEncoder.encode(v, out);
      assertEquals(SflowEncoder.encodedLength(v), out.readableBytes());
      assertEquals(v, SflowDecoder.decode(out));
    } finally {
      out.release();
    }
  }
}
