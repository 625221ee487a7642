package org.ixwire.mrt.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.mrt.MrtDecodeException;
import org.ixwire.mrt.format.BgpdumpFormatter;
import org.junit.jupiter.api.Test;

class TableDumpViewTest {
  // view 0, seq 1, 192.0.2.0/24, status 1, originated 1600000000, peer 192.0.2.1 AS 4200000000,
  // attributes: ORIGIN IGP, AS_PATH (4-byte) 4200000000 64496
  static final String AS4_BODY =
      "0000 0001 c0000200 18 01 5f5e1000 c0000201 fa56ea00 0011"
          + " 40010100 4002 0a 0202 fa56ea00 0000fbf0";

  @Test
  void subtype3HasFourOctetAses() {
    ByteBuf b = RecordViewsSupport.record(1600000100L, 12, 3, AS4_BODY);
    try {
      TableDumpView v = new TableDumpView().wrap(RecordViewsSupport.view(b));
      assertTrue(v.fourOctetAs());
      assertEquals(1, v.sequence());
      assertEquals(24, v.prefixLength());
      assertEquals(1600000000L, v.originatedTime());
      assertEquals(IpAddress.parse("192.0.2.1"), v.peerAddress());
      assertEquals(4200000000L, v.peerAs());
      assertEquals(17, v.attributesLength());
      assertEquals(0, v.trailingBytes());
      StringBuilder sb = new StringBuilder();
      BgpdumpFormatter.builder().build().format(v.record(), sb);
      assertEquals(
          "TABLE_DUMP|1600000100|B|192.0.2.1|4200000000|192.0.2.0/24|4200000000 64496|IGP"
              + "|255.255.255.255|0|0||NAG||\n",
          sb.toString());
      sb.setLength(0);
      BgpdumpFormatter.builder().changeTime(true).build().format(v.record(), sb);
      assertTrue(sb.toString().startsWith("TABLE_DUMP|1600000000|B|"), sb.toString());
    } finally {
      b.release();
    }
  }

  @Test
  void truncatedEntryThrowsWithPosition() {
    ByteBuf b = RecordViewsSupport.record(1, 12, 1, "0000 0001 c0000200 18 01 5f5e1000 c000");
    try {
      MrtDecodeException e =
          assertThrows(
              MrtDecodeException.class, () -> new TableDumpView().wrap(RecordViewsSupport.view(b)));
      assertEquals(0, e.recordIndex());
      assertTrue(e.context().startsWith("TABLE_DUMP/AFI_IPv4/entry"), e.context());
    } finally {
      b.release();
    }
  }
}
