package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.ixwire.bgp.attribute.AsPathView;
import org.ixwire.bgp.attribute.AttributeCursor;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.BgpMessage;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.NlriCursor;
import org.ixwire.bgp.spi.NlriCodecRegistry;

/**
 * Fuzz targets for every bgp-core entry point: framing, whole-message decode (OPEN, UPDATE,
 * NOTIFICATION, ROUTE-REFRESH) under random session options, the UPDATE view, and the attribute
 * walker. The only acceptable failure is {@link BgpDecodeException}; accepted input must re-encode
 * byte-exact. Seeds: real messages from the corpus in src/test/resources/.../Inputs.
 */
class BgpDecoderFuzzTest {
  private static final BgpDecoder DECODER = new BgpDecoder();

  static BgpSessionOptions options(int bits) {
    BgpSessionOptions.Builder b =
        BgpSessionOptions.builder()
            .fourOctetAs((bits & 1) != 0)
            .extendedMessage((bits & 2) != 0)
            .peerType(BgpSessionOptions.PeerType.values()[(bits >>> 2 & 3) % 3]);
    if ((bits & 16) != 0) {
      b.addPath(AfiSafi.IPV4_UNICAST);
    }
    if ((bits & 32) != 0) {
      b.addPath(AfiSafi.IPV6_UNICAST);
    }
    if ((bits & 64) != 0) {
      b.addPath(AfiSafi.IPV4_LABELED_UNICAST).addPath(AfiSafi.IPV4_MPLS_VPN);
    }
    if ((bits & 128) != 0) {
      b.abbreviatedMpReach(true);
    }
    return b.build();
  }

  /** Framing: a stream of messages; boundaries and header checks. */
  @FuzzTest
  void framing(byte[] data) {
    ByteBuf buf = Unpooled.wrappedBuffer(data);
    int off = 0;
    try {
      while (off < data.length) {
        int len = BgpFraming.frameLength(buf, off, data.length - off, 65535);
        if (len < 0) {
          break;
        }
        assertTrue(len >= 19 && off + len <= data.length);
        off += len;
      }
    } catch (BgpDecodeException e) {
      assertTrue(e.offset() >= off && e.offset() < data.length);
    }
  }

  /** Whole messages under fuzzed options; accepted clean messages must re-encode byte-exact. */
  @FuzzTest
  void decode(byte[] data) {
    if (data.length < 1) {
      return;
    }
    BgpSessionOptions o = options(data[0] & 0xff).toBuilder().abbreviatedMpReach(false).build();
    byte[] msg = java.util.Arrays.copyOfRange(data, 1, data.length);
    ByteBuf buf = Unpooled.wrappedBuffer(msg);
    BgpMessage m;
    try {
      m = DECODER.decode(buf, 0, o);
    } catch (BgpDecodeException e) {
      assertTrue(e.offset() >= 0 && e.offset() <= msg.length);
      return;
    }
    int len = buf.getUnsignedShort(16);
    if (m instanceof Update && !DECODER.decodeUpdate(buf, 0, len, o).isPristine()) {
      return;
    }
    byte[] again = BgpEncoder.toByteArray(m, o);
    assertArrayEquals(java.util.Arrays.copyOf(msg, len), again);
  }

  /** The allocation-free UPDATE view: every accessor on every outcome. */
  @FuzzTest
  void updateView(byte[] data) {
    if (data.length < 1) {
      return;
    }
    BgpSessionOptions o = options(data[0] & 0xff);
    ByteBuf buf = Unpooled.wrappedBuffer(data, 1, data.length - 1).slice();
    UpdateView v = new UpdateView();
    try {
      v.wrapBody(buf, 0, buf.capacity(), o);
    } catch (BgpDecodeException e) {
      return;
    }
    walk(v.attributes());
    for (NlriCursor c : new NlriCursor[] {v.withdrawn(), v.nlri()}) {
      while (c.next()) {
        c.prefix();
        c.trailingBitsSet();
      }
    }
    if (v.action() == ErrorAction.NONE) {
      DECODER.toResult(v);
    }
  }

  /** The attribute walker alone, as MRT RIB entries use it. */
  @FuzzTest
  void attributes(byte[] data) {
    if (data.length < 1) {
      return;
    }
    BgpSessionOptions o = options(data[0] & 0xff);
    ByteBuf buf = Unpooled.wrappedBuffer(data, 1, data.length - 1).slice();
    PathAttributesView v = new PathAttributesView().wrap(buf, 0, buf.capacity(), o);
    walk(v);
    v.toValues(NlriCodecRegistry.EMPTY);
  }

  static long walk(PathAttributesView a) {
    long sink = a.origin();
    AsPathView p = a.asPath();
    while (p.nextSegment()) {
      for (int i = 0; i < p.segmentLength(); i++) {
        sink += p.asn(i);
      }
    }
    if (a.hasAs4Path()) {
      sink += a.effectiveAsPath().length();
    }
    if (a.hasNextHop()) {
      sink += a.nextHop();
    }
    if (a.hasMed()) {
      sink += a.med();
    }
    if (a.hasLocalPref()) {
      sink += a.localPref();
    }
    if (a.hasAggregator()) {
      sink += a.effectiveAggregatorAs() + a.effectiveAggregatorAddress();
    }
    for (int i = 0; i < a.communityCount(); i++) {
      sink += a.community(i);
    }
    for (int i = 0; i < a.extendedCommunityCount(); i++) {
      sink += a.extendedCommunity(i);
    }
    for (int i = 0; i < a.largeCommunityCount(); i++) {
      sink += a.largeCommunityGlobal(i) + a.largeCommunityLocal1(i) + a.largeCommunityLocal2(i);
    }
    if (a.hasOtc()) {
      sink += a.otc();
    }
    sink += a.aigpMetric();
    for (NlriCursor c : new NlriCursor[] {a.mpReachNlri(), a.mpUnreachNlri()}) {
      while (c.next()) {
        sink += c.prefixLength() + c.pathId();
        c.toValue();
      }
    }
    AttributeCursor cur = a.cursor();
    while (cur.next()) {
      sink += cur.type() + cur.valueLength();
    }
    for (int i = 0; i < a.issueCount(); i++) {
      sink += a.issue(i).offset();
    }
    return sink;
  }
}
