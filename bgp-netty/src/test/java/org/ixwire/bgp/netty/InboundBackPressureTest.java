package org.ixwire.bgp.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.BgpUpdate;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.testing.LeakCheckExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A listener that stops consuming holds the TCP connection back: the receiving peer reads no more
 * than it has handled, so the sender's channel turns unwritable instead of the receiver queueing
 * every message in memory; once the listener resumes, every UPDATE arrives and neither session
 * resets. Two ixwire speakers on loopback; the receiver has three event loops, so its inbound
 * connection is served by a loop other than the peer's.
 */
@ExtendWith(LeakCheckExtension.class)
class InboundBackPressureTest {
  private static final String RECEIVER = "127.0.66.41";
  private static final String SENDER = "127.0.66.42";
  private static final int PORT = 12191;

  @Test
  void aStalledListenerStopsTheSenderInsteadOfBufferingWithoutBound() throws Exception {
    EventLoopGroup receiverGroup = new MultiThreadIoEventLoopGroup(3, NioIoHandler.newFactory());
    EventLoopGroup senderGroup = Interop.group();
    CountDownLatch resume = new CountDownLatch(1);
    AtomicInteger received = new AtomicInteger();
    Interop.Recorder receiverEvents =
        new Interop.Recorder() {
          @Override
          public void updateReceived(BgpPeer peer, BgpUpdate update, ErrorAction action) {
            try {
              resume.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            received.incrementAndGet();
            update.release();
          }
        };
    Interop.Recorder senderEvents = new Interop.Recorder();
    try (BgpSpeaker receiverSpeaker = new BgpSpeaker(receiverGroup);
        BgpSpeaker senderSpeaker = new BgpSpeaker(senderGroup)) {
      BgpPeer receiver =
          receiverSpeaker.addPeer(
              PeerConfig.builder(InetAddress.getByName(SENDER), 65041, IpAddress.parse(RECEIVER))
                  .localAddress(InetAddress.getByName(RECEIVER))
                  .peerAs(65042)
                  .holdTime(90)
                  .passive(true)
                  .build(),
              receiverEvents);
      receiverSpeaker
          .listen(new InetSocketAddress(InetAddress.getByName(RECEIVER), PORT))
          .syncUninterruptibly();
      receiver.start();
      BgpPeer sender =
          senderSpeaker.addPeer(
              PeerConfig.builder(InetAddress.getByName(RECEIVER), 65042, IpAddress.parse(SENDER))
                  .remotePort(PORT)
                  .localAddress(InetAddress.getByName(SENDER))
                  .peerAs(65041)
                  .holdTime(90)
                  .connectRetrySeconds(1)
                  .writeBufferWaterMarks(32 * 1024, 64 * 1024)
                  .build(),
              senderEvents);
      sender.start();
      senderEvents.established.get(30, TimeUnit.SECONDS);
      receiverEvents.established.get(30, TimeUnit.SECONDS);

      byte[] update =
          BgpEncoder.toByteArray(
              Update.builder()
                  .origin(0)
                  .asPath(65042)
                  .nextHop(IpAddress.parse(SENDER))
                  .announce(PrefixNlri.unicast("10.1.2.0/24"))
                  .build(),
              sender.options());
      // Without read back-pressure the receiver takes everything off the socket into its
      // executor's queue and the sender never stays blocked; with it, the socket buffers fill and
      // the sender stays unwritable until the listener resumes.
      int sent = 0;
      boolean stalled = false;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
      while (!stalled && sent < 1_500_000 && System.nanoTime() < deadline) {
        if (sender.isWritable()) {
          ByteBuf batch = ByteBufAllocator.DEFAULT.buffer(1000 * update.length);
          for (int i = 0; i < 1000; i++) {
            batch.writeBytes(update);
          }
          sender.sendRaw(batch);
          sent += 1000;
          continue;
        }
        long blockedUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!sender.isWritable() && System.nanoTime() < blockedUntil) {
          Thread.sleep(10);
        }
        stalled = !sender.isWritable();
      }
      assertTrue(
          stalled,
          sent + " UPDATEs went out to a stalled receiver without the sender being held back");

      resume.countDown();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (received.get() < sent && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertEquals(sent, received.get(), "every UPDATE arrives once the listener resumes");
      assertEquals(BgpState.ESTABLISHED, sender.state());
      assertEquals(BgpState.ESTABLISHED, receiver.state());
      assertEquals(1, sender.metrics().establishedTransitions());
      assertTrue(senderEvents.notifications.isEmpty(), senderEvents.notifications.toString());
      assertTrue(receiverEvents.notifications.isEmpty(), receiverEvents.notifications.toString());
      sender.stop();
      receiver.stop();
    } finally {
      resume.countDown();
      senderGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
      receiverGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }
}
