package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.ImmutableIntArray;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.ixwire.bgp.attribute.AsPathView;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.BgpUpdate;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.LabeledNlri;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.bgp.nlri.NlriCursor;
import org.ixwire.bgp.nlri.Prefix;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.bgp.nlri.RouteDistinguisher;
import org.ixwire.bgp.nlri.VpnNlri;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

/**
 * A view answers from its own copy of the message taken at wrap, and from nothing else: not from a
 * neighbouring buffer of the same pooled chunk (another peer's message), not from a released buffer
 * whose memory was reused, not from an earlier, longer message, and not as a mix of the old and the
 * new message after a wrap that failed.
 */
class ViewIsolationTest {
  private static final BgpSessionOptions AS4 = BgpSessionOptions.AS4;

  private static byte[] update(String nextHop, String prefix, int... communities) {
    Update u =
        Update.builder()
            .origin(0)
            .asPath(65000L)
            .nextHop(IpAddress.parse(nextHop))
            .communities(communities)
            .announce(PrefixNlri.unicast(prefix))
            .build();
    return BgpEncoder.toByteArray(u, AS4);
  }

  @Test
  void indicesOutOfRangeThrowInsteadOfReadingTheNeighbouringBuffer() {
    byte[] m = update("192.0.2.1", "10.0.0.0/8");
    ByteBuf x = PooledByteBufAllocator.DEFAULT.heapBuffer(m.length, m.length).writeBytes(m);
    ByteBuf y = PooledByteBufAllocator.DEFAULT.heapBuffer(m.length, m.length);
    y.writeBytes("SECRET-PASSWORD-OF-ANOTHER-PEER".getBytes(StandardCharsets.US_ASCII));
    try {
      UpdateView v = new UpdateView().wrap(x, 0, m.length, AS4);
      PathAttributesView a = v.attributes();
      var p = a.asPath();
      p.nextSegment();
      assertEquals(65000, p.asn(0));
      assertThrows(IndexOutOfBoundsException.class, () -> p.asn(1));
      assertThrows(IndexOutOfBoundsException.class, () -> p.asn(-1));
      assertEquals(0, a.communityCount());
      assertThrows(IndexOutOfBoundsException.class, () -> a.community(0));
      assertThrows(IndexOutOfBoundsException.class, () -> a.largeCommunityGlobal(3));
      assertThrows(IndexOutOfBoundsException.class, () -> a.extendedCommunity(0));
      assertThrows(IndexOutOfBoundsException.class, () -> a.clusterId(0));
      // absent attributes read as 0, never as bytes found at a stale offset
      assertEquals(0, a.med());
      assertEquals(0, a.localPref());
      assertEquals(0, a.otc());
      assertEquals(0, a.originatorId());
      assertEquals(0, a.aggregatorAs());
      NlriCursor n = v.nlri();
      assertEquals(0, n.ipv4(), "before the first next(), no address");
    } finally {
      x.release();
      y.release();
    }
  }

  @Test
  void aReleasedAndReusedBufferIsNotReadThroughTheView() {
    byte[] m1 = update("192.0.2.1", "10.0.0.0/8");
    byte[] m2 = update("192.0.2.7", "11.0.0.0/8");
    ByteBuf a = PooledByteBufAllocator.DEFAULT.heapBuffer(m1.length).writeBytes(m1);
    UpdateView v = new UpdateView().wrap(a, 0, m1.length, AS4);
    a.release(); // a caller bug: the view is used after its buffer was released ...
    ByteBuf b = PooledByteBufAllocator.DEFAULT.heapBuffer(m2.length).writeBytes(m2);
    try {
      // ... and the memory went to another message: the view still answers from its own copy
      assertEquals(IpAddress.parse("192.0.2.1").ipv4Value(), v.attributes().nextHop());
      NlriCursor n = v.nlri();
      n.next();
      assertEquals(0x0a000000, n.ipv4());
      assertEquals(PrefixNlri.unicast("10.0.0.0/8").prefix(), n.prefix());
    } finally {
      b.release();
    }
  }

