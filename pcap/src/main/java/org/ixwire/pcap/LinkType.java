package org.ixwire.pcap;

import com.google.common.collect.ImmutableMap;
import org.jspecify.annotations.Nullable;

/**
 * Link-layer header type of a capture interface (tcpdump.org LINKTYPE_* values), an open enum:
 * {@link #of(int)} returns the named constant or an {@code UNKNOWN(n)} instance.
 *
 * <p>{@link PacketDecoder} understands the named types; frames of any other type are counted and
 * skipped.
 */
public final class LinkType {
  /** BSD loopback: 4-byte address family in the capturing host's byte order. */
  public static final LinkType NULL = new LinkType(0, "NULL");

  /** IEEE 802.3 Ethernet, with optional 802.1Q / 802.1ad (QinQ) tags. */
  public static final LinkType ETHERNET = new LinkType(1, "ETHERNET");

  /** PPP (RFC 1661), optionally with the HDLC address/control bytes. */
  public static final LinkType PPP = new LinkType(9, "PPP");

  /** PPP in HDLC-like framing (RFC 1662). */
  public static final LinkType PPP_HDLC = new LinkType(50, "PPP_HDLC");

  /** Cisco HDLC: address, control, 2-byte EtherType. */
  public static final LinkType C_HDLC = new LinkType(104, "C_HDLC");

  /** Frame Relay with RFC 2427 multiprotocol encapsulation (Q.922 address, NLPID/SNAP). */
  public static final LinkType FRELAY = new LinkType(107, "FRELAY");

  /** Juniper "MGC" pseudo-header (with extension TLVs) followed by Ethernet. */
  public static final LinkType JUNIPER_ETHER = new LinkType(178, "JUNIPER_ETHER");

  /** Raw IP as DLT 12 on most BSDs. */
  public static final LinkType RAW_12 = new LinkType(12, "RAW_12");

  /** Raw IP as DLT 14 on OpenBSD-era captures. */
  public static final LinkType RAW_14 = new LinkType(14, "RAW_14");

  /** Raw IPv4 or IPv6, version from the first nibble (LINKTYPE_RAW). */
  public static final LinkType RAW = new LinkType(101, "RAW");

  /** OpenBSD loopback: 4-byte address family in network byte order. */
  public static final LinkType LOOP = new LinkType(108, "LOOP");

  /** Linux "cooked" capture v1 (16-byte header). */
  public static final LinkType LINUX_SLL = new LinkType(113, "LINUX_SLL");

  /** Raw IPv4 only. */
  public static final LinkType IPV4 = new LinkType(228, "IPV4");

  /** Raw IPv6 only. */
  public static final LinkType IPV6 = new LinkType(229, "IPV6");

  /** Linux "cooked" capture v2 (20-byte header). */
  public static final LinkType LINUX_SLL2 = new LinkType(276, "LINUX_SLL2");

  private static final ImmutableMap<Integer, LinkType> KNOWN;

  static {
    ImmutableMap.Builder<Integer, LinkType> b = ImmutableMap.builder();
    for (LinkType t :
        new LinkType[] {
          NULL,
          ETHERNET,
          PPP,
          RAW_12,
          RAW_14,
          PPP_HDLC,
          RAW,
          C_HDLC,
          FRELAY,
          LOOP,
          LINUX_SLL,
          JUNIPER_ETHER,
          IPV4,
          IPV6,
          LINUX_SLL2
        }) {
      b.put(t.code, t);
    }
    KNOWN = b.buildOrThrow();
  }

  private final int code;
  private final String name;

  private LinkType(int code, String name) {
    this.code = code;
    this.name = name;
  }

  /** The named constant for {@code code}, or a new {@code UNKNOWN(code)} instance. */
  public static LinkType of(int code) {
    LinkType t = KNOWN.get(code);
    return t != null ? t : new LinkType(code, "UNKNOWN(" + code + ")");
  }

  /** The numeric LINKTYPE value. */
  public int code() {
    return code;
  }

  /** Whether {@link PacketDecoder} can decode frames of this type. */
  public boolean isSupported() {
    return KNOWN.containsKey(code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LinkType && ((LinkType) o).code == code;
  }

  @Override
  public int hashCode() {
    return code;
  }

  /** The constant's name, or {@code UNKNOWN(n)}. */
  @Override
  public String toString() {
    return name;
  }
}
