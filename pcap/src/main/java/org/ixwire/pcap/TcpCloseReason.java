package org.ixwire.pcap;

/** Why {@link TcpStreamListener#onClose} ended a direction of a TCP connection. */
public enum TcpCloseReason {
  /** Every byte up to this direction's FIN was delivered (RFC 9293 §3.6). */
  FIN,
  /** A RST was seen in either direction. */
  RST,
  /** A SYN with a new initial sequence number reused the 4-tuple: the old connection ended. */
  REUSED,
  /** The connection was evicted to respect the reassembler's connection limit. */
  EVICTED,
  /** {@link TcpReassembler#finish()} was called (end of capture) before a FIN or RST. */
  END_OF_CAPTURE
}
