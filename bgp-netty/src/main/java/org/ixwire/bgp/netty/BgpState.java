package org.ixwire.bgp.netty;

/** The states of the BGP finite state machine (RFC 4271 §8.2.2). */
public enum BgpState {
  /** Refuses connections; waits for a start event (or the IdleHold timer after an error). */
  IDLE,
  /** Waiting for the outbound TCP connection to complete. */
  CONNECT,
  /** Listening for an inbound connection (the ConnectRetry timer may start an outbound one). */
  ACTIVE,
  /** OPEN sent, waiting for the peer's OPEN. */
  OPEN_SENT,
  /** OPENs exchanged, KEEPALIVE sent, waiting for the peer's KEEPALIVE. */
  OPEN_CONFIRM,
  /** The session is up: UPDATE, KEEPALIVE, ROUTE-REFRESH and NOTIFICATION flow. */
  ESTABLISHED
}
