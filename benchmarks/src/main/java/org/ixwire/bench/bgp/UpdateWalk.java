package org.ixwire.bench.bgp;

import org.ixwire.bgp.attribute.AsPathView;
import org.ixwire.bgp.attribute.AttributeCursor;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.NlriCursor;

/**
 * A full walk of a wrapped {@link UpdateView}: reads every attribute value through the typed
 * accessors, every attribute header through the cursor, and every route of the withdrawn, NLRI and
 * MP_REACH/MP_UNREACH fields, summing all of it into one {@code long} that the benchmark returns
 * (JMH consumes it, so escape analysis and dead-code elimination cannot drop any read).
 *
 * <p>A plain sum, as in {@code ThreadCpuRun}'s floor loop: an earlier version folded with {@code
 * acc * 31 + value}, a multiply-add chain of ~40 dependent steps (~4 cycles each) that measured the
 * benchmark's hashing more than the view (docs/benchmarks.md has both figures).
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
    acc += a.origin();
    AsPathView p = a.asPath();
    while (p.nextSegment()) {
      acc += p.segmentType();
      int n = p.segmentLength();
      for (int i = 0; i < n; i++) {
        acc += p.asn(i);
      }
    }
    if (a.hasNextHop()) {
      acc += a.nextHop();
    }
    if (a.hasMed()) {
      acc += a.med();
    }
    if (a.hasLocalPref()) {
      acc += a.localPref();
    }
    if (a.hasAggregator()) {
      acc += a.aggregatorAs() + a.aggregatorAddress();
    }
    if (a.hasOtc()) {
      acc += a.otc();
    }
    int communities = a.communityCount();
    for (int i = 0; i < communities; i++) {
      acc += a.community(i);
    }
    int extended = a.extendedCommunityCount();
    for (int i = 0; i < extended; i++) {
      acc += a.extendedCommunity(i);
    }
    int large = a.largeCommunityCount();
    for (int i = 0; i < large; i++) {
      acc += a.largeCommunityGlobal(i);
      acc += a.largeCommunityLocal1(i);
      acc += a.largeCommunityLocal2(i);
    }
    AttributeCursor c = a.cursor();
    while (c.next()) {
      acc += (c.flags() << 24 | c.type() << 16 | c.valueLength());
    }
    acc = routes(v.withdrawn(), acc, scratch);
    acc = routes(v.nlri(), acc, scratch);
    if (a.hasMpReach()) {
      acc += a.mpReachNextHopLength();
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
      acc += c.pathId();
      acc += c.prefixLength();
      if (ipv4) {
        acc += c.ipv4();
      } else {
        c.copyAddress(scratch);
        for (byte b : scratch) {
          acc += b;
        }
      }
    }
    return acc;
  }
}
