package org.ixwire.bgp.message;

/** KEEPALIVE (RFC 4271 §4.4): a header only. */
public record Keepalive() implements BgpMessage {
  /** The KEEPALIVE. */
  public static final Keepalive INSTANCE = new Keepalive();

  @Override
  public MessageType type() {
    return MessageType.KEEPALIVE;
  }
}
