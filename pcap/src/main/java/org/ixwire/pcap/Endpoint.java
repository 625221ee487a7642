package org.ixwire.pcap;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * An IP address and TCP/UDP port, immutable.
 *
 * @param address IPv4 or IPv6 address
 * @param port 0–65535
 */
public record Endpoint(InetAddress address, int port) {

  /** Validates the port. */
  public Endpoint {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /** {@code 192.0.2.1:179} or {@code [2001:db8:0:0:0:0:0:1]:179}. */
  @Override
  public String toString() {
    String a = address.getHostAddress();
    return address instanceof Inet6Address ? "[" + a + "]:" + port : a + ":" + port;
  }
}
