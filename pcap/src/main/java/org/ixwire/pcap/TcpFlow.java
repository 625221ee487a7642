package org.ixwire.pcap;

/**
 * One direction of one TCP connection, an immutable value handed to {@link TcpStreamListener}.
 *
 * <p>Both directions of a connection share its {@link #connectionId()}, assigned in order of first
 * appearance by one {@link TcpReassembler} (a reused 4-tuple after a close or new SYN gets a new
 * id). The server is the side whose port is one of the reassembler's server ports.
 *
 * @param connectionId 1-based id of the connection within its reassembler
 * @param direction whether bytes flow to or from the server
 * @param source sender of this direction's bytes
 * @param destination receiver of this direction's bytes
 * @param synSeen whether this direction's SYN was seen (false: the capture started mid-stream and
 *     delivery began at the first data byte seen)
 */
public record TcpFlow(
    long connectionId,
    TcpDirection direction,
    Endpoint source,
    Endpoint destination,
    boolean synSeen) {

  /** The server endpoint (destination when {@link TcpDirection#TO_SERVER}). */
  public Endpoint server() {
    return direction == TcpDirection.TO_SERVER ? destination : source;
  }

  /** The client endpoint. */
  public Endpoint client() {
    return direction == TcpDirection.TO_SERVER ? source : destination;
  }

  /** E.g. {@code #3 192.0.2.1:40001 > 192.0.2.2:179}. */
  @Override
  public String toString() {
    return "#" + connectionId + " " + source + " > " + destination;
  }
}
