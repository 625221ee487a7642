package org.ixwire.pcap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class HexWindowTest {
  @Test
  void boundedWindow() {
    ByteBuf b = Unpooled.wrappedBuffer(new byte[100]);
    try {
      String w = HexWindow.around(b, 50, 0, 100);
      assertTrue(w.startsWith("..00 00"), w);
      assertTrue(w.contains("[00]"));
      assertTrue(w.endsWith(".."));
      assertEquals(64, w.replaceAll("[^0-9a-f]", "").length());
      assertEquals("", HexWindow.around(b, 5, 10, 10));
      assertTrue(HexWindow.around(b, 100, 90, 100).endsWith("[end]"));
    } finally {
      b.release();
    }
  }
}
