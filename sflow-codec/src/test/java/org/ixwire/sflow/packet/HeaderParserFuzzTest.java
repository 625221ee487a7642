package org.ixwire.sflow.packet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Fuzzes sampled-header parsing: the first byte selects the header protocol, the rest is the
 * header. Parsing must never throw nor read outside the header. Seeds: corpus sampled headers.
 */
class HeaderParserFuzzTest {
  private final PacketFacts facts = new PacketFacts();

  @FuzzTest
  void parse(byte[] data) {
    if (data.length == 0) {
      return;
    }
    // surround the header with guard bytes: a read outside it would show in the facts' offsets
    ByteBuf buf = Unpooled.buffer(data.length + 16);
    buf.writeZero(8).writeBytes(data, 1, data.length - 1).writeZero(8);
    HeaderParser.parse(buf, 8, data.length - 1, data[0] & 0xff, facts);
    assertTrue(facts.l4Offset == 0 || facts.l4Offset >= 8 && facts.l4Offset <= data.length + 7);
  }
}
