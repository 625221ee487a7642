package org.ixwire.sflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ixwire.sflow.packet.HeaderParser;
import org.ixwire.sflow.packet.PacketFacts;
import org.ixwire.sflow.sample.SampleView;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Live pipeline (issue 4): Debian's pmacctd with the sfprobe plugin captures UDP traffic this test
 * sends on loopback (127.0.0.1 only, a port chosen by the kernel), samples 1:1 and exports sFlow v5
 * to a listener of this test; the datagrams the test sent must come back as flow samples whose
 * sampled headers carry their ports and lengths (at most two lost to capture drops on a loaded
 * machine). Skips when pmacctd is not installed or cannot capture (no root). pmacctd is started and
 * stopped by its process handle.
 */
class PmacctPipelineTest {
  private static final String[] PMACCTD = {"/usr/sbin/pmacctd", "/usr/bin/pmacctd"};
  private static final int SENT = 20;

  @Test
  void samplesTheTrafficItCaptured() throws Exception {
    String pmacctd = null;
    for (String p : PMACCTD) {
      if (Files.isExecutable(Path.of(p))) {
        pmacctd = p;
      }
    }
    assumeTrue(pmacctd != null, "pmacctd not installed (Debian package pmacct): skipping");
    Path dir = Files.createTempDirectory("ixwire-pmacct");
    try (DatagramChannel collector = DatagramChannel.open();
        DatagramChannel sink = DatagramChannel.open();
        DatagramChannel sender = DatagramChannel.open();
        DatagramChannel probe = DatagramChannel.open()) {
      collector.bind(new InetSocketAddress("127.0.0.1", 0));
      sink.bind(new InetSocketAddress("127.0.0.1", 0));
      sender.bind(new InetSocketAddress("127.0.0.1", 0));
      probe.bind(new InetSocketAddress("127.0.0.1", 0));
      int collectorPort = ((InetSocketAddress) collector.getLocalAddress()).getPort();
      int sinkPort = ((InetSocketAddress) sink.getLocalAddress()).getPort();
      int senderPort = ((InetSocketAddress) sender.getLocalAddress()).getPort();
      Path conf = dir.resolve("pmacctd.conf");
      Files.writeString(
          conf,
          String.join(
              "\n",
              "daemonize: false",
              "pcap_interface: lo",
              "pcap_filter: udp and dst port " + sinkPort,
              "snaplen: 256",
              "plugins: sfprobe[sf]",
              "sfprobe_receiver[sf]: 127.0.0.1:" + collectorPort,
              "sfprobe_agentip[sf]: 127.0.0.1",
              "sfprobe_agentsubid[sf]: 1402",
              "sfprobe_ifspeed[sf]: 1000000000",
              "sfprobe_ifindex[sf]: 7",
              "sfprobe_direction[sf]: in",
              "sampling_rate[sf]: 1",
              ""));
      Path log = dir.resolve("pmacctd.log");
      Process pm =
          new ProcessBuilder(pmacctd, "-f", conf.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      try {
        waitForCapture(pm, log);
        collector.configureBlocking(false);
        Set<Integer> lengths = new HashSet<>();
        int[] matched = {0};
        int[] probes = {0};
        int probePort = ((InetSocketAddress) probe.getLocalAddress()).getPort();
        // pmacctd announces itself before its capture runs: probe until a probe comes back sampled
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (probes[0] == 0 && System.nanoTime() < deadline) {
          probe.send(ByteBuffer.wrap(new byte[4]), new InetSocketAddress("127.0.0.1", sinkPort));
          Thread.sleep(100);
          drain(collector, sinkPort, probePort, probes, null);
        }
        assumeTrue(probes[0] > 0, "pmacctd exported nothing in 30 s: " + tail(log));
        for (int i = 0; i < SENT; i++) {
          byte[] payload = new byte[10 + i]; // IP length 38 + i identifies the datagram
          payload[0] = (byte) i;
          sender.send(ByteBuffer.wrap(payload), new InetSocketAddress("127.0.0.1", sinkPort));
          Thread.sleep(20);
        }
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long nextProbe = 0;
        while (matched[0] < SENT && System.nanoTime() < deadline) {
          if (System.nanoTime() > nextProbe) {
            // more traffic makes sfprobe flush the samples it still holds
            probe.send(ByteBuffer.wrap(new byte[4]), new InetSocketAddress("127.0.0.1", sinkPort));
            nextProbe = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
          }
          if (!drain(collector, sinkPort, senderPort, matched, lengths)) {
            Thread.sleep(50);
          }
        }
        // libpcap may drop a packet or two on a loaded machine; everything that comes back must be
        // one of ours, once
        assertTrue(
            matched[0] >= SENT - 2 && matched[0] == lengths.size(),
            matched[0] + " flow samples, lengths " + lengths + "; pmacctd log: " + tail(log));
        for (int len : lengths) {
          assertTrue(len >= 38 && len < 38 + SENT, "unexpected IP length " + len);
        }
      } finally {
        pm.destroy();
        if (!pm.waitFor(10, TimeUnit.SECONDS)) {
          pm.destroyForcibly();
        }
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  /**
   * Reads one sFlow datagram if one is waiting and counts the flow samples of UDP datagrams from
   * {@code srcPort} to {@code dstPort}, checking the agent and the sampling rate.
   */
  private static boolean drain(
      DatagramChannel collector,
      int dstPort,
      int srcPort,
      int[] count,
      @Nullable Set<Integer> lengths)
      throws IOException {
    ByteBuffer nio = ByteBuffer.allocate(65536);
    if (collector.receive(nio) == null) {
      return false;
    }
    ByteBuf buf = Unpooled.wrappedBuffer(nio.array(), 0, nio.position());
    PacketFacts facts = new PacketFacts();
    SflowDatagramView view = new SflowDatagramView().wrap(buf, 0, buf.readableBytes());
    assertEquals(1402, view.subAgentId());
    assertEquals(1, view.agentAddressType());
    assertEquals(0x7f000001, buf.getInt(view.agentAddressOffset()));
    view.forEachSample(
        s -> {
          if (s.kind() != SampleView.Kind.FLOW) {
            return;
          }
          s.forEachRecord(
              r -> {
                if (!r.isSampledHeader()) {
                  return;
                }
                HeaderParser.parse(
                    r.buffer(), r.headerOffset(), r.headerLength(), r.headerProtocol(), facts);
                if (facts.ipProtocol == 17
                    && facts.srcPort == srcPort
                    && facts.dstPort == dstPort) {
                  count[0]++;
                  assertEquals(1, s.samplingRate());
                  assertTrue(r.frameLength() >= facts.ipLength);
                  if (lengths != null) {
                    lengths.add(facts.ipLength);
                  }
                }
              });
        });
    buf.release();
    return true;
  }

  private static void waitForCapture(Process pm, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (!pm.isAlive()) {
        assumeTrue(false, "pmacctd exited (no capture permission?): " + tail(log));
      }
      if (Files.exists(log) && Files.readString(log).contains("Exporting flows")) {
        Thread.sleep(1000); // the capture thread starts right after
        return;
      }
      Thread.sleep(100);
    }
    assumeTrue(false, "pmacctd did not start: " + tail(log));
  }

  private static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "";
    }
    String s = Files.readString(log);
    return s.substring(Math.max(0, s.length() - 600));
  }
}
