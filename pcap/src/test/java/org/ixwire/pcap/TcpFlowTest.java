package org.ixwire.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.net.InetAddresses;
import org.junit.jupiter.api.Test;

class TcpFlowTest {
  @Test
  void serverAndClientFollowDirection() {
    Endpoint a = new Endpoint(InetAddresses.forString("10.0.0.1"), 40000);
    Endpoint b = new Endpoint(InetAddresses.forString("10.0.0.2"), 179);
    TcpFlow up = new TcpFlow(3, TcpDirection.TO_SERVER, a, b, true);
    TcpFlow down = new TcpFlow(3, TcpDirection.FROM_SERVER, b, a, true);
    assertEquals(b, up.server());
    assertEquals(b, down.server());
    assertEquals(a, down.client());
    assertEquals(TcpDirection.FROM_SERVER, TcpDirection.TO_SERVER.reverse());
    assertEquals("#3 10.0.0.2:179 > 10.0.0.1:40000", down.toString());
  }
}
