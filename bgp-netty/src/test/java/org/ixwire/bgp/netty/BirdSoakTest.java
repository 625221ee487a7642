package org.ixwire.bgp.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.EventLoopGroup;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.attribute.Community;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.BgpUpdate;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.NlriCursor;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.testing.Hex;
import org.ixwire.testing.LeakCheckExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Soak: {@value #UPDATES} UPDATEs from ixwire to BIRD and back. One speaker (one event loop group)
 * holds two sessions with BIRD: "sender" (127.0.66.11) announces {@value #PREFIXES} prefixes over
 * and over with a new community each round, "receiver" (127.0.66.12) gets what BIRD re-advertises
 * (BIRD coalesces changes it has not exported yet, so fewer come back). The sender honours
 * back-pressure (channel writability). Passes when BIRD's final state reaches the receiver for
 * every prefix (the last MED), neither session was ever reset on either side, and no buffer leaked.
 * Prints the time taken. Tagged {@code soak}: run by {@code .ci/run}, not by verify.
 */
@Tag("soak")
@ExtendWith(LeakCheckExtension.class)
class BirdSoakTest {
  static final int UPDATES = Integer.getInteger("ixwire.soak.updates", 1_000_000);
  static final int PREFIXES = 10_000;
  static final int BATCH = 64;

  static final String CONFIG =
      """
      router id 192.0.2.2;
      protocol device { }
      protocol direct { ipv4; interface "lo"; }
      protocol bgp sender {
        local 127.0.66.2 port 12180 as 65002;
        neighbor 127.0.66.11 as 65011;
        passive yes;
        multihop;
        hold time 30;
        ipv4 { import all; export none; };
      }
      protocol bgp receiver {
        local 127.0.66.2 port 12180 as 65002;
        neighbor 127.0.66.12 as 65012;
        passive yes;
        multihop;
        hold time 30;
        ipv4 { import none; export all; next hop address 192.0.2.2; };
      }
      """;

  @Test
  void millionUpdatesThroughBird() throws Exception {
    Path binary = Interop.requireBinary("/usr/sbin/bird");
    Path dir = Interop.tempDir("bird-soak");
    Files.writeString(dir.resolve("bird.conf"), CONFIG);
    Path ctl = dir.resolve("bird.ctl");
    EventLoopGroup group = Interop.group();
    try (Interop.Daemon bird =
            new Interop.Daemon(
                dir,
                "bird",
                List.of(
                    binary.toString(),
                    "-f",
                    "-c",
                    dir.resolve("bird.conf").toString(),
                    "-s",
                    ctl.toString(),
                    "-P",
                    dir.resolve("bird.pid").toString()));
        BgpSpeaker speaker = new BgpSpeaker(group)) {
      Interop.await("BIRD control socket", Duration.ofSeconds(10), () -> Files.exists(ctl));
      Semaphore writable = new Semaphore(0);
      Interop.Recorder senderEvents =
          new Interop.Recorder() {
            @Override
            public void writabilityChanged(BgpPeer peer, boolean isWritable) {
              if (isWritable) {
                writable.release();
              }
            }
          };
      Receiver receiver = new Receiver();
      BgpPeer sender = speaker.addPeer(config("127.0.66.11", 65011), senderEvents);
      BgpPeer back = speaker.addPeer(config("127.0.66.12", 65012), receiver);
      sender.start();
      back.start();
      senderEvents.established.get(30, TimeUnit.SECONDS);
      receiver.established.get(30, TimeUnit.SECONDS);

      BgpSessionOptions o = sender.options();
      byte[] template = BgpEncoder.toByteArray(update(0, 0), o);
      // COMMUNITIES 65011:round (BIRD passes communities on; it drops MED towards eBGP peers)
      int round = indexOf(template, Hex.bytes("c00804fdf30000")) + 5;
      int prefix = template.length - 3; // NLRI: 24, then the three octets of 10.x.y
      long start = System.nanoTime();
      int sent = 0;
      while (sent < UPDATES) {
        while (!sender.isWritable()) {
          writable.tryAcquire(100, TimeUnit.MILLISECONDS);
          assertEquals(BgpState.ESTABLISHED, sender.state(), "sender session reset");
        }
        int n = Math.min(BATCH, UPDATES - sent);
        ByteBuf batch = ByteBufAllocator.DEFAULT.buffer(n * template.length);
        for (int i = 0; i < n; i++, sent++) {
          int at = batch.writerIndex();
          batch.writeBytes(template);
          int p = sent % PREFIXES;
          batch.setShort(at + round, sent / PREFIXES);
          batch.setByte(at + prefix + 1, p >>> 8);
          batch.setByte(at + prefix + 2, p & 0xff);
        }
        sender.sendRaw(batch);
      }
      long lastRound = (UPDATES - 1) / PREFIXES;
      long expectedLast = UPDATES % PREFIXES == 0 ? PREFIXES : UPDATES % PREFIXES;
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (!receiver.settled(PREFIXES, lastRound, expectedLast)) {
        assertTrue(
            System.nanoTime() < deadline,
            "BIRD's final state did not reach the receiver: "
                + receiver.updates.get()
                + " UPDATEs, "
                + receiver.round.size()
                + " prefixes; "
                + sender.metrics()
                + "\n"
                + Interop.run("birdc", "-s", ctl.toString(), "show protocols all"));
        Thread.sleep(100);
      }
      long nanos = System.nanoTime() - start;

      SessionMetrics s = sender.metrics();
      SessionMetrics r = back.metrics();
      String birdState = Interop.run("birdc", "-s", ctl.toString(), "show protocols");
      String senderAll = Interop.run("birdc", "-s", ctl.toString(), "show protocols all sender");
      // BIRD's own count: "Import updates: received rejected filtered ignored accepted"
      String imports =
          senderAll.lines().filter(l -> l.contains("Import updates:")).findFirst().orElse("");
      System.out.printf(
          "bgp-netty soak: %d UPDATEs sent to BIRD (%d prefixes x %d rounds) in %.1f s"
              + " (%.0f/s); BIRD: %s; %d UPDATEs with %d routes received back; sender %s;"
              + " receiver %s%n%s%n",
          UPDATES,
          PREFIXES,
          (UPDATES + PREFIXES - 1) / PREFIXES,
          nanos / 1e9,
          UPDATES / (nanos / 1e9),
          imports.strip(),
          receiver.updates.get(),
          receiver.routes.get(),
          s,
          r,
          birdState);
      assertEquals(UPDATES, s.updatesOut());
      assertEquals(
          List.of(UPDATES, 0, 0, 0, UPDATES),
          java.util.Arrays.stream(imports.replace("Import updates:", "").strip().split("\\s+"))
              .map(Integer::valueOf)
              .toList(),
          "BIRD received and accepted every UPDATE: " + imports);
      assertEquals(1, s.establishedTransitions(), "sender reset");
      assertEquals(1, r.establishedTransitions(), "receiver reset");
      assertTrue(senderEvents.notifications.isEmpty(), senderEvents.notifications.toString());
      assertTrue(receiver.notifications.isEmpty(), receiver.notifications.toString());
      assertEquals(2, birdState.split("Established", -1).length - 1, birdState);
      assertEquals(0, receiver.unclean.get());
      sender.stop();
      back.stop();
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  static PeerConfig config(String local, long asn) throws Exception {
    return PeerConfig.builder(InetAddress.getByName("127.0.66.2"), asn, IpAddress.parse(local))
        .remotePort(12180)
        .localAddress(InetAddress.getByName(local))
        .peerAs(65002)
        .holdTime(30)
        .connectRetrySeconds(1)
        .idleHoldSeconds(-1)
        .writeBufferWaterMarks(256 * 1024, 1024 * 1024)
        .build();
  }

  static Update update(int prefix, long round) {
    return Update.builder()
        .origin(0)
        .asPath(65011)
        .nextHop(IpAddress.parse("127.0.66.11"))
        .communities(Community.of(65011, (int) round))
        .announce(PrefixNlri.unicast("10." + (prefix >>> 8) + "." + (prefix & 0xff) + ".0/24"))
        .build();
  }

  static int indexOf(byte[] a, byte[] b) {
    outer:
    for (int i = 0; i <= a.length - b.length; i++) {
      for (int j = 0; j < b.length; j++) {
        if (a[i + j] != b[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }

  /** Counts UPDATEs and keeps each prefix's last round, reading through one view (no values). */
  static final class Receiver extends Interop.Recorder {
    final AtomicLong updates = new AtomicLong();
    final AtomicLong unclean = new AtomicLong();
    final AtomicLong routes = new AtomicLong();
    final ConcurrentHashMap<Integer, Long> round = new ConcurrentHashMap<>();
    private final UpdateView view = new UpdateView();

    @Override
    public void updateReceived(BgpPeer peer, BgpUpdate update, ErrorAction action) {
      try {
        updates.incrementAndGet();
        if (action != ErrorAction.NONE) {
          unclean.incrementAndGet();
        }
        ByteBuf c = update.content();
        view.wrap(c, c.readerIndex(), c.readableBytes(), update.options());
        long m = view.attributes().community(0) & 0xffff;
        NlriCursor n = view.nlri();
        while (n.next()) {
          round.put(n.ipv4(), m);
          routes.incrementAndGet();
        }
      } finally {
        update.release();
      }
    }

    boolean settled(int prefixes, long lastRound, long withLastRound) {
      if (round.size() < prefixes) {
        return false;
      }
      long last = round.values().stream().filter(v -> v == lastRound).count();
      return last == withLastRound;
    }
  }
}
