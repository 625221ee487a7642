package org.ixwire.sflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.ixwire.sflow.format.SflowtoolFormatter;

/**
 * Fuzzes the datagram decoder, the view path and the sflowtool formatter: no input may raise
 * anything but {@link SflowDecodeException}, and every accepted datagram re-encodes byte-exact.
 * Seeds: src/test/resources/org/ixwire/sflow/SflowDecoderFuzzTestInputs/decode (corpus datagrams).
 */
class SflowDecoderFuzzTest {

  @FuzzTest
  void decode(byte[] data) {
    ByteBuf buf = Unpooled.wrappedBuffer(data);
    StringBuilder text = new StringBuilder();
    new SflowtoolFormatter(SflowtoolFormatter.Mode.DEFAULT, text)
        .format(buf, 0, data.length, "-", 0, 0, 0, 0);
    new SflowtoolFormatter(SflowtoolFormatter.Mode.LINE, text)
        .format(buf, 0, data.length, "-", 0, 0, 0, 0);
    try {
      SflowDecoder.decodeAnyVersion(buf, 0, data.length);
    } catch (SflowDecodeException expected) {
      // v2/v4 and v5 framing errors are reported this way only
    }
    SflowDatagram d;
    try {
      d = SflowDecoder.decode(buf);
    } catch (SflowDecodeException expected) {
      return;
    }
    ByteBuf out = Unpooled.buffer(SflowEncoder.encodedLength(d));
    try {
      SflowEncoder.encode(d, out);
      byte[] b = new byte[out.readableBytes()];
      out.readBytes(b);
      assertArrayEquals(data, b);
    } finally {
      out.release();
    }
  }
}
