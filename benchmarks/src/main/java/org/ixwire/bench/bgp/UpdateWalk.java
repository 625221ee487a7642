package org.ixwire.bench.bgp;

import org.ixwire.bgp.attribute.AsPathView;
import org.ixwire.bgp.attribute.AttributeCursor;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.NlriCursor;

/**
 * A full walk of a wrapped {@link UpdateView}: reads every attribute value through the typed
 * accessors, every attribute header through the cursor, and every route of the withdrawn, NLRI and
 * MP_REACH/MP_UNREACH fields, folding all of it into one {@code long} that the benchmark returns
 * (JMH consumes it, so escape analysis and dead-code elimination cannot drop any read).
 */
final class UpdateWalk {
  private UpdateWalk() {}

  /**
   * Walks {@code v}.
   *
   * @param scratch 16 bytes, reused for IPv6 prefix addresses
   */
  static long walk(UpdateView v, byte[] scratch) {
    PathAttributesView a = v.attributes();
    long acc = v.action().ordinal();
    acc = acc * 31 + a.origin();
    AsPathView p = a.asPath();
    while (p.nextSegment()) {
      acc = acc * 31 + p.segmentType();
      int n = p.segmentLength();
      for (int i = 0; i < n; i++) {
        acc = acc * 31 + p.asn(i);
      }
    }
    if (a.hasNextHop()) {
      acc = acc * 31 + a.nextHop();
    }
    if (a.hasMed()) {
      acc = acc * 31 + a.med();
    }
    if (a.hasLocalPref()) {
      acc = acc * 31 + a.localPref();
    }
    if (a.hasAggregator()) {
      acc = acc * 31 + a.aggregatorAs() + a.aggregatorAddress();
    }
    if (a.hasOtc()) {
      acc = acc * 31 + a.otc();
    }
    int communities = a.communityCount();
    for (int i = 0; i < communities; i++) {
      acc = acc * 31 + a.community(i);
    }
    int extended = a.extendedCommunityCount();
    for (int i = 0; i < extended; i++) {
      acc = acc * 31 + a.extendedCommunity(i);
    }
    int large = a.largeCommunityCount();
    for (int i = 0; i < large; i++) {
      acc = acc * 31 + a.largeCommunityGlobal(i);
      acc = acc * 31 + a.largeCommunityLocal1(i);
      acc = acc * 31 + a.largeCommunityLocal2(i);
    }
    AttributeCursor c = a.cursor();
    while (c.next()) {
      acc = acc * 31 + (c.flags() << 24 | c.type() << 16 | c.valueLength());
    }
    acc = routes(v.withdrawn(), acc, scratch);
    acc = routes(v.nlri(), acc, scratch);
    if (a.hasMpReach()) {
      acc = acc * 31 + a.mpReachNextHopLength();
      acc = routes(a.mpReachNlri(), acc, scratch);
    }
    if (a.hasMpUnreach()) {
      acc = routes(a.mpUnreachNlri(), acc, scratch);
    }
    return acc;
  }

  private static long routes(NlriCursor c, long acc, byte[] scratch) {
    boolean ipv4 = c.afi() == 1;
    while (c.next()) {
      acc = acc * 31 + c.pathId();
      acc = acc * 31 + c.prefixLength();
      if (ipv4) {
        acc = acc * 31 + c.ipv4();
      } else {
        c.copyAddress(scratch);
        for (byte b : scratch) {
          acc = acc * 31 + b;
        }
      }
    }
    return acc;
  }
}
