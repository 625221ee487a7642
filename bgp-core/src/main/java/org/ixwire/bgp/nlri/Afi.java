package org.ixwire.bgp.nlri;

import org.jspecify.annotations.Nullable;

/**
 * An Address Family Identifier (IANA Address Family Numbers, RFC 4760).
 *
 * <p>An open enum: {@link #of(int)} returns the named constant for a known code and a new {@code
 * UNKNOWN(n)} instance otherwise; instances compare by {@link #code()}.
 */
public final class Afi implements Comparable<Afi> {
  private static final java.util.Map<Integer, Afi> KNOWN = new java.util.HashMap<>();

  /** IPv4. */
  public static final Afi IPV4 = register(1, "IPV4");

  /** IPv6. */
  public static final Afi IPV6 = register(2, "IPV6");

  /** Layer-2 VPN (RFC 4761, RFC 7432). */
  public static final Afi L2VPN = register(25, "L2VPN");

  /** BGP-LS (RFC 9552). */
  public static final Afi BGP_LS = register(16388, "BGP_LS");

  private final int code;
  private final String name;

  private Afi(int code, String name) {
    this.code = code;
    this.name = name;
  }

  private static Afi register(int code, String name) {
    Afi t = new Afi(code, name);
    KNOWN.put(code, t);
    return t;
  }

  /**
   * The constant for {@code code} (nlri code point, 0..65535).
   *
   * @throws IllegalArgumentException if {@code code} is out of range
   */
  public static Afi of(int code) {
    if (code < 0 || code > 65535) {
      throw new IllegalArgumentException("Afi out of range: " + code);
    }
    @Nullable Afi t = KNOWN.get(code);
    return t != null ? t : new Afi(code, "UNKNOWN(" + code + ")");
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
  public int compareTo(Afi o) {
    return Integer.compare(code, o.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Afi && ((Afi) o).code == code;
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
