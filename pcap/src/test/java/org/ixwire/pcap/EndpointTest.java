package org.ixwire.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.net.InetAddresses;
import org.junit.jupiter.api.Test;

class EndpointTest {
  @Test
  void formatsAndValidates() {
    assertEquals(
        "192.0.2.1:179", new Endpoint(InetAddresses.forString("192.0.2.1"), 179).toString());
    assertEquals(
        "[2001:db8:0:0:0:0:0:1]:179",
        new Endpoint(InetAddresses.forString("2001:db8::1"), 179).toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Endpoint(InetAddresses.forString("192.0.2.1"), 70000));
  }
}
