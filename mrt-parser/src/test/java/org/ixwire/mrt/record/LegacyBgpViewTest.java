package org.ixwire.mrt.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.mrt.format.BgpdumpFormatter;
import org.junit.jupiter.api.Test;

class LegacyBgpViewTest {
  @Test
  void updateAndStateChange() {
    // peer AS 4608 203.37.255.126, local AS 12654 193.0.0.1, UPDATE body withdrawing 24.216.16/24
    ByteBuf u =
        RecordViewsSupport.record(
            953955943L, 5, 1, "1200 cb25ff7e 316e c1000001 0004 1818d810 0000");
    ByteBuf s = RecordViewsSupport.record(936348099L, 5, 3, "0d05 c1000038 0001 0002");
    try {
      LegacyBgpView v = new LegacyBgpView().wrap(RecordViewsSupport.view(u));
      assertEquals(4608, v.peerAs());
      assertEquals(IpAddress.parse("203.37.255.126"), v.peerAddress());
      assertEquals(12654, v.localAs());
      assertEquals(8, v.messageBodyLength());
      StringBuilder sb = new StringBuilder();
      BgpdumpFormatter f = BgpdumpFormatter.builder().build();
      f.format(v.record(), sb);
      // bgpdump 1.6.2 prints the peer address as the withdrawn prefix's address
      assertEquals("BGP|953955943|W|203.37.255.126|4608|203.37.255.126/24\n", sb.toString());
      LegacyBgpView st = new LegacyBgpView().wrap(RecordViewsSupport.view(s));
      assertEquals(1, st.oldState());
      assertEquals(2, st.newState());
      sb.setLength(0);
      f.format(st.record(), sb);
      assertEquals("BGP|936348099|STATE|193.0.0.56|3333|1|2\n", sb.toString());
    } finally {
      u.release();
      s.release();
    }
  }
}
