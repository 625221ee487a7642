package org.ixwire.bgp.attribute;

import org.ixwire.bgp.nlri.IpAddress;

/**
 * Helpers for 8-byte extended communities (RFC 4360), carried as a {@code long}: type (high byte,
 * with the IANA authority bit 0x80 and the transitive bit 0x40), sub-type, then six value bytes.
 * Unrecognised types are never an error (RFC 7606 §7.14).
 */
public final class ExtendedCommunity {
  private ExtendedCommunity() {}

  /** Type: transitive two-octet AS specific (RFC 4360 §3.1). */
  public static final int TYPE_TWO_OCTET_AS = 0x00;

  /** Type: transitive IPv4 address specific (RFC 4360 §3.2). */
  public static final int TYPE_IPV4_ADDRESS = 0x01;

  /** Type: transitive four-octet AS specific (RFC 5668). */
  public static final int TYPE_FOUR_OCTET_AS = 0x02;

  /** Type: transitive opaque (RFC 4360 §3.3). */
  public static final int TYPE_OPAQUE = 0x03;

  /** Type: EVPN (RFC 7432). */
  public static final int TYPE_EVPN = 0x06;

  /** Type: non-transitive two-octet AS specific (link bandwidth lives here). */
  public static final int TYPE_NON_TRANSITIVE_TWO_OCTET_AS = 0x40;

  /** Type: non-transitive opaque (origin validation state, RFC 8097). */
  public static final int TYPE_NON_TRANSITIVE_OPAQUE = 0x43;

  /** Type: generic transitive experimental (FlowSpec actions, RFC 8955). */
  public static final int TYPE_FLOWSPEC = 0x80;

  /** Sub-type: route target (RFC 4360 §4). */
  public static final int SUBTYPE_ROUTE_TARGET = 0x02;

  /** Sub-type: route origin (RFC 4360 §5). */
  public static final int SUBTYPE_ROUTE_ORIGIN = 0x03;

  /** Sub-type: link bandwidth (draft-ietf-idr-link-bandwidth), under type 0x40 or 0x00. */
  public static final int SUBTYPE_LINK_BANDWIDTH = 0x04;

  /** Sub-type: encapsulation (RFC 9012), under opaque type 0x03. */
  public static final int SUBTYPE_ENCAPSULATION = 0x0c;

  /** Sub-type: origin validation state (RFC 8097), under type 0x43. */
  public static final int SUBTYPE_ORIGIN_VALIDATION_STATE = 0x00;

  /** The type byte. */
  public static int type(long ec) {
    return (int) (ec >>> 56) & 0xff;
  }

  /** The sub-type byte. */
  public static int subtype(long ec) {
    return (int) (ec >>> 48) & 0xff;
  }

  /** Whether the transitive bit (0x40 of the type) is clear. */
  public static boolean isTransitive(long ec) {
    return (type(ec) & 0x40) == 0;
  }

  /** A two-octet-AS route target {@code asn:value}. */
  public static long routeTarget(int asn, long value) {
    return (long) SUBTYPE_ROUTE_TARGET << 48 | (long) (asn & 0xffff) << 32 | (value & 0xffffffffL);
  }

  /** A two-octet-AS route origin {@code asn:value}. */
  public static long routeOrigin(int asn, long value) {
    return (long) SUBTYPE_ROUTE_ORIGIN << 48 | (long) (asn & 0xffff) << 32 | (value & 0xffffffffL);
  }

  /** The link bandwidth in bytes per second (IEEE float) of a link-bandwidth community. */
  public static float linkBandwidth(long ec) {
    return Float.intBitsToFloat((int) ec);
  }

  /**
   * Text form: {@code rt:asn:value}, {@code soo:…}, {@code rt:a.b.c.d:value}, {@code
   * lbw:asn:bytes-per-second}, {@code ovs:valid|not-found|invalid}, {@code encap:type}, or {@code
   * 0xTTSS:value-hex} for others.
   */
  public static String toString(long ec) {
    int type = type(ec);
    int sub = subtype(ec);
    String kind = sub == SUBTYPE_ROUTE_TARGET ? "rt" : sub == SUBTYPE_ROUTE_ORIGIN ? "soo" : null;
    int t = type & 0xbf; // ignore the transitive bit for the layout
    if (kind != null && (type == 0x00 || type == 0x01 || type == 0x02)) {
      switch (t) {
        case TYPE_TWO_OCTET_AS:
          return kind + ":" + ((ec >>> 32) & 0xffff) + ":" + (ec & 0xffffffffL);
        case TYPE_IPV4_ADDRESS:
          return kind + ":" + IpAddress.ipv4((int) (ec >>> 16)) + ":" + (ec & 0xffff);
        case TYPE_FOUR_OCTET_AS:
          return kind + ":" + ((ec >>> 16) & 0xffffffffL) + ":" + (ec & 0xffff);
        default:
          break;
      }
    }
    if (sub == SUBTYPE_LINK_BANDWIDTH && (type == 0x40 || type == 0x00)) {
      return "lbw:" + ((ec >>> 32) & 0xffff) + ":" + linkBandwidth(ec);
    }
    if (type == TYPE_NON_TRANSITIVE_OPAQUE && sub == SUBTYPE_ORIGIN_VALIDATION_STATE) {
      int s = (int) (ec & 0xff);
      return "ovs:" + (s == 0 ? "valid" : s == 1 ? "not-found" : s == 2 ? "invalid" : "" + s);
    }
    if (type == TYPE_OPAQUE && sub == SUBTYPE_ENCAPSULATION) {
      return "encap:" + (ec & 0xffff);
    }
    return String.format("0x%02x%02x:%012x", type, sub, ec & 0xffffffffffffL);
  }
}
