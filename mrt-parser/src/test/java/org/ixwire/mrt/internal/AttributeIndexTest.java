package org.ixwire.mrt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class AttributeIndexTest {
  @Test
  void firstOccurrenceExtendedLengthAndTruncation() {
    // ORIGIN, COMMUNITIES (extended length), ORIGIN again (ignored), then a truncated attribute
    ByteBuf b = Hex.buf("40010100 d0080004 fde80001 40010102 c0100a 0001");
    try {
      AttributeIndex a = new AttributeIndex().wrap(b, 0, b.readableBytes());
      assertTrue(a.has(1));
      assertEquals(3, a.index(1));
      assertEquals(1, a.length(1));
      assertEquals(0xd0, a.flags(8));
      assertEquals(4, a.length(8));
      assertEquals(2, a.count());
      assertEquals(8, a.typeAt(1));
      assertTrue(a.truncated());
      assertFalse(a.has(16));
      // re-wrapping forgets the previous attributes
      a.wrap(b, 0, 4);
      assertFalse(a.has(8));
      assertFalse(a.truncated());
    } finally {
      b.release();
    }
  }
}
