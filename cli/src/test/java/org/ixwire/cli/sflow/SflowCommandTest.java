package org.ixwire.cli.sflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SflowCommandTest {

  private static String run(SflowCommand cmd, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cmd.out = out;
    cmd.err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    new CommandLine(cmd).execute(args);
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  record Run(int status, String out, String err) {}

  private static Run runCapture(byte[] pcap) throws java.io.IOException {
    Path f = Files.createTempFile("ixwire-damaged", ".pcap");
    try {
      Files.write(f, pcap);
      SflowCommand cmd = new SflowCommand();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      cmd.out = out;
      cmd.err = new PrintStream(err, true, StandardCharsets.UTF_8);
      int status = new CommandLine(cmd).execute("-l", "--pcap", f.toString());
      return new Run(
          status, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.UTF_8));
    } finally {
      Files.delete(f);
    }
  }

  /**
   * A real capture cut at random offsets (seeded) and with garbage appended: the lines are those of
   * the intact capture up to the damage, the damage is reported with its file offset, and the exit
   * status is 1 (0 only for a cut at a frame boundary).
   */
  @Test
  void truncatedCapture() throws Exception {
    byte[] pcap = Files.readAllBytes(SharedCorpus.require("sflow/pmacct-sfprobe.pcap"));
    Run clean = runCapture(pcap);
    assertEquals(0, clean.status(), clean.err());
    java.util.List<String> all = org.ixwire.cli.DamagedCaptureTest.lines(clean.out());
    java.util.Random random = new java.util.Random(5);
    int damaged = 0;
    for (int trial = 0; trial < 12; trial++) {
      int t = 24 + random.nextInt(pcap.length - 24);
      Run r = runCapture(java.util.Arrays.copyOf(pcap, t));
      String what = "sFlow capture cut at " + t;
      org.ixwire.cli.DamagedCaptureTest.assertPrefix(
          all, org.ixwire.cli.DamagedCaptureTest.lines(r.out()), what);
      if (r.status() != 0) {
        damaged++;
        assertEquals(1, r.status(), what);
        assertTrue(r.err().contains("offset"), what + ": " + r.err());
      } else {
        assertTrue(r.err().isEmpty(), what);
      }
      assertTrue(!r.err().contains("\tat "), what);
    }
    assertTrue(damaged > 0, "some cut fell inside a frame");
    byte[] tail = java.util.Arrays.copyOf(pcap, pcap.length + 40);
    java.util.Arrays.fill(tail, pcap.length, tail.length, (byte) 0x5a);
    Run r = runCapture(tail);
    assertEquals(all, org.ixwire.cli.DamagedCaptureTest.lines(r.out()));
    assertEquals(1, r.status(), r.err());
  }

  @Test
  void linesAndDefaultFormMatchSflowtool() throws Exception {
    Path pcap = SharedCorpus.require("sflow/akvorado-data-1140.pcap");
    assertEquals(
        Files.readString(pcap.resolveSibling(pcap.getFileName() + ".sflowtool-l.txt")),
        run(new SflowCommand(), "-l", "--pcap", pcap.toString()));
    assertEquals(
        Files.readString(pcap.resolveSibling(pcap.getFileName() + ".sflowtool.txt")),
        run(new SflowCommand(), "--pcap", pcap.toString()));
  }

  @Test
  void matrixWithMembers() throws Exception {
    Path pcap = SharedCorpus.require("sflow/akvorado-data-1140.pcap");
    Path members = Files.createTempFile("members", ".txt");
    try {
      Files.writeString(members, "24:6e:96:90:7a:50 AS-A\n246e96043c08 AS-B\n");
      String out =
          run(new SflowCommand(), "--matrix", "--members", members.toString(), "--pcap", "" + pcap);
      assertTrue(out.startsWith("# source\tdestination\tvlan\tbytes"), out);
      assertTrue(out.contains("AS-A\tAS-B\t100\t4663296\t3072\t0\t4663296\t3\n"), out);
    } finally {
      Files.delete(members);
    }
  }

  @Test
  void listensOnUdp() throws Exception {
    Path bin = SharedCorpus.require("sflow/cistern-flow_sample.sflow.bin");
    byte[] datagram = Files.readAllBytes(bin);
    int port;
    try (DatagramChannel probe = DatagramChannel.open()) {
      probe.bind(new InetSocketAddress("127.0.0.1", 0));
      port = ((InetSocketAddress) probe.getLocalAddress()).getPort();
    }
    SflowCommand cmd = new SflowCommand();
    String[] result = new String[1];
    Thread t =
        new Thread(
            () -> result[0] = run(cmd, "-l", "--listen", "127.0.0.1:" + port, "--count", "1"));
    t.start();
    try (DatagramChannel send = DatagramChannel.open()) {
      for (int i = 0; i < 50 && t.isAlive(); i++) {
        send.send(ByteBuffer.wrap(datagram), new InetSocketAddress("127.0.0.1", port));
        t.join(100);
      }
    }
    t.join(5000);
    assertEquals(
        "FLOW,208.85.240.52,4,1,00163cc2a9ab,00d001ff5800,0x0800,16,16,199.58.161.150,"
            + "197.161.57.246,17,0x00,64,51413,9728,0x00,318,300,4096\n",
        result[0]);
  }

  @Test
  void parsesListenAddresses() throws Exception {
    assertEquals(6343, SflowCommand.parseListen("").getPort());
    assertEquals(9999, SflowCommand.parseListen("9999").getPort());
    assertEquals("127.0.0.1", SflowCommand.parseListen("127.0.0.1:7000").getHostString());
    assertEquals(6343, SflowCommand.parseListen("[::1]").getPort());
    assertEquals(
        "0000:0000:0000:0000:0000:0000:0000:0001",
        SflowCommand.sflowtoolAddress(SflowCommand.parseListen("[::1]:1").getAddress()));
  }
}
