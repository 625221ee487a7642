package org.ixwire.sflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class SflowDecodeExceptionTest {
  @Test
  void carriesOffsetContextAndBoundedHexWindow() {
    ByteBuf b = Unpooled.wrappedBuffer(new byte[1000]);
    try {
      SflowDecodeException e = SflowDecodeException.of(b, 500, 0, 1000, "datagram", "bad");
      assertEquals(500, e.offset());
      assertEquals("datagram", e.context());
      String hex = e.getMessage().substring(e.getMessage().indexOf("bytes: ") + 7);
      assertTrue(hex.length() <= 32 * 3 + 8, hex);
      assertTrue(hex.contains(">00"), hex);
      assertEquals(0, e.getStackTrace().length);
    } finally {
      b.release();
    }
  }
}
