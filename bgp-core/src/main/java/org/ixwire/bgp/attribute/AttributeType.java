package org.ixwire.bgp.attribute;

import org.jspecify.annotations.Nullable;

/**
 * A path attribute type code (RFC 4271 §5 and the IANA BGP Path Attributes registry).
 *
 * <p>An open enum: {@link #of(int)} returns the named constant for a known code and a new {@code
 * UNKNOWN(n)} instance otherwise; instances compare by {@link #code()}.
 */
public final class AttributeType implements Comparable<AttributeType> {
  private static final AttributeType[] KNOWN = new AttributeType[256];

  /** ORIGIN (RFC 4271 §5.1.1), well-known mandatory. */
  public static final AttributeType ORIGIN = register(1, "ORIGIN");

  /** AS_PATH (RFC 4271 §5.1.2), well-known mandatory. */
  public static final AttributeType AS_PATH = register(2, "AS_PATH");

  /** NEXT_HOP (RFC 4271 §5.1.3), well-known mandatory for IPv4 NLRI. */
  public static final AttributeType NEXT_HOP = register(3, "NEXT_HOP");

  /** MULTI_EXIT_DISC (RFC 4271 §5.1.4), optional non-transitive. */
  public static final AttributeType MULTI_EXIT_DISC = register(4, "MULTI_EXIT_DISC");

  /** LOCAL_PREF (RFC 4271 §5.1.5), well-known, iBGP only. */
  public static final AttributeType LOCAL_PREF = register(5, "LOCAL_PREF");

  /** ATOMIC_AGGREGATE (RFC 4271 §5.1.6), well-known discretionary. */
  public static final AttributeType ATOMIC_AGGREGATE = register(6, "ATOMIC_AGGREGATE");

  /** AGGREGATOR (RFC 4271 §5.1.7, RFC 6793), optional transitive. */
  public static final AttributeType AGGREGATOR = register(7, "AGGREGATOR");

  /** COMMUNITIES (RFC 1997), optional transitive. */
  public static final AttributeType COMMUNITIES = register(8, "COMMUNITIES");

  /** ORIGINATOR_ID (RFC 4456), optional non-transitive. */
  public static final AttributeType ORIGINATOR_ID = register(9, "ORIGINATOR_ID");

  /** CLUSTER_LIST (RFC 4456), optional non-transitive. */
  public static final AttributeType CLUSTER_LIST = register(10, "CLUSTER_LIST");

  /** MP_REACH_NLRI (RFC 4760 §3), optional non-transitive. */
  public static final AttributeType MP_REACH_NLRI = register(14, "MP_REACH_NLRI");

  /** MP_UNREACH_NLRI (RFC 4760 §4), optional non-transitive. */
  public static final AttributeType MP_UNREACH_NLRI = register(15, "MP_UNREACH_NLRI");

  /** EXTENDED COMMUNITIES (RFC 4360), optional transitive. */
  public static final AttributeType EXTENDED_COMMUNITIES = register(16, "EXTENDED_COMMUNITIES");

  /** AS4_PATH (RFC 6793), optional transitive. */
  public static final AttributeType AS4_PATH = register(17, "AS4_PATH");

  /** AS4_AGGREGATOR (RFC 6793), optional transitive. */
  public static final AttributeType AS4_AGGREGATOR = register(18, "AS4_AGGREGATOR");

  /** PMSI_TUNNEL (RFC 6514), optional transitive. */
  public static final AttributeType PMSI_TUNNEL = register(22, "PMSI_TUNNEL");

  /** Tunnel Encapsulation (RFC 9012), optional transitive. */
  public static final AttributeType TUNNEL_ENCAPSULATION = register(23, "TUNNEL_ENCAPSULATION");

  /** Traffic Engineering (RFC 5543). */
  public static final AttributeType TRAFFIC_ENGINEERING = register(24, "TRAFFIC_ENGINEERING");

  /** IPv6 Address Specific Extended Community (RFC 5701), optional transitive. */
  public static final AttributeType IPV6_EXTENDED_COMMUNITIES =
      register(25, "IPV6_EXTENDED_COMMUNITIES");

  /** AIGP (RFC 7311), optional non-transitive. */
  public static final AttributeType AIGP = register(26, "AIGP");

  /** PE Distinguisher Labels (RFC 6514). */
  public static final AttributeType PE_DISTINGUISHER_LABELS =
      register(27, "PE_DISTINGUISHER_LABELS");

  /** BGP-LS Attribute (RFC 9552), optional non-transitive. */
  public static final AttributeType BGP_LS = register(29, "BGP_LS");

  /** LARGE_COMMUNITY (RFC 8092), optional transitive. */
  public static final AttributeType LARGE_COMMUNITIES = register(32, "LARGE_COMMUNITIES");

  /** BGPsec_Path (RFC 8205), optional non-transitive. */
  public static final AttributeType BGPSEC_PATH = register(33, "BGPSEC_PATH");

  /** Only to Customer (RFC 9234 §5), optional transitive. */
  public static final AttributeType OTC = register(35, "OTC");

  /** SFP attribute (RFC 9015). */
  public static final AttributeType SFP = register(37, "SFP");

  /** BFD Discriminator (RFC 9026). */
  public static final AttributeType BFD_DISCRIMINATOR = register(38, "BFD_DISCRIMINATOR");

  /** BGP Prefix-SID (RFC 8669), optional transitive. */
  public static final AttributeType PREFIX_SID = register(40, "PREFIX_SID");

  /** ATTR_SET (RFC 6368), optional transitive. */
  public static final AttributeType ATTR_SET = register(128, "ATTR_SET");

  private final int code;
  private final String name;

  private AttributeType(int code, String name) {
    this.code = code;
    this.name = name;
  }

  private static AttributeType register(int code, String name) {
    AttributeType t = new AttributeType(code, name);
    KNOWN[code] = t;
    return t;
  }

  /**
   * The constant for {@code code} (attribute code point, 0..255).
   *
   * @throws IllegalArgumentException if {@code code} is out of range
   */
  public static AttributeType of(int code) {
    if (code < 0 || code > 255) {
      throw new IllegalArgumentException("AttributeType out of range: " + code);
    }
    @Nullable AttributeType t = KNOWN[code];
    return t != null ? t : new AttributeType(code, "UNKNOWN(" + code + ")");
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
  public int compareTo(AttributeType o) {
    return Integer.compare(code, o.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AttributeType && ((AttributeType) o).code == code;
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
