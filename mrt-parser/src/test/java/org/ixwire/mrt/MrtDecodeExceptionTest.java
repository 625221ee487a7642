package org.ixwire.mrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class MrtDecodeExceptionTest {
  @Test
  void carriesPositionContextAndABoundedHexWindow() {
    ByteBuf buf = Unpooled.buffer(1000).writeZero(1000);
    try {
      buf.setByte(500, 0xab);
      MrtDecodeException e =
          MrtDecodeException.of(buf, 500, 0, 1000, 123456L, 42, "TABLE_DUMP_V2/x", "bad");
      assertEquals(123456L, e.fileOffset());
      assertEquals(42, e.recordIndex());
      assertEquals(500, e.offset());
      assertEquals("TABLE_DUMP_V2/x", e.context());
      assertEquals("bad", e.reason());
      assertTrue(e.getMessage().contains("[ab]"), e.getMessage());
      String hex = e.getMessage().substring(e.getMessage().indexOf("bytes: ") + 7);
      assertTrue(hex.replaceAll("[^0-9a-f]", "").length() <= 64, hex);
      assertEquals(0, e.getStackTrace().length);
    } finally {
      buf.release();
    }
  }
}
