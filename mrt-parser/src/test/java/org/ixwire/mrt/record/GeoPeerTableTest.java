package org.ixwire.mrt.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import org.junit.jupiter.api.Test;

class GeoPeerTableTest {
  @Test
  void decodesCoordinatesIncludingNaN() {
    // collector 192.0.2.1 at 52.37/4.89 (floats), 1 peer type 0 id 10.0.0.1 with NaN position
    String body = "c0000201 42517ae1 409c7ae1 0001 00 0a000001 7fc00000 7fc00000";
    ByteBuf b = RecordViewsSupport.record(7, 13, 7, body);
    try {
      GeoPeerTable t = GeoPeerTable.decode(RecordViewsSupport.view(b));
      assertEquals(0xc0000201L, t.collectorBgpId());
      assertEquals(52.37f, t.collectorLatitude(), 0.001f);
      assertEquals(4.89f, t.collectorLongitude(), 0.001f);
      assertEquals(1, t.peerCount());
      assertEquals(0x0a000001L, t.peerBgpId(0));
      assertTrue(Float.isNaN(t.peerLatitude(0)));
      assertTrue(Float.isNaN(t.peerLongitude(0)));
    } finally {
      b.release();
    }
  }
}
