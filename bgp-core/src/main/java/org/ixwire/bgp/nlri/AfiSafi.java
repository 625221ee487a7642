package org.ixwire.bgp.nlri;

import org.jspecify.annotations.Nullable;

/**
 * An address family: AFI plus SAFI (RFC 4760 §3), as negotiated by the multiprotocol capability and
 * carried in MP_REACH_NLRI / MP_UNREACH_NLRI.
 */
public final class AfiSafi implements Comparable<AfiSafi> {
  /** IPv4 unicast (1/1). */
  public static final AfiSafi IPV4_UNICAST = new AfiSafi(Afi.IPV4, Safi.UNICAST);

  /** IPv4 multicast (1/2). */
  public static final AfiSafi IPV4_MULTICAST = new AfiSafi(Afi.IPV4, Safi.MULTICAST);

  /** IPv4 labeled unicast (1/4, RFC 8277). */
  public static final AfiSafi IPV4_LABELED_UNICAST = new AfiSafi(Afi.IPV4, Safi.LABELED_UNICAST);

  /** VPNv4 (1/128, RFC 4364). */
  public static final AfiSafi IPV4_MPLS_VPN = new AfiSafi(Afi.IPV4, Safi.MPLS_VPN);

  /** IPv6 unicast (2/1). */
  public static final AfiSafi IPV6_UNICAST = new AfiSafi(Afi.IPV6, Safi.UNICAST);

  /** IPv6 multicast (2/2). */
  public static final AfiSafi IPV6_MULTICAST = new AfiSafi(Afi.IPV6, Safi.MULTICAST);

  /** IPv6 labeled unicast (2/4, RFC 8277). */
  public static final AfiSafi IPV6_LABELED_UNICAST = new AfiSafi(Afi.IPV6, Safi.LABELED_UNICAST);

  /** VPNv6 (2/128, RFC 4659). */
  public static final AfiSafi IPV6_MPLS_VPN = new AfiSafi(Afi.IPV6, Safi.MPLS_VPN);

  private final Afi afi;
  private final Safi safi;

  private AfiSafi(Afi afi, Safi safi) {
    this.afi = afi;
    this.safi = safi;
  }

  /** The address family for the given code points. */
  public static AfiSafi of(Afi afi, Safi safi) {
    return new AfiSafi(afi, safi);
  }

  /** The address family for the given numeric code points. */
  public static AfiSafi of(int afi, int safi) {
    return new AfiSafi(Afi.of(afi), Safi.of(safi));
  }

  /**
   * Parses names as used by the CLI and documentation: {@code ipv4-unicast}, {@code
   * ipv6-multicast}, {@code ipv4-labeled-unicast}, {@code ipv4-vpn}, {@code ipv6-vpn}, or numeric
   * {@code 1/1}.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static AfiSafi parse(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    int slash = t.indexOf('/');
    if (slash > 0) {
      try {
        return of(
            Integer.parseInt(t.substring(0, slash)), Integer.parseInt(t.substring(slash + 1)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not an AFI/SAFI: " + text, e);
      }
    }
    switch (t) {
      case "ipv4-unicast":
      case "ipv4":
        return IPV4_UNICAST;
      case "ipv4-multicast":
        return IPV4_MULTICAST;
      case "ipv4-labeled-unicast":
      case "ipv4-mpls":
        return IPV4_LABELED_UNICAST;
      case "ipv4-vpn":
      case "vpnv4":
        return IPV4_MPLS_VPN;
      case "ipv6-unicast":
      case "ipv6":
        return IPV6_UNICAST;
      case "ipv6-multicast":
        return IPV6_MULTICAST;
      case "ipv6-labeled-unicast":
      case "ipv6-mpls":
        return IPV6_LABELED_UNICAST;
      case "ipv6-vpn":
      case "vpnv6":
        return IPV6_MPLS_VPN;
      default:
        throw new IllegalArgumentException("not an AFI/SAFI: " + text);
    }
  }

  /** The AFI. */
  public Afi afi() {
    return afi;
  }

  /** The SAFI. */
  public Safi safi() {
    return safi;
  }

  /** {@code afi << 8 | safi}, a compact key. */
  public int key() {
    return afi.code() << 8 | safi.code();
  }

  /** Whether NLRI of this family are plain IP prefixes (unicast or multicast, IPv4 or IPv6). */
  public boolean isPlainIp() {
    int a = afi.code();
    int s = safi.code();
    return (a == 1 || a == 2) && (s == 1 || s == 2);
  }

  @Override
  public int compareTo(AfiSafi o) {
    return Integer.compare(key(), o.key());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AfiSafi && ((AfiSafi) o).key() == key();
  }

  @Override
  public int hashCode() {
    return key();
  }

  /** E.g. {@code ipv4-unicast}, or {@code 25/70} for families without a short name. */
  @Override
  public String toString() {
    String a;
    switch (afi.code()) {
      case 1:
        a = "ipv4";
        break;
      case 2:
        a = "ipv6";
        break;
      default:
        return afi.code() + "/" + safi.code();
    }
    switch (safi.code()) {
      case 1:
        return a + "-unicast";
      case 2:
        return a + "-multicast";
      case 4:
        return a + "-labeled-unicast";
      case 128:
        return a + "-vpn";
      default:
        return afi.code() + "/" + safi.code();
    }
  }
}
