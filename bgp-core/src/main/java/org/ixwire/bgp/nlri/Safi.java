package org.ixwire.bgp.nlri;

import org.jspecify.annotations.Nullable;

/**
 * A Subsequent Address Family Identifier (IANA SAFI registry, RFC 4760).
 *
 * <p>An open enum: {@link #of(int)} returns the named constant for a known code and a new {@code
 * UNKNOWN(n)} instance otherwise; instances compare by {@link #code()}.
 */
public final class Safi implements Comparable<Safi> {
  private static final Safi[] KNOWN = new Safi[256];

  /** Unicast forwarding (RFC 4760). */
  public static final Safi UNICAST = register(1, "UNICAST");

  /** Multicast forwarding (RFC 4760). */
  public static final Safi MULTICAST = register(2, "MULTICAST");

  /** NLRI with MPLS labels (RFC 8277). */
  public static final Safi LABELED_UNICAST = register(4, "LABELED_UNICAST");

  /** Multicast VPN (RFC 6514). */
  public static final Safi MCAST_VPN = register(5, "MCAST_VPN");

  /** Tunnel SAFI. */
  public static final Safi TUNNEL = register(64, "TUNNEL");

  /** VPLS (RFC 4761). */
  public static final Safi VPLS = register(65, "VPLS");

  /** MDT (RFC 6037). */
  public static final Safi MDT = register(66, "MDT");

  /** EVPN (RFC 7432). */
  public static final Safi EVPN = register(70, "EVPN");

  /** BGP-LS (RFC 9552). */
  public static final Safi BGP_LS = register(71, "BGP_LS");

  /** BGP-LS VPN (RFC 9552). */
  public static final Safi BGP_LS_VPN = register(72, "BGP_LS_VPN");

  /** SR TE Policy (RFC 9830). */
  public static final Safi SR_TE_POLICY = register(73, "SR_TE_POLICY");

  /** SRv6 Mobile User Plane (draft). */
  public static final Safi MUP = register(85, "MUP");

  /** MPLS-labeled VPN address (RFC 4364). */
  public static final Safi MPLS_VPN = register(128, "MPLS_VPN");

  /** Multicast for BGP/MPLS IP VPNs (RFC 6513). */
  public static final Safi MCAST_MPLS_VPN = register(129, "MCAST_MPLS_VPN");

  /** Route Target constraint (RFC 4684). */
  public static final Safi RT_CONSTRAINT = register(132, "RT_CONSTRAINT");

  /** Dissemination of Flow Specification rules (RFC 8955). */
  public static final Safi FLOWSPEC = register(133, "FLOWSPEC");

  /** L3VPN Dissemination of Flow Specification rules (RFC 8955). */
  public static final Safi FLOWSPEC_VPN = register(134, "FLOWSPEC_VPN");

  private final int code;
  private final String name;

  private Safi(int code, String name) {
    this.code = code;
    this.name = name;
  }

  private static Safi register(int code, String name) {
    Safi t = new Safi(code, name);
    KNOWN[code] = t;
    return t;
  }

  /**
   * The constant for {@code code} (nlri code point, 0..255).
   *
   * @throws IllegalArgumentException if {@code code} is out of range
   */
  public static Safi of(int code) {
    if (code < 0 || code > 255) {
      throw new IllegalArgumentException("Safi out of range: " + code);
    }
    @Nullable Safi t = KNOWN[code];
    return t != null ? t : new Safi(code, "UNKNOWN(" + code + ")");
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
  public int compareTo(Safi o) {
    return Integer.compare(code, o.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Safi && ((Safi) o).code == code;
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
