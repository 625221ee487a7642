package org.ixwire.bgp.message;

import org.jspecify.annotations.Nullable;

/**
 * A BGP message type (RFC 4271 §4.1, RFC 2918).
 *
 * <p>An open enum: {@link #of(int)} returns the named constant for a known code and a new {@code
 * UNKNOWN(n)} instance otherwise; instances compare by {@link #code()}.
 */
public final class MessageType implements Comparable<MessageType> {
  private static final MessageType[] KNOWN = new MessageType[256];

  /** OPEN (RFC 4271 §4.2). */
  public static final MessageType OPEN = register(1, "OPEN");

  /** UPDATE (RFC 4271 §4.3). */
  public static final MessageType UPDATE = register(2, "UPDATE");

  /** NOTIFICATION (RFC 4271 §4.5). */
  public static final MessageType NOTIFICATION = register(3, "NOTIFICATION");

  /** KEEPALIVE (RFC 4271 §4.4). */
  public static final MessageType KEEPALIVE = register(4, "KEEPALIVE");

  /** ROUTE-REFRESH (RFC 2918, RFC 7313). */
  public static final MessageType ROUTE_REFRESH = register(5, "ROUTE_REFRESH");

  private final int code;
  private final String name;

  private MessageType(int code, String name) {
    this.code = code;
    this.name = name;
  }

  private static MessageType register(int code, String name) {
    MessageType t = new MessageType(code, name);
    KNOWN[code] = t;
    return t;
  }

  /**
   * The constant for {@code code} (message code point, 0..255).
   *
   * @throws IllegalArgumentException if {@code code} is out of range
   */
  public static MessageType of(int code) {
    if (code < 0 || code > 255) {
      throw new IllegalArgumentException("MessageType out of range: " + code);
    }
    @Nullable MessageType t = KNOWN[code];
    return t != null ? t : new MessageType(code, "UNKNOWN(" + code + ")");
  }

  /** The numeric code point. */
  public int code() {
    return code;
  }

  /** The name of a known code point, or {@code UNKNOWN(n)}. */
  public String name() {
    return name;
  }

  /** Whether this code point is one of the named constants. */
  public boolean isKnown() {
    return !name.startsWith("UNKNOWN(");
  }

  @Override
  public int compareTo(MessageType o) {
    return Integer.compare(code, o.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MessageType && ((MessageType) o).code == code;
  }

  @Override
  public int hashCode() {
    return code;
  }

  @Override
  public String toString() {
    return name;
  }
}
