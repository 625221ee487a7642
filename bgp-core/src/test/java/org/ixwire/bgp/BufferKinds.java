package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.function.Function;
import org.ixwire.bgp.attribute.AsPathView;
import org.ixwire.bgp.attribute.AttributeCursor;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.NlriCursor;
import org.ixwire.bgp.spi.NlriCodecRegistry;

/**
 * The views copy the wrapped bytes out of the buffer once per wrap, through Netty's getBytes of
 * whatever kind of buffer it is (docs/guide.md): whatever the kind, and wherever the message sits
 * in it, everything a view reports must be the same. {@link #check} wraps one message in each kind
 * and compares a description of every accessor's answer (or of the exception).
 */
final class BufferKinds {
  private BufferKinds() {}

  /** Bytes before the message in every buffer, so that absolute offsets are exercised. */
  static final int LEAD = 5;

  /** A name and a buffer holding {@code LEAD} filler bytes then the message; caller releases. */
  record Kind(String name, Function<byte[], ByteBuf> make) {}

  static final List<Kind> KINDS =
      List.of(
          new Kind("heap", w -> Unpooled.wrappedBuffer(lead(w))),
          new Kind(
              "heap slice at array offset 3",
              w -> {
                byte[] big = new byte[w.length + LEAD + 6];
                System.arraycopy(lead(w), 0, big, 3, w.length + LEAD);
                return Unpooled.wrappedBuffer(big).slice(3, w.length + LEAD);
              }),
          new Kind("direct", w -> Unpooled.directBuffer(w.length + LEAD).writeBytes(lead(w))),
          new Kind(
              "pooled direct",
              w ->
                  PooledByteBufAllocator.DEFAULT.directBuffer(w.length + LEAD).writeBytes(lead(w))),
          new Kind(
              "pooled heap",
              w -> PooledByteBufAllocator.DEFAULT.heapBuffer(w.length + LEAD).writeBytes(lead(w))),
          new Kind(
              "composite of two",
              w -> {
                byte[] all = lead(w);
                int cut = all.length / 2;
                CompositeByteBuf c = Unpooled.compositeBuffer();
                c.addComponent(true, Unpooled.wrappedBuffer(all, 0, cut));
                c.addComponent(
                    true,
                    Unpooled.directBuffer(all.length - cut).writeBytes(all, cut, all.length - cut));
                return c;
              }),
          new Kind("read-only heap", w -> Unpooled.wrappedBuffer(lead(w)).asReadOnly()));

  private static byte[] lead(byte[] w) {
    byte[] b = new byte[w.length + LEAD];
    for (int i = 0; i < LEAD; i++) {
      b[i] = (byte) (0xa5 + i);
    }
    System.arraycopy(w, 0, b, LEAD, w.length);
    return b;
  }

  /**
   * Wraps {@code wire[0, len)} as an UPDATE (and its body with wrapBody, and its attributes alone)
   * in every kind of buffer and asserts that all describe alike.
   */
  static void check(byte[] wire, int len, BgpSessionOptions o, String what) {
    String first = null;
    for (Kind k : KINDS) {
      ByteBuf buf = k.make().apply(wire);
      try {
        String d = describeAll(buf, len, o);
        if (first == null) {
          first = d;
        } else {
          assertEquals(first, d, what + ": " + k.name() + " reads differently from heap");
        }
      } finally {
        buf.release();
      }
    }
  }

  private static String describeAll(ByteBuf buf, int len, BgpSessionOptions o) {
    StringBuilder sb = new StringBuilder();
    UpdateView v = new UpdateView();
    try {
      describe(v.wrap(buf, LEAD, len, o), sb);
    } catch (BgpDecodeException e) {
      sb.append("wrap: ").append(e.offset()).append(' ').append(e.getMessage()).append('\n');
    }
    if (len >= 19) {
      try {
        describe(v.wrapBody(buf, LEAD + 19, len - 19, o), sb.append("body:\n"));
      } catch (BgpDecodeException e) {
        sb.append("wrapBody: ").append(e.offset()).append(' ').append(e.getMessage()).append('\n');
      }
    }
    return sb.toString();
  }

  static void describe(UpdateView v, StringBuilder sb) {
    sb.append(v.action()).append(' ').append(v.issues()).append(" eor=").append(v.isEndOfRib());
    sb.append('\n');
    routes("withdrawn", v.withdrawn(), sb);
    routes("nlri", v.nlri(), sb);
    describe(v.attributes(), sb);
  }

