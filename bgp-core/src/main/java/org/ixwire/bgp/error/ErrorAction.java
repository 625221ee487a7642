package org.ixwire.bgp.error;

/**
 * What a BGP speaker does about a malformed UPDATE (RFC 7606 §2), ordered from weakest to
 * strongest. When one UPDATE has several problems the strongest action applies (RFC 7606 §3 (j)).
 */
public enum ErrorAction {
  /** Nothing is wrong. */
  NONE,
  /** The malformed attribute is ignored; the route is kept (RFC 7606 §2 "attribute discard"). */
  ATTRIBUTE_DISCARD,
  /**
   * Every prefix of the UPDATE is handled as withdrawn (RFC 7606 §2 "treat-as-withdraw"); the
   * session stays up.
   */
  TREAT_AS_WITHDRAW,
  /** The address family of the malformed MP attribute is disabled (RFC 7606 §2, RFC 4760 §7). */
  AFI_SAFI_DISABLE,
  /** A NOTIFICATION is sent and the session is closed (RFC 4271 §6, RFC 7606 §2). */
  SESSION_RESET;

  /** The stronger of this action and {@code other}. */
  public ErrorAction max(ErrorAction other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