  /**
   * After a longer message, a shorter one in the same view: the longer one's communities are gone,
   * and a cursor held across the wrap (outside the contract) reads the copy at its old offsets,
   * where the shorter message ends: zeros, never what the longer one left there.
   */
  @Test
  void noByteOfALongerEarlierMessageIsReadable() {
    byte[] longer = update("192.0.2.1", "10.1.0.0/16", 1, 2, 3, 4, 5, 6, 7, 8);
    byte[] shorter = update("192.0.2.2", "11.0.0.0/8");
    ByteBuf d = Unpooled.directBuffer(longer.length).writeBytes(longer);
    ByteBuf e = Unpooled.directBuffer(shorter.length).writeBytes(shorter);
    try {
      UpdateView v = new UpdateView().wrap(d, 0, longer.length, AS4);
      assertEquals(8, v.attributes().communityCount());
      NlriCursor held = v.nlri();
      assertTrue(held.next());
      assertEquals(0x0a010000, held.ipv4());
      held.rewind();
      assertEquals(0, held.ipv4(), "rewound: no address before next()");
      assertEquals(0, held.prefixLength());
      PathAttributesView a = v.wrap(e, 0, shorter.length, AS4).attributes();
      assertEquals(0, a.communityCount());
      assertThrows(IndexOutOfBoundsException.class, () -> a.community(0));
      assertEquals(IpAddress.parse("192.0.2.2").ipv4Value(), a.nextHop());
      assertTrue(held.entryOffset() >= shorter.length, "the held cursor is past the new message");
      assertTrue(held.next());
      assertEquals(0, held.ipv4(), "zeros, not 10.1.0.0");
      assertEquals(0, held.prefixLength());
    } finally {
      d.release();
      e.release();
    }
  }

  private static ByteBuf mpUpdate(Nlri route) {
    Update u =
        Update.builder()
            .origin(0)
            .asPath(65000L)
            .nextHop(IpAddress.parse("192.0.2.1"))
            .announce(route)
            .build();
    return Unpooled.wrappedBuffer(BgpEncoder.toByteArray(u, AS4));
  }

  @Test
  void labelsAndRouteDistinguisherOfAnEarlierRouteAreNotReadable() {
    ByteBuf b1 =
        mpUpdate(
            new VpnNlri(
                AfiSafi.IPV4_MPLS_VPN,
                Nlri.NO_PATH_ID,
                ImmutableIntArray.of(100 << 4, 200 << 4, 301 << 4 | 1),
                new RouteDistinguisher(0x0001_0001_0000_0007L),
                Prefix.parse("10.0.0.0/8")));
    ByteBuf b2 =
        mpUpdate(
            new LabeledNlri(
                AfiSafi.IPV4_LABELED_UNICAST,
                Nlri.NO_PATH_ID,
                ImmutableIntArray.of(500 << 4 | 1),
                Prefix.parse("11.0.0.0/8")));
    UpdateView v = new UpdateView().wrap(b1, 0, b1.capacity(), AS4);
    NlriCursor c = v.attributes().mpReachNlri();
    assertTrue(c.next());
    assertEquals(3, c.labelCount());
    assertEquals(0x0001_0001_0000_0007L, c.routeDistinguisher());
    c = v.wrap(b2, 0, b2.capacity(), AS4).attributes().mpReachNlri();
    assertEquals(0, c.routeDistinguisher(), "before next()");
    assertTrue(c.next());
    assertEquals(1, c.labelCount());
    assertEquals(500 << 4 | 1, c.labelEntry(0));
    NlriCursor d = c;
    assertThrows(IndexOutOfBoundsException.class, () -> d.labelEntry(1));
    assertEquals(0, c.routeDistinguisher());
  }

