package org.ixwire.pcap.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class FragmentReassemblerTest {
  private static final byte[] SRC = {1, 2, 3, 4};
  private static final byte[] DST = {5, 6, 7, 8};

  private static byte[] add(
      FragmentReassembler r, long id, int off, boolean more, byte[] d, long ts) {
    ByteBuf b = Unpooled.wrappedBuffer(d);
    try {
      return r.add(4, SRC, DST, 4, id, 17, off, more, b, 0, d.length, ts);
    } finally {
      b.release();
    }
  }

  @Test
  void overlapsDuplicatesAndBounds() {
    FragmentReassembler r = new FragmentReassembler(2, 1 << 20, 1000);
    byte[] a = {1, 1, 1, 1, 1, 1, 1, 1};
    byte[] b = {2, 2, 2, 2, 2, 2, 2, 2, 3, 3};
    assertNull(add(r, 1, 8, false, b, 0));
    assertNull(add(r, 1, 8, false, b, 0)); // duplicate
    byte[] whole = add(r, 1, 0, true, a, 0);
    assertArrayEquals(new byte[] {1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3}, whole);
    // bounds: at most 2 pending, the oldest is dropped
    assertNull(add(r, 2, 0, true, a, 0));
    assertNull(add(r, 3, 0, true, a, 0));
    assertNull(add(r, 4, 0, true, a, 0));
    assertEquals(2, r.pendingDatagrams());
    assertEquals(1, r.dropped());
    // timeout
    assertNull(add(r, 5, 0, true, a, 5000));
    assertEquals(1, r.pendingDatagrams());
    // oversized
    assertNull(add(r, 6, 65528, false, a, 5000));
    assertEquals(4, r.dropped());
    assertEquals(1, r.completed());
  }
}