  static void describe(PathAttributesView a, StringBuilder sb) {
    sb.append("attrs ").append(a.offset()).append('+').append(a.length());
    sb.append(' ').append(a.action()).append(' ').append(a.issues()).append('\n');
    AttributeCursor c = a.cursor();
    while (c.next()) {
      int t = c.type();
      sb.append(c.index()).append(": ").append(c.flags()).append('/').append(t);
      sb.append(" at ").append(c.headerOffset()).append('/').append(c.valueOffset());
      sb.append('+').append(c.valueLength()).append(" total ").append(c.totalLength());
      sb.append(" has=").append(a.has(t)).append(" present=").append(a.isPresent(t));
      if (a.isPresent(t)) {
        sb.append(" first=").append(a.headerOffset(t)).append('/').append(a.valueOffset(t));
        sb.append('+').append(a.valueLength(t)).append(" flags ").append(a.flags(t));
      }
      sb.append('\n');
    }
    sb.append("origin ").append(a.origin()).append(" path ");
    AsPathView p = a.asPath();
    while (p.nextSegment()) {
      sb.append(p.segmentType()).append('[');
      for (int i = 0; i < p.segmentLength(); i++) {
        sb.append(p.asn(i)).append(' ');
      }
      sb.append(']');
    }
    sb.append(" len ").append(a.asPath().pathLength()).append(" as4 ").append(a.hasAs4Path());
    if (a.hasAs4Path()) {
      sb.append(a.as4Path().toValue()).append(" effective ").append(a.effectiveAsPath());
    }
    sb.append(" originAs ").append(a.effectiveOriginAs());
    if (a.hasNextHop()) {
      sb.append(" nh ").append(a.nextHop());
    }
    if (a.hasMed()) {
      sb.append(" med ").append(a.med());
    }
    if (a.hasLocalPref()) {
      sb.append(" lp ").append(a.localPref());
    }
    sb.append(" atomic ").append(a.atomicAggregate());
    if (a.hasAggregator()) {
      sb.append(" aggr ").append(a.aggregatorAs()).append('/').append(a.aggregatorAddress());
      sb.append(' ').append(a.effectiveAggregatorAs()).append('/');
      sb.append(a.effectiveAggregatorAddress());
    }
    communities(a, sb);
    sb.append(" v6ext");
    for (int i = 0; i < a.ipv6ExtendedCommunityCount(); i++) {
      sb.append(' ').append(a.ipv6ExtendedCommunityOffset(i));
    }
    if (a.hasOriginatorId()) {
      sb.append(" originator ").append(a.originatorId());
    }
    sb.append(" clusters");
    for (int i = 0; i < a.clusterListLength(); i++) {
      sb.append(' ').append(a.clusterId(i));
    }
    if (a.hasOtc()) {
      sb.append(" otc ").append(a.otc());
    }
    sb.append(" aigp ").append(a.aigpMetric()).append('\n');
    if (a.hasMpReach()) {
      sb.append("reach ").append(a.mpReachAfi()).append('/').append(a.mpReachSafi());
      sb.append(" nh ").append(a.mpReachNextHopOffset()).append('+');
      sb.append(a.mpReachNextHopLength()).append('\n');
    }
    routes("reach", a.mpReachNlri(), sb);
    if (a.hasMpUnreach()) {
      sb.append("unreach ").append(a.mpUnreachAfi()).append('/').append(a.mpUnreachSafi());
      sb.append('\n');
    }
    routes("unreach", a.mpUnreachNlri(), sb);
    sb.append(a.toValues(NlriCodecRegistry.EMPTY)).append('\n');
  }

  /** Every community, extended community and large community, in order. */
  static void communities(PathAttributesView a, StringBuilder sb) {
    sb.append("\ncomm");
    for (int i = 0; i < a.communityCount(); i++) {
      sb.append(' ').append(a.community(i));
    }
    sb.append(" ext");
    for (int i = 0; i < a.extendedCommunityCount(); i++) {
      sb.append(' ').append(a.extendedCommunity(i));
    }
    sb.append(" large");
    for (int i = 0; i < a.largeCommunityCount(); i++) {
      sb.append(' ').append(a.largeCommunityGlobal(i)).append(':');
      sb.append(a.largeCommunityLocal1(i)).append(':').append(a.largeCommunityLocal2(i));
    }
  }

  private static void routes(String name, NlriCursor c, StringBuilder sb) {
    sb.append(name).append(' ').append(c.afi()).append('/').append(c.safi());
    sb.append(" raw=").append(c.isRaw()).append(':');
    byte[] addr = new byte[16];
    while (c.next()) {
      sb.append(' ').append(c.entryOffset()).append('+').append(c.entryLength());
      sb.append(" id ").append(c.pathId()).append(' ').append(c.prefixLength());
      sb.append(" @").append(c.addressOffset()).append(" trailing ").append(c.trailingBitsSet());
      if (c.afi() == 1) {
        sb.append(" v4 ").append(c.ipv4());
      }
      c.copyAddress(addr);
      sb.append(' ').append(java.util.Arrays.toString(addr));
      for (int i = 0; i < c.labelCount(); i++) {
        sb.append(" label ").append(c.labelEntry(i));
      }
      sb.append(" rd ").append(c.routeDistinguisher()).append(' ').append(c.toValue());
    }
    sb.append(" count ").append(c.count()).append(" malformed ").append(c.malformed());
    sb.append(' ').append(c.errorOffset()).append(' ').append(c.errorReason());
    sb.append(" trailing ").append(c.trailingBitsCount()).append('/');
    sb.append(c.firstTrailingBitsOffset()).append('\n');
  }
}
