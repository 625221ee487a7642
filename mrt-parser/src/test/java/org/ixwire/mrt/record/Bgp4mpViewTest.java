package org.ixwire.mrt.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.mrt.MrtReader;
import org.ixwire.mrt.MrtWriter;
import org.ixwire.mrt.format.BgpdumpFormatter;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class Bgp4mpViewTest {
  // UPDATE: no withdrawals, ORIGIN IGP, AS_PATH 2-byte [65001], NEXT_HOP 192.0.2.9, NLRI path id 5
  // 198.51.100.0/24
  static final String UPDATE_ADDPATH =
      "ffffffffffffffffffffffffffffffff 0031 02 0000 0012 40010100 40020402 01fde9 400304 c0000209"
          + " 00000005 18c63364";

  @Test
  void localAddPathMessageWithTwoByteAs() {
    ByteBuf msg = Hex.buf(UPDATE_ADDPATH);
    ByteBuf out = Unpooled.buffer();
    try {
      assertEquals(0x31, msg.readableBytes());
      MrtWriter.writeBgp4mpMessage(
          1000,
          -1,
          MrtSubtype.BGP4MP_MESSAGE_LOCAL_ADDPATH,
          65001,
          65002,
          7,
          IpAddress.parse("192.0.2.1"),
          IpAddress.parse("192.0.2.2"),
          msg,
          out);
      try (MrtReader r = MrtReader.of(out)) {
        assertTrue(r.next());
        Bgp4mpView v = new Bgp4mpView().wrap(r.record());
        assertTrue(v.isLocal());
        assertTrue(v.isAddPath());
        assertEquals(false, v.fourOctetAs());
        assertEquals(7, v.interfaceIndex());
        assertEquals(65002, v.localAs());
        assertEquals(IpAddress.parse("192.0.2.2"), v.localAddress());
        assertTrue(v.sessionOptions().addPathReceive(AfiSafi.IPV4_UNICAST));
        assertEquals(2, v.messageType());
        StringBuilder sb = new StringBuilder();
        BgpdumpFormatter.builder().build().format(r.record(), sb);
        // _LOCAL lines print the local (sending) side
        assertEquals(
            "BGP4MP_LOCAL_AP|1000|A|192.0.2.2|65002|198.51.100.0/24|5|65001|IGP|192.0.2.9|0|0||NAG||\n",
            sb.toString());
      }
    } finally {
      msg.release();
      out.release();
    }
  }

  @Test
  void zebraEightByteStateChange() {
    ByteBuf b = RecordViewsSupport.record(9, 16, 0, "0000000000030004");
    try {
      Bgp4mpView v = new Bgp4mpView().wrap(RecordViewsSupport.view(b));
      assertTrue(v.isShortStateChange());
      assertEquals(0, v.peerAs());
      assertEquals(3, v.oldState());
      assertEquals(4, v.newState());
      assertEquals(IpAddress.parse("0.0.0.0"), v.peerAddress());
    } finally {
      b.release();
    }
  }
}
