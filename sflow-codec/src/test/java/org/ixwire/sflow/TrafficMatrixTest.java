package org.ixwire.sflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.netty.buffer.ByteBuf;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficMatrixTest {

  @Test
  void scalesBySamplingRatePerMacPairAndVlan() {
    ByteBuf b = TestDatagrams.encode(TestDatagrams.flows());
    try {
      TrafficMatrix m = new TrafficMatrix();
      m.add(b, 0, b.readableBytes());
      assertEquals(2, m.cells().size());
      TrafficMatrix.Cell c = m.cell("000000000001", "000000000002", 100);
      assertNotNull(c);
      assertEquals(1000 * 512 + 1000 * 1024, c.bytes());
      assertEquals(2000, c.packets());
      assertEquals(c.bytes(), c.ipv4Bytes());
      assertEquals(2, c.samples());
      assertEquals((1000 * 512 + 1000 * 1024) / 60, m.perSecond(60).get(0).bytes());
    } finally {
      b.release();
    }
  }

  @Test
  void mapsMacsToMembers() {
    ByteBuf b = TestDatagrams.encode(TestDatagrams.flows());
    try {
      TrafficMatrix m =
          new TrafficMatrix(
              Map.of(TrafficMatrix.parseMac("00:00:00:00:00:01"), "AS65001", 2L, "AS65002"));
      m.add(b, 0, b.readableBytes());
      TrafficMatrix.Cell back = m.cell("AS65002", "AS65001", 100);
      assertNotNull(back);
      assertEquals(500 * 64, back.bytes());
      m.reset();
      assertEquals(0, m.cells().size());
    } finally {
      b.release();
    }
  }
}
