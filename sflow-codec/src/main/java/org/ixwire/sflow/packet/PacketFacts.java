package org.ixwire.sflow.packet;

import org.jspecify.annotations.Nullable;

/**
 * Mutable, reusable facts about one sampled packet header, filled by {@link HeaderParser} without
 * copying or allocating: addresses are kept as numbers or as absolute offsets into the parsed
 * buffer, which the caller must keep while using them. Fields not present in the header are zero
 * (and the {@code has…} flags false). One instance per thread; {@link #reset()} before reuse is
 * done by the parser.
 */
public final class PacketFacts {
  /** Maximum VLAN tags recorded. */
  public static final int MAX_VLANS = 8;

  /** Maximum MPLS labels recorded. */
  public static final int MAX_LABELS = 16;

  // link layer
  /** True when an Ethernet header was parsed. */
  public boolean hasEthernet;

  /** Destination MAC as a 48-bit number. */
  public long dstMac;

  /** Source MAC as a 48-bit number. */
  public long srcMac;

  /** Ethernet type after VLAN tags and LLC/SNAP (0 when none). */
  public int etherType;

  /** Number of 802.1Q/802.1ad tags. */
  public int vlanCount;

  /** VLAN ids, outermost first. */
  public final int[] vlans = new int[MAX_VLANS];

  /** Priority code points, outermost first. */
  public final int[] vlanPriorities = new int[MAX_VLANS];

  /** Number of MPLS labels. */
  public int labelCount;

  /** MPLS label stack entries (label, TC, S, TTL as the raw 32-bit word), top first. */
  public final int[] labels = new int[MAX_LABELS];

  // network layer
  /** 4 or 6 when an IP header was parsed, else 0. */
  public int ipVersion;

  /** Absolute offset of the IP header. */
  public int ipOffset;

  /** IPv4 header length in bytes (with options), or 40 for IPv6. */
  public int ipHeaderLength;

  /** True when the IPv4 header carries options. */
  public boolean hasIpOptions;

  /** IPv4 source address (as an int). */
  public int ipv4Src;

  /** IPv4 destination address. */
  public int ipv4Dst;

  /** Absolute offset of the IPv6 source address (16 bytes; destination follows). */
  public int ipv6SrcOffset;

  /** IPv6 source, high 64 bits. */
  public long ipv6SrcHigh;

  /** IPv6 source, low 64 bits. */
  public long ipv6SrcLow;

  /** IPv6 destination, high 64 bits. */
  public long ipv6DstHigh;

  /** IPv6 destination, low 64 bits. */
  public long ipv6DstLow;

  /** IP protocol (after IPv6 extension headers). */
  public int ipProtocol;

  /** IPv4 TOS or IPv6 traffic class. */
  public int tos;

  /** IPv4 TTL or IPv6 hop limit. */
  public int ttl;

  /** IPv4 total length or IPv6 payload length. */
  public int ipLength;

  /** IPv4 identification. */
  public int ipId;

  /** IPv6 flow label. */
  public int flowLabel;

  /** Fragment offset in 8-byte units (IPv4, or IPv6 fragment header). */
  public int fragmentOffset;

  /** More-fragments flag. */
  public boolean moreFragments;

  /** Number of IPv6 extension headers skipped. */
  public int ipv6ExtensionHeaders;

  // transport layer
  /** Absolute offset of the transport header (0 when not reached). */
  public int l4Offset;

  /** TCP/UDP source port. */
  public int srcPort;

  /** TCP/UDP destination port. */
  public int dstPort;

  /** TCP flags (the 8 low bits of byte 13). */
  public int tcpFlags;

  /** ICMP/ICMPv6 type. */
  public int icmpType;

  /** ICMP/ICMPv6 code. */
  public int icmpCode;

  /** UDP length field. */
  public int udpLength;

  /** True when the transport header was complete. */
  public boolean hasL4;

  // tunnels
  /** True when a VXLAN header (UDP 4789) was parsed; inner facts in {@link #inner()}. */
  public boolean vxlan;

  /** VXLAN network identifier. */
  public int vni;

  /** True when a GRE header was parsed. */
  public boolean gre;

  /** GRE protocol type. */
  public int greProtocol;

  /** GRE key when present. */
  public long greKey;

  /** True when the header ended before a layer that announced itself was complete. */
  public boolean truncated;

  private final @Nullable PacketFacts inner;

  /** True when {@link #inner()} holds the facts of an encapsulated packet. */
  public boolean hasInner;

  /** Facts with room for one level of encapsulated (VXLAN/GRE) packet. */
  public PacketFacts() {
    this(true);
  }

  private PacketFacts(boolean withInner) {
    this.inner = withInner ? new PacketFacts(false) : null;
  }

  /**
   * Facts of the encapsulated packet (valid when {@link #hasInner}), or null at the inner level.
   */
  public @Nullable PacketFacts inner() {
    return inner;
  }

  /** Zeroes every field. */
  public void reset() {
    hasEthernet = false;
    dstMac = 0;
    srcMac = 0;
    etherType = 0;
    vlanCount = 0;
    labelCount = 0;
    ipVersion = 0;
    ipOffset = 0;
    ipHeaderLength = 0;
    hasIpOptions = false;
    ipv4Src = 0;
    ipv4Dst = 0;
    ipv6SrcOffset = 0;
    ipv6SrcHigh = 0;
    ipv6SrcLow = 0;
    ipv6DstHigh = 0;
    ipv6DstLow = 0;
    ipProtocol = 0;
    tos = 0;
    ttl = 0;
    ipLength = 0;
    ipId = 0;
    flowLabel = 0;
    fragmentOffset = 0;
    moreFragments = false;
    ipv6ExtensionHeaders = 0;
    l4Offset = 0;
    srcPort = 0;
    dstPort = 0;
    tcpFlags = 0;
    icmpType = 0;
    icmpCode = 0;
    udpLength = 0;
    hasL4 = false;
    vxlan = false;
    vni = 0;
    gre = false;
    greProtocol = 0;
    greKey = 0;
    truncated = false;
    hasInner = false;
  }

  /** Innermost VLAN id, or -1 when untagged. */
  public int innerVlan() {
    return vlanCount == 0 ? -1 : vlans[Math.min(vlanCount, MAX_VLANS) - 1];
  }

  /** Outermost VLAN id, or -1 when untagged. */
  public int outerVlan() {
    return vlanCount == 0 ? -1 : vlans[0];
  }
}
