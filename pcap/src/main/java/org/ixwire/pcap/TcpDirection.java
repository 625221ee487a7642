package org.ixwire.pcap;

/** Direction of a TCP byte stream relative to the server (the side on a server port). */
public enum TcpDirection {
  /** Client to server: bytes sent to the server port. */
  TO_SERVER,
  /** Server to client: bytes sent from the server port. */
  FROM_SERVER;

  /** The other direction. */
  public TcpDirection reverse() {
    return this == TO_SERVER ? FROM_SERVER : TO_SERVER;
  }
}
