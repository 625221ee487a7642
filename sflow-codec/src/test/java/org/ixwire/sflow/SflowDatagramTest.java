package org.ixwire.sflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import org.ixwire.sflow.record.Bytes;
import org.junit.jupiter.api.Test;

class SflowDatagramTest {
  @Test
  void builderAndValidation() throws Exception {
    SflowDatagram d = TestDatagrams.flows();
    assertEquals(d, d.toBuilder().build());
    assertEquals(InetAddress.getByName("192.0.2.1"), d.agentInetAddress());
    assertNull(SflowDatagram.builder().build().agentInetAddress());
    assertEquals(
        Bytes.ofHex("20010db8000000000000000000000001"),
        SflowDatagram.builder()
            .agentAddress(InetAddress.getByName("2001:db8::1"))
            .build()
            .agentAddress());
    assertThrows(
        IllegalArgumentException.class,
        () -> SflowDatagram.builder().agentAddress(Bytes.ofHex("0102")).build());
    assertThrows(
        IllegalArgumentException.class, () -> SflowDatagram.builder().uptime(1L << 32).build());
  }
}
