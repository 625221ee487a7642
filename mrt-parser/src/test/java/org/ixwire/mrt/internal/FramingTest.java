package org.ixwire.mrt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.buffer.ByteBuf;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class FramingTest {
  private static String check(String header) {
    ByteBuf b = Hex.buf(header);
    try {
      String r = Framing.implausible(b, 0, 1 << 20);
      return r == null ? "ok" : r;
    } finally {
      b.release();
    }
  }

  @Test
  void plausibility() {
    assertEquals("ok", check("38dc3668 000d 0002 00000100"));
    assertEquals("unknown type 14458", check("38dc3668 387a 0002 00000100"));
    assertEquals("unknown subtype 13 of TABLE_DUMP_V2", check("38dc3668 000d 000d 00000100"));
    assertEquals("length 14556 too long for UPDATE", check("38dc3668 0005 0001 000038dc"));
    assertEquals("length 2097152 exceeds 1048576", check("38dc3668 000d 0002 00200000"));
    assertEquals(
        "length 2 of an _ET record lacks the microseconds", check("38dc3668 0011 0004 00000002"));
    assertEquals("length 100 too long for STATE_CHANGE", check("38dc3668 0010 0000 00000064"));
    assertNull(Framing.implausible(Hex.buf("00000000 0030 0009 00000010"), 0, 100));
  }
}
