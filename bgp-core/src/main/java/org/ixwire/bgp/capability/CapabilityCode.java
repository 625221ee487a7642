package org.ixwire.bgp.capability;

import org.jspecify.annotations.Nullable;

/**
 * A capability code (RFC 5492 and the IANA Capability Codes registry).
 *
 * <p>An open enum: {@link #of(int)} returns the named constant for a known code and a new {@code
 * UNKNOWN(n)} instance otherwise; instances compare by {@link #code()}.
 */
public final class CapabilityCode implements Comparable<CapabilityCode> {
  private static final CapabilityCode[] KNOWN = new CapabilityCode[256];

  /** Multiprotocol Extensions (RFC 2858/4760 §8). */
  public static final CapabilityCode MULTIPROTOCOL = register(1, "MULTIPROTOCOL");

  /** Route Refresh (RFC 2918). */
  public static final CapabilityCode ROUTE_REFRESH = register(2, "ROUTE_REFRESH");

  /** Outbound Route Filtering (RFC 5291). */
  public static final CapabilityCode OUTBOUND_ROUTE_FILTERING =
      register(3, "OUTBOUND_ROUTE_FILTERING");

  /** Extended Next Hop Encoding (RFC 8950). */
  public static final CapabilityCode EXTENDED_NEXT_HOP = register(5, "EXTENDED_NEXT_HOP");

  /** BGP Extended Message (RFC 8654). */
  public static final CapabilityCode EXTENDED_MESSAGE = register(6, "EXTENDED_MESSAGE");

  /** BGPsec (RFC 8205). */
  public static final CapabilityCode BGPSEC = register(7, "BGPSEC");

  /** Multiple Labels (RFC 8277). */
  public static final CapabilityCode MULTIPLE_LABELS = register(8, "MULTIPLE_LABELS");

  /** BGP Role (RFC 9234). */
  public static final CapabilityCode ROLE = register(9, "ROLE");

  /** Graceful Restart (RFC 4724). */
  public static final CapabilityCode GRACEFUL_RESTART = register(64, "GRACEFUL_RESTART");

  /** Support for 4-octet AS number (RFC 6793). */
  public static final CapabilityCode FOUR_OCTET_AS = register(65, "FOUR_OCTET_AS");

  /** Dynamic Capability (draft). */
  public static final CapabilityCode DYNAMIC = register(67, "DYNAMIC");

  /** ADD-PATH (RFC 7911). */
  public static final CapabilityCode ADD_PATH = register(69, "ADD_PATH");

  /** Enhanced Route Refresh (RFC 7313). */
  public static final CapabilityCode ENHANCED_ROUTE_REFRESH =
      register(70, "ENHANCED_ROUTE_REFRESH");

  /** Long-Lived Graceful Restart (RFC 9494). */
  public static final CapabilityCode LONG_LIVED_GRACEFUL_RESTART =
      register(71, "LONG_LIVED_GRACEFUL_RESTART");

  /** FQDN (draft-walton-bgp-hostname-capability). */
  public static final CapabilityCode FQDN = register(73, "FQDN");

  /** Software Version (draft-ietf-idr-software-version). */
  public static final CapabilityCode SOFTWARE_VERSION = register(75, "SOFTWARE_VERSION");

  /** Route Refresh, Cisco pre-standard code. */
  public static final CapabilityCode ROUTE_REFRESH_CISCO = register(128, "ROUTE_REFRESH_CISCO");

  /** Outbound Route Filtering, Cisco pre-standard code. */
  public static final CapabilityCode ORF_CISCO = register(130, "ORF_CISCO");

  private final int code;
  private final String name;

  private CapabilityCode(int code, String name) {
    this.code = code;
    this.name = name;
  }

  private static CapabilityCode register(int code, String name) {
    CapabilityCode t = new CapabilityCode(code, name);
    KNOWN[code] = t;
    return t;
  }

  /**
   * The constant for {@code code} (capability code point, 0..255).
   *
   * @throws IllegalArgumentException if {@code code} is out of range
   */
  public static CapabilityCode of(int code) {
    if (code < 0 || code > 255) {
      throw new IllegalArgumentException("CapabilityCode out of range: " + code);
    }
    @Nullable CapabilityCode t = KNOWN[code];
    return t != null ? t : new CapabilityCode(code, "UNKNOWN(" + code + ")");
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
  public int compareTo(CapabilityCode o) {
    return Integer.compare(code, o.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CapabilityCode && ((CapabilityCode) o).code == code;
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
