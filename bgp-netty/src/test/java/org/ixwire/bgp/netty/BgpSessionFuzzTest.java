package org.ixwire.bgp.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetAddress;
import java.util.List;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.capability.AddPathCapability;
import org.ixwire.bgp.capability.ExtendedMessageCapability;
import org.ixwire.bgp.capability.MultiprotocolCapability;
import org.ixwire.bgp.message.Keepalive;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.testing.LeakCheckExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Any bytes a peer sends into an Established session (4-octet AS, ADD-PATH for IPv4, extended
 * messages): nothing escapes the pipeline, the session either stays Established or went Idle having
 * sent or received a NOTIFICATION, its connection is open exactly when it is Established, and no
 * buffer leaks. Seeds: real messages in src/test/resources/.../Inputs.
 */
@ExtendWith(LeakCheckExtension.class)
class BgpSessionFuzzTest {
  private static final List<org.ixwire.bgp.capability.Capability> CAPS =
      List.of(
          MultiprotocolCapability.of(AfiSafi.IPV4_UNICAST),
          MultiprotocolCapability.of(AfiSafi.IPV6_UNICAST),
          new AddPathCapability(
              com.google.common.collect.ImmutableList.of(
                  new AddPathCapability.Entry(AfiSafi.IPV4_UNICAST, AddPathCapability.BOTH))),
          ExtendedMessageCapability.INSTANCE);

  @FuzzTest
  void establishedSessionMeetsAnyBytes(byte[] input) {
    EmbeddedChannel clock = new EmbeddedChannel();
    clock.freezeTime();
    BgpPeer peer =
        new BgpPeer(
            PeerConfig.builder(
                    InetAddress.getLoopbackAddress(), 65001, IpAddress.parse("192.0.2.1"))
                .peerAs(65002)
                .idleHoldSeconds(-1)
                .capabilities(CAPS)
                .build(),
            BgpPeerListener.NONE,
            clock.eventLoop(),
            p -> null,
            BgpPeerListener.DEFAULT_DECODER,
            System::nanoTime);
    peer.start();
    EmbeddedChannel ch =
        new EmbeddedChannel(
            new ChannelInitializer<Channel>() {
              @Override
              protected void initChannel(Channel c) {
                peer.initPipeline(c.pipeline(), true);
              }
            });
    try {
      Open remote = Open.of(65002, 90, IpAddress.parse("192.0.2.2"), CAPS);
      ch.writeInbound(
          Unpooled.wrappedBuffer(BgpEncoder.toByteArray(remote, BgpSessionOptions.DEFAULT)));
      ch.writeInbound(
          Unpooled.wrappedBuffer(BgpEncoder.toByteArray(Keepalive.INSTANCE, peer.options())));
      assertEquals(BgpState.ESTABLISHED, peer.state());
      drain(ch);
      // the input in two writes, so that frames also straddle reads
      int half = input.length / 2;
      ch.writeInbound(Unpooled.wrappedBuffer(input, 0, half));
      if (ch.isActive()) { // the first half may already have reset the session
        ch.writeInbound(Unpooled.wrappedBuffer(input, half, input.length - half));
      }
      int lastType = drain(ch);
      BgpState s = peer.state();
      assertTrue(s == BgpState.ESTABLISHED || s == BgpState.IDLE, s.toString());
      assertEquals(s == BgpState.ESTABLISHED, ch.isActive());
      if (s == BgpState.IDLE) {
        SessionMetrics m = peer.metrics();
        assertTrue(m.lastError().isPresent(), "went Idle without a NOTIFICATION");
        if (m.lastErrorSent()) {
          assertEquals(3, lastType, "the last message sent is the NOTIFICATION");
        }
      }
    } finally {
      ch.finishAndReleaseAll();
      clock.finishAndReleaseAll();
    }
  }

  /** Releases what the session wrote; returns the type of the last message, or -1. */
  private static int drain(EmbeddedChannel ch) {
    int type = -1;
    ByteBuf b;
    while ((b = ch.readOutbound()) != null) {
      if (b.readableBytes() >= 19) {
        type = b.getUnsignedByte(b.readerIndex() + 18);
      }
      b.release();
    }
    return type;
  }
}
