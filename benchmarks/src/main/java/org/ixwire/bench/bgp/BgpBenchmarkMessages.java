package org.ixwire.bench.bgp;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.attribute.AsPath;
import org.ixwire.bgp.attribute.Community;
import org.ixwire.bgp.attribute.LargeCommunity;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Prefix;
import org.ixwire.bgp.nlri.PrefixNlri;

/** The UPDATEs the bgp benchmarks decode and encode, built from values with the builder. */
public final class BgpBenchmarkMessages {
  /** A 4-octet AS eBGP-style session as an IXP route server has with its members. */
  static final BgpSessionOptions AS4 = BgpSessionOptions.builder().fourOctetAs(true).build();

  /** 4-octet AS and RFC 8654 extended messages (up to 65535 bytes). */
  static final BgpSessionOptions AS4_EXTENDED =
      BgpSessionOptions.builder().fourOctetAs(true).extendedMessage(true).build();

  private BgpBenchmarkMessages() {}

  /**
   * A typical IXP UPDATE: one IPv4 prefix, a 4-hop AS path (one 4-octet ASN), 3 communities
   * (NO_EXPORT among them), 2 large communities, MED and NEXT_HOP; 108 bytes on a 4-octet AS
   * session.
   */
  static Update typical() {
    return typical("192.0.2.1", "198.51.100.0/24");
  }

  /** The typical UPDATE for IPv6: next hop 2001:db8::1 and 2001:db8:1::/48 in MP_REACH_NLRI. */
  static Update typicalIpv6() {
    return typical("2001:db8::1", "2001:db8:1::/48");
  }

  private static Update typical(String nextHop, String prefix) {
    return Update.builder()
        .origin(0)
        .asPath(64500L, 64501L, 4200000000L, 65010L)
        .nextHop(IpAddress.parse(nextHop))
        .med(100)
        .communities(Community.of(64500, 1), Community.of(64500, 2), Community.NO_EXPORT)
        .largeCommunities(new LargeCommunity(64500, 1, 2), new LargeCommunity(64500, 3, 4))
        .announce(PrefixNlri.unicast(prefix))
        .build();
  }

  /** Shapes of the large UPDATEs. */
  public enum LargeShape {
    /** One /24, with the AS path filling the message (AS_SEQUENCE segments of 255 ASNs). */
    AS_PATH,
    /** /24 prefixes in the IPv4 NLRI field filling the message. */
    IPV4_NLRI,
    /** IPv6 /48 prefixes in MP_REACH_NLRI filling the message. */
    IPV6_MP_REACH
  }

  /** The largest UPDATE of {@code shape} whose encoding is at most {@code maxLength} bytes. */
  static Update large(LargeShape shape, int maxLength) {
    int lo = 1;
    int hi = maxLength / 4;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (fits(withElements(shape, mid), maxLength)) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return withElements(shape, lo);
  }

  private static boolean fits(Update u, int maxLength) {
    try {
      return BgpEncoder.encodedLength(u, AS4_EXTENDED) <= maxLength;
    } catch (IllegalArgumentException tooLong) {
      return false;
    }
  }

  /** An UPDATE of {@code shape} with {@code n} ASNs or prefixes. */
  private static Update withElements(LargeShape shape, int n) {
    Update.Builder b = Update.builder().origin(0);
    switch (shape) {
      case AS_PATH:
        {
          List<AsPath.Segment> segments = new ArrayList<>();
          for (int i = 0; i < n; i += 255) {
            long[] asns = new long[Math.min(255, n - i)];
            for (int j = 0; j < asns.length; j++) {
              asns[j] = 4200000000L + i + j;
            }
            segments.add(AsPath.Segment.sequence(asns));
          }
          return b.asPath(new AsPath(ImmutableList.copyOf(segments)))
              .nextHop(IpAddress.parse("192.0.2.1"))
              .announce(PrefixNlri.unicast("198.51.100.0/24"))
              .build();
        }
      case IPV4_NLRI:
        b.asPath(64500L, 64501L, 4200000000L, 65010L).nextHop(IpAddress.parse("192.0.2.1"));
        for (int i = 0; i < n; i++) {
          b.announce(PrefixNlri.unicast(Prefix.of(IpAddress.ipv4(10 << 24 | i << 8), 24)));
        }
        return b.build();
      case IPV6_MP_REACH:
        b.asPath(64500L, 64501L, 4200000000L, 65010L).nextHop(IpAddress.parse("2001:db8::1"));
        for (int i = 0; i < n; i++) {
          byte[] a = new byte[16];
          a[0] = 0x20;
          a[1] = 0x01;
          a[2] = 0x0d;
          a[3] = (byte) 0xb8;
          a[4] = (byte) (i >>> 8);
          a[5] = (byte) i;
          b.announce(PrefixNlri.unicast(Prefix.of(a, 48)));
        }
        return b.build();
    }
    throw new AssertionError(shape);
  }
}