  @Test
  void aFailedWrapLeavesTheViewEmpty() {
    byte[] m1 = update("192.0.2.1", "10.0.0.0/8");
    byte[] m2 = m1.clone();
    m2[18] = 3; // not an UPDATE
    m2[m2.length - 1] = 99;
    for (BufferKinds.Kind k : BufferKinds.KINDS) {
      ByteBuf b1 = k.make().apply(m1);
      ByteBuf b2 = k.make().apply(m2);
      try {
        UpdateView v = new UpdateView().wrap(b1, BufferKinds.LEAD, m1.length, AS4);
        assertThrows(BgpDecodeException.class, () -> v.wrap(b2, BufferKinds.LEAD, m2.length, AS4));
        assertFalse(v.nlri().next(), k.name());
        assertFalse(v.withdrawn().next(), k.name());
        assertEquals(0, v.attributes().count(), k.name());
        assertFalse(v.attributes().hasNextHop(), k.name());
        assertEquals(ErrorAction.NONE, v.action(), k.name());
        assertEquals(0, v.messageLength(), k.name());
        assertFalse(v.isEndOfRib(), k.name());
        assertFalse(v.attributes().hasMpReach(), k.name());
        assertEquals(0, v.attributes().mpReachNlriLength(), k.name());
        assertThrows(IllegalStateException.class, v::retainedMessage, k.name());
        // wrapBody's own failure path, from a view that holds a message
        v.wrap(b1, BufferKinds.LEAD, m1.length, AS4);
        assertThrows(BgpDecodeException.class, () -> v.wrapBody(b2, BufferKinds.LEAD + 19, 2, AS4));
        assertEquals(0, v.attributes().count(), k.name());
        assertFalse(v.nlri().next(), k.name());
        assertFalse(v.isEndOfRib(), k.name());
      } finally {
        b1.release();
        b2.release();
      }
    }
  }

  /**
   * Each wrap's buffer is the one every part of the view reports and slices (the parts share one
   * field for it), whether the buffers alternate or repeat.
   */
  @Test
  void everyPartReportsTheBufferOfTheLastWrap() {
    byte[] m = update("192.0.2.1", "10.0.0.0/8", 1, 2);
    ByteBuf[] bufs = {Unpooled.wrappedBuffer(m.clone()), Unpooled.wrappedBuffer(m.clone())};
    UpdateView v = new UpdateView();
    for (int i : new int[] {0, 1, 1, 0, 1}) {
      v.wrap(bufs[i], 0, m.length, AS4);
      assertTrue(v.attributes().buffer() == bufs[i], "attributes, turn " + i);
      assertTrue(v.attributes().cursor().buffer() == bufs[i], "attribute cursor, turn " + i);
      BgpUpdate owned = v.retainedMessage();
      try {
        assertEquals(2, bufs[i].refCnt(), "the owned message is a retained slice of buffer " + i);
      } finally {
        owned.release();
      }
    }
    for (ByteBuf b : bufs) {
      b.release();
    }
  }

  /**
   * A standalone wrap that fails on a released buffer (Netty's check, after the view found it needs
   * a larger copy) leaves every view answering its previous message, not zeros.
   */
  @Test
  void aStandaloneWrapThatFailsKeepsThePreviousMessage() {
    ByteBuf released = Unpooled.directBuffer(200).writeZero(200);
    released.release(); // capacity() still says 200
    ByteBuf attrs = Hex.buf("40010102" + "80040400000064"); // ORIGIN 2, MED 100
    PathAttributesView v = new PathAttributesView();
    v.wrap(attrs, 0, attrs.readableBytes(), AS4);
    assertThrows(RuntimeException.class, () -> v.wrap(released, 0, 200, AS4));
    assertEquals(2, v.origin());
    assertEquals(100, v.med());

    ByteBuf nlri = Hex.buf("080a");
    NlriCursor c = new NlriCursor().wrap(nlri, 0, 2, 1, 1, false);
    assertThrows(RuntimeException.class, () -> c.wrap(released, 0, 200, 1, 1, false));
    c.rewind();
    assertTrue(c.next());
    assertEquals(8, c.prefixLength());
    assertEquals(0x0a000000, c.ipv4());

    ByteBuf path = Hex.buf("02010000fde8");
    AsPathView p = new AsPathView().wrap(path, 0, path.readableBytes(), 4);
    assertThrows(RuntimeException.class, () -> p.wrap(released, 0, 200, 4));
    p.reset();
    assertTrue(p.nextSegment());
    assertEquals(2, p.segmentType());
    assertEquals(65000, p.asn(0));
  }

  @Test
  void anAsPathViewTakesTwoOrFourOctetAsnsOnly() {
    ByteBuf path = Hex.buf("0203010203");
    for (int width : new int[] {0, 1, 3, 8}) {
      assertThrows(IllegalArgumentException.class, () -> new AsPathView().wrap(path, 0, 5, width));
    }
  }
}
