package org.ixwire.bgp.message;

/**
 * A BGP message as an immutable value (RFC 4271 §4). Encode with {@link org.ixwire.bgp.BgpEncoder};
 * decode with {@link org.ixwire.bgp.BgpDecoder}.
 */
public sealed interface BgpMessage permits Open, Update, Notification, Keepalive, RouteRefresh {
  /** The message type. */
  MessageType type();
}
