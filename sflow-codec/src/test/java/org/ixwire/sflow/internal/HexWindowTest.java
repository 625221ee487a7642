package org.ixwire.sflow.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class HexWindowTest {
  @Test
  void marksOffsetAndEnd() {
    ByteBuf b = Hex.buf("00010203");
    try {
      assertEquals("00 01>02 03", HexWindow.around(b, 2, 0, 4));
      assertEquals("00 01 02 03 >(end)", HexWindow.around(b, 4, 0, 4));
    } finally {
      b.release();
    }
  }
}
