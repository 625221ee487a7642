package org.ixwire.mrt.format;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.attribute.AsPathView;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.mrt.ElementType;
import org.ixwire.mrt.RouteElementView;

/**
 * Renders a {@link RouteElementView} as one JSON object on one line (schema: docs/formats.md,
 * "ixwire mrt --json"). Keys: {@code type} ({@code "A"}, {@code "W"}, {@code "B"}), {@code
 * timestamp} (seconds, with a fraction for BGP4MP_ET), {@code peer_ip}, {@code peer_asn}, {@code
 * prefix}, {@code path_id} (when present); for announcements and RIB entries also {@code as_path}
 * (RFC 6793 merge applied), {@code origin}, {@code next_hop}, {@code local_pref}, {@code med},
 * {@code communities}, {@code large_communities}, {@code extended_communities} (hex), {@code
 * atomic_aggregate}, {@code aggregator}, {@code otc} (absent fields are omitted). Addresses are RFC
 * 5952 text. Reuses its scratch space; not thread-safe.
 */
public final class JsonElementFormatter {
  private final byte[] scratch = new byte[16];

  /** A formatter. */
  public JsonElementFormatter() {}

  /** Appends the element's object and a newline. */
  public void format(RouteElementView e, StringBuilder sb) {
    sb.append("{\"type\":\"")
        .append(
            e.type() == ElementType.ANNOUNCE ? 'A' : e.type() == ElementType.WITHDRAW ? 'W' : 'B')
        .append("\",\"timestamp\":")
        .append(e.timestamp());
    if (e.record().hasMicroseconds()) {
      BgpdumpText.micros(sb, e.microseconds());
    }
    sb.append(",\"peer_ip\":\"");
    e.copyPeerAddress(scratch);
    address(sb, scratch, e.peerAddressLength());
    sb.append("\",\"peer_asn\":").append(e.peerAs()).append(",\"prefix\":\"");
    e.copyPrefixAddress(scratch);
    address(sb, scratch, e.afi() == 1 ? 4 : 16);
    sb.append('/').append(e.prefixLength()).append('"');
    if (e.safi() != 1) {
      sb.append(",\"safi\":").append(e.safi());
    }
    if (e.pathId() != Nlri.NO_PATH_ID) {
      sb.append(",\"path_id\":").append(e.pathId());
    }
    if (e.type() != ElementType.WITHDRAW) {
      attributes(e.attributes(), sb);
    }
    sb.append("}\n");
  }

  private void attributes(PathAttributesView a, StringBuilder sb) {
    sb.append(",\"as_path\":\"");
    if (a.hasAs4Path()) {
      sb.append(a.effectiveAsPath());
    } else {
      asPath(a.asPath(), sb);
    }
    sb.append('"');
    int origin = a.origin();
    if (origin >= 0) {
      sb.append(",\"origin\":\"")
          .append(origin == 0 ? "IGP" : origin == 1 ? "EGP" : "INCOMPLETE")
          .append('"');
    }
    ByteBuf buf = a.buffer();
    if (a.hasMpReach() && (a.mpReachNextHopLength() == 4 || a.mpReachNextHopLength() >= 16)) {
      int n = a.mpReachNextHopLength() == 4 ? 4 : 16;
      buf.getBytes(a.mpReachNextHopOffset(), scratch, 0, n);
      sb.append(",\"next_hop\":\"");
      address(sb, scratch, n);
      sb.append('"');
    } else if (a.hasNextHop()) {
      buf.getBytes(a.valueOffset(3), scratch, 0, 4);
      sb.append(",\"next_hop\":\"");
      address(sb, scratch, 4);
      sb.append('"');
    }
    if (a.hasLocalPref()) {
      sb.append(",\"local_pref\":").append(a.localPref());
    }
    if (a.hasMed()) {
      sb.append(",\"med\":").append(a.med());
    }
    if (a.communityCount() > 0) {
      sb.append(",\"communities\":[");
      for (int i = 0; i < a.communityCount(); i++) {
        int c = a.community(i);
        sb.append(i > 0 ? ",\"" : "\"").append(c >>> 16).append(':').append(c & 0xffff);
        sb.append('"');
      }
      sb.append(']');
    }
    if (a.largeCommunityCount() > 0) {
      sb.append(",\"large_communities\":[");
      for (int i = 0; i < a.largeCommunityCount(); i++) {
        sb.append(i > 0 ? ",\"" : "\"")
            .append(a.largeCommunityGlobal(i))
            .append(':')
            .append(a.largeCommunityLocal1(i))
            .append(':')
            .append(a.largeCommunityLocal2(i))
            .append('"');
      }
      sb.append(']');
    }
    if (a.extendedCommunityCount() > 0) {
      sb.append(",\"extended_communities\":[");
      for (int i = 0; i < a.extendedCommunityCount(); i++) {
        sb.append(i > 0 ? ",\"" : "\"");
        long v = a.extendedCommunity(i);
        for (int s = 56; s >= 0; s -= 8) {
          org.ixwire.mrt.internal.Hex.appendByte(sb, (int) (v >>> s) & 0xff);
        }
        sb.append('"');
      }
      sb.append(']');
    }
    if (a.atomicAggregate()) {
      sb.append(",\"atomic_aggregate\":true");
    }
    if (a.hasAggregator()) {
      int ip = a.effectiveAggregatorAddress();
      sb.append(",\"aggregator\":{\"asn\":")
          .append(a.effectiveAggregatorAs())
          .append(",\"ip\":\"")
          .append(ip >>> 24)
          .append('.')
          .append((ip >>> 16) & 0xff)
          .append('.')
          .append((ip >>> 8) & 0xff)
          .append('.')
          .append(ip & 0xff)
          .append("\"}");
    }
    if (a.hasOtc()) {
      sb.append(",\"otc\":").append(a.otc());
    }
  }

  private static void asPath(AsPathView p, StringBuilder sb) {
    boolean first = true;
    while (p.nextSegment()) {
      if (!first) {
        sb.append(' ');
      }
      first = false;
      int t = p.segmentType();
      boolean set = t == 1 || t == 4;
      if (t != 2) {
        sb.append(t == 1 ? '{' : t == 3 ? '(' : '[');
      }
      for (int i = 0; i < p.segmentLength(); i++) {
        if (i > 0) {
          sb.append(set ? ',' : ' ');
        }
        sb.append(p.asn(i));
      }
      if (t != 2) {
        sb.append(t == 1 ? '}' : t == 3 ? ')' : ']');
      }
    }
  }

  private static void address(StringBuilder sb, byte[] a, int length) {
    if (length == 4) {
      BgpdumpText.ipv4(sb, a, 0);
    } else {
      sb.append(com.google.common.net.InetAddresses.toAddrString(ipv6(a)));
    }
  }

  private static java.net.InetAddress ipv6(byte[] a) {
    try {
      return java.net.Inet6Address.getByAddress(null, java.util.Arrays.copyOf(a, 16), -1);
    } catch (java.net.UnknownHostException x) {
      throw new AssertionError(x);
    }
  }
}
