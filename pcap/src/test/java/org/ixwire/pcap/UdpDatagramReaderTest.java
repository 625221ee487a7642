package org.ixwire.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

class UdpDatagramReaderTest {

  private static List<Integer> read(Path p, PortSet ports, List<byte[]> payloads)
      throws IOException {
    List<Integer> lengths = new ArrayList<>();
    try (UdpDatagramReader r = UdpDatagramReader.open(p, ports)) {
      PacketView d;
      while ((d = r.next()) != null) {
        lengths.add(d.payloadLength() + 8);
        payloads.add(d.payloadBytes());
      }
    }
    return lengths;
  }

  /** Per sFlow capture: datagram count (coverage.json) and every UDP length (tshark JSON). */
  @Test
  void sflowCorpusMatchesTsharkAndCoverage() throws IOException {
    String coverage =
        Files.readString(SharedCorpus.require("sflow/coverage.json"), StandardCharsets.UTF_8);
    int files = 0;
    int datagrams = 0;
    for (Path pcap : SharedCorpus.files("sflow", ".pcap")) {
      String name = pcap.getFileName().toString();
      List<byte[]> payloads = new ArrayList<>();
      List<Integer> sflow = read(pcap, PortSet.of(6343), payloads);
      Matcher m =
          Pattern.compile(
                  Pattern.quote("\"" + name + "\"")
                      + ":\\s*\\{\\s*\"frames\":\\s*(\\d+),\\s*\"datagrams\":\\s*(\\d+)")
              .matcher(coverage);
      assertTrue(m.find(), name + " not in coverage.json");
      assertEquals(Integer.parseInt(m.group(2)), sflow.size(), name + " datagrams");
      datagrams += sflow.size();

      Path json = pcap.resolveSibling(name + ".tshark.json");
      if (Files.exists(json)) {
        List<Integer> expected = new ArrayList<>();
        String[] frames = Files.readString(json, StandardCharsets.UTF_8).split("\"frame\": \\{");
        for (int i = 1; i < frames.length; i++) {
          Matcher u = Pattern.compile("\"udp.length\": \"(\\d+)\"").matcher(frames[i]);
          if (u.find()) {
            expected.add(Integer.parseInt(u.group(1)));
          }
        }
        assertEquals(expected, read(pcap, PortSet.all(), new ArrayList<>()), name + " lengths");
      }
      Path bin = pcap.resolveSibling(name.replace(".pcap", ".sflow.bin"));
      if (Files.exists(bin)) {
        assertEquals(1, payloads.size(), name);
        assertArrayEquals(Files.readAllBytes(bin), payloads.get(0), name + " payload");
      }
      files++;
    }
    assertTrue(files >= 50, "sflow pcaps: " + files);
    assertEquals(189, datagrams);
  }

  @Test
  void filtersPortsAndSkipsTruncatedDatagrams() throws IOException {
    byte[] a = Frames.udpFrame(6343, new byte[] {1, 2, 3});
    byte[] b = Frames.udpFrame(2055, new byte[] {4});
    byte[] c = Frames.udpFrame(6343, new byte[40]);
    byte[] cut = java.util.Arrays.copyOf(c, c.length - 10);
    byte[] file =
        CaptureBuilder.pcap(ByteOrder.LITTLE_ENDIAN, 0xa1b2c3d4, 65535, 1)
            .record(1, 0, a)
            .record(2, 0, b)
            .record(3, 0, cut, c.length)
            .bytes();
    try (UdpDatagramReader r =
        new UdpDatagramReader(PcapReader.open(new ByteArrayInputStream(file)), PortSet.of(6343))) {
      PacketView d = r.next();
      assertNotNull(d);
      assertArrayEquals(new byte[] {1, 2, 3}, d.payloadBytes());
      assertEquals(50000, d.sourcePort());
      assertEquals("192.0.2.2:6343", d.destination().toString());
      assertEquals(1_000_000_000L, d.timestampNanos());
      assertNull(r.next());
      assertEquals(1, r.datagrams());
      assertEquals(1, r.truncatedDatagrams());
      assertEquals(3, r.stats().udp());
    }
  }

  @Test
  void reassemblesFragmentedDatagram() throws IOException {
    byte[] data = new byte[3000];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) i;
    }
    byte[] udp = Frames.udp(50000, 6343, data);
    byte[] s = {10, 0, 0, 1};
    byte[] t = {10, 0, 0, 2};
    byte[] f1 = java.util.Arrays.copyOfRange(udp, 0, 1480);
    byte[] f2 = java.util.Arrays.copyOfRange(udp, 1480, 2960);
    byte[] f3 = java.util.Arrays.copyOfRange(udp, 2960, udp.length);
    CaptureBuilder cb = CaptureBuilder.pcap(ByteOrder.BIG_ENDIAN, 0xa1b2c3d4, 65535, 1);
    // out of order: last, first, middle
    cb.record(1, 0, Frames.ethernet(0x0800, Frames.ipv4(s, t, 17, 7, 370, f3)));
    cb.record(1, 1, Frames.ethernet(0x0800, Frames.ipv4(s, t, 17, 7, 0x2000, f1)));
    cb.record(1, 2, Frames.ethernet(0x0800, Frames.ipv4(s, t, 17, 7, 0x2000 | 185, f2)));
    try (UdpDatagramReader r =
        new UdpDatagramReader(
            PcapReader.open(new ByteArrayInputStream(cb.bytes())), PortSet.all())) {
      PacketView d = r.next();
      assertNotNull(d);
      assertTrue(d.isReassembled());
      assertArrayEquals(data, d.payloadBytes());
      assertEquals(3, d.frameNumber());
      assertNull(r.next());
      assertEquals(1, r.stats().reassembled());
    }
  }
}
