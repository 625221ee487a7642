package org.ixwire.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PcapReaderTest {
  private static final byte[] P1 = Frames.udpFrame(6343, new byte[] {1, 2, 3, 4, 5});
  private static final byte[] P2 = Frames.udpFrame(6343, new byte[] {6});
  private static final byte[] P3 = Frames.udpFrame(179, new byte[33]);

  /** Reads everything; a PcapFormatException is recorded as the last element's message. */
  static List<String> frames(byte[] file) {
    List<String> out = new ArrayList<>();
    try (PcapReader r = PcapReader.open(new ByteArrayInputStream(file))) {
      while (true) {
        FrameView f;
        try {
          f = r.next();
        } catch (PcapFormatException e) {
          out.add((e.isFatal() ? "FATAL " : "SKIP ") + e.context());
          if (e.isFatal()) {
            assertNull(r.next());
            break;
          }
          continue;
        }
        if (f == null) {
          break;
        }
        out.add(
            f.frameNumber()
                + " "
                + f.interfaceId()
                + " "
                + f.linkType()
                + " "
                + f.timestampNanos()
                + " "
                + f.originalLength()
                + " "
                + ByteBufUtil.hexDump(f.data()));
      }
    } catch (PcapFormatException e) {
      out.add("FATAL " + e.context());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  private static String hex(byte[] b) {
    return ByteBufUtil.hexDump(b);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BIG_ENDIAN", "LITTLE_ENDIAN"})
  void classicMicrosAndNanosBothByteOrders(String orderName) throws IOException {
    ByteOrder order =
        orderName.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    byte[] micro =
        CaptureBuilder.pcap(order, 0xa1b2c3d4, 65535, 1).record(1700000000, 123456, P1).bytes();
    assertEquals(
        List.of("1 0 ETHERNET 1700000000123456000 " + P1.length + " " + hex(P1)), frames(micro));
    byte[] nano =
        CaptureBuilder.pcap(order, 0xa1b23c4d, 65535, 101).record(5, 999999999, P2, 100).bytes();
    assertEquals(List.of("1 0 RAW 5999999999 100 " + hex(P2)), frames(nano));
    try (PcapReader r = PcapReader.open(new ByteArrayInputStream(nano))) {
      assertEquals(CaptureFormat.PCAP_NANOS, r.format());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"BIG_ENDIAN", "LITTLE_ENDIAN"})
  void pcapngSectionsInterfacesResolutionsAndBlocks(String orderName) {
    ByteOrder order =
        orderName.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    ByteOrder other =
        order == ByteOrder.BIG_ENDIAN ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    byte[] s1 =
        CaptureBuilder.pcapng(order)
            .section()
            .idb(1, 0, -1) // default: microseconds
            .idb(113, 0, 9) // nanoseconds
            .unknownBlock(0x0BAD, 8)
            .epb(0, 1_000_001L, P1, P1.length)
            .epb(1, 2_000_000_007L, P2, 60)
            .idb(101, 0, 0x80 | 10) // 2^-10 s
            .epb(2, 1024 * 3 + 512, P3, P3.length)
            .opb(0, 5, P1)
            .spb(P2)
            .bytes();
    byte[] s2 = CaptureBuilder.pcapng(other).section().idb(1, 0, 3).epb(0, 7, P3, 99).bytes();
    byte[] file = new byte[s1.length + s2.length];
    System.arraycopy(s1, 0, file, 0, s1.length);
    System.arraycopy(s2, 0, file, s1.length, s2.length);
    assertEquals(
        List.of(
            "1 0 ETHERNET 1000001000 " + P1.length + " " + hex(P1),
            "2 1 LINUX_SLL 2000000007 60 " + hex(P2),
            "3 2 RAW 3500000000 " + P3.length + " " + hex(P3),
            "4 0 ETHERNET 5000 " + P1.length + " " + hex(P1),
            "5 0 ETHERNET " + FrameView.NO_TIMESTAMP + " " + P2.length + " " + hex(P2),
            "6 0 ETHERNET 7000000 99 " + hex(P3)),
        frames(file));
  }

  @Test
  void unknownInterfaceIsSkippedAndReadingContinues() {
    byte[] file =
        CaptureBuilder.pcapng(ByteOrder.LITTLE_ENDIAN)
            .section()
            .idb(1, 0, -1)
            .epb(3, 1, P1, P1.length)
            .epb(0, 2, P2, P2.length)
            .bytes();
    List<String> got = frames(file);
    assertEquals(2, got.size());
    assertEquals("SKIP pcapng/section[1]/EPB[frame 1]", got.get(0));
    assertTrue(got.get(1).startsWith("2 0 ETHERNET 2000 "));
  }

  @Test
  void notACaptureAndEmptyInputAreFatal() {
    PcapFormatException e =
        assertThrows(
            PcapFormatException.class,
            () ->
                PcapReader.open(
                    new ByteArrayInputStream("hello world".getBytes(StandardCharsets.US_ASCII))));
    assertTrue(e.isFatal());
    assertEquals(0, e.offset());
    assertTrue(e.getMessage().contains("[68] 65 6c 6c"), e.getMessage());
    assertThrows(
        PcapFormatException.class, () -> PcapReader.open(new ByteArrayInputStream(new byte[0])));
  }

  @Test
  void forgedLengthsAreRejectedWithoutLargeAllocation() {
    byte[] hdr = CaptureBuilder.pcap(ByteOrder.BIG_ENDIAN, 0xa1b2c3d4, 65535, 1).bytes();
    byte[] rec = {0, 0, 0, 1, 0, 0, 0, 0, 0x7f, -1, -1, -1, 0x7f, -1, -1, -1, 1, 2, 3};
    byte[] file = Arrays.copyOf(hdr, hdr.length + rec.length);
    System.arraycopy(rec, 0, file, hdr.length, rec.length);
    PcapFormatException e = first(file);
    assertTrue(e.isFatal());
    assertEquals(24 + 8, e.offset());
    assertTrue(e.getMessage().contains("exceeds the limit"), e.getMessage());

    // pcapng block claiming 15 MiB with a few bytes present
    byte[] ng = CaptureBuilder.pcapng(ByteOrder.BIG_ENDIAN).section().idb(1, 0, -1).bytes();
    byte[] blk = {0, 0, 0, 6, 0, (byte) 0xf0, 0, 0, 1, 2, 3, 4};
    byte[] f2 = Arrays.copyOf(ng, ng.length + blk.length);
    System.arraycopy(blk, 0, f2, ng.length, blk.length);
    PcapFormatException e2 = first(f2);
    assertTrue(e2.isFatal());
    assertEquals(ng.length, e2.offset());
    assertTrue(e2.getMessage().contains("truncated block"), e2.getMessage());
    assertTrue(e2.getMessage().length() < 400);
  }

  private static PcapFormatException first(byte[] file) {
    return assertThrows(
        PcapFormatException.class,
        () -> {
          try (PcapReader r = PcapReader.open(new ByteArrayInputStream(file))) {
            while (r.next() != null) {
              // drain
            }
          }
        });
  }

  /** Every prefix of a capture yields a prefix of its frames, then null or one fatal exception. */
  @Test
  void everyTruncationGivesWholeFramesThenAReport() throws IOException {
    List<byte[]> files = new ArrayList<>();
    files.add(
        CaptureBuilder.pcap(ByteOrder.LITTLE_ENDIAN, 0xa1b2c3d4, 65535, 1)
            .record(1, 1, P1)
            .record(2, 2, P2)
            .record(3, 3, P3)
            .bytes());
    files.add(
        CaptureBuilder.pcapng(ByteOrder.BIG_ENDIAN)
            .section()
            .idb(1, 0, 9)
            .epb(0, 1, P1, P1.length)
            .spb(P2)
            .section()
            .idb(101, 0, -1)
            .epb(0, 3, P3, P3.length)
            .bytes());
    Path small =
        SharedCorpus.sharedRoot() == null
            ? null
            : SharedCorpus.sharedRoot().resolve("corpus/bgp/pcap/tcpdump/bgp-bfd-cease.pcap");
    if (small != null && Files.exists(small)) {
      files.add(Files.readAllBytes(small));
    }
    int checked = 0;
    for (byte[] file : files) {
      List<String> full = frames(file);
      assertFalse(full.isEmpty());
      assertFalse(full.get(full.size() - 1).startsWith("FATAL"));
      for (int n = 0; n < file.length; n++) {
        List<String> got = frames(Arrays.copyOf(file, n));
        int whole = got.size();
        if (whole > 0 && got.get(whole - 1).startsWith("FATAL")) {
          whole--;
        }
        assertEquals(full.subList(0, whole), got.subList(0, whole), "prefix " + n);
        assertTrue(whole == got.size() || got.size() == whole + 1);
        checked++;
      }
    }
    assertTrue(checked > 400);
  }

  @Test
  void readsEveryCorpusCapture() throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path p : SharedCorpus.files("bgp/pcap", "")) {
      String n = p.getFileName().toString();
      if (n.endsWith(".pcap") || n.endsWith(".pcapng") || n.endsWith(".cap")) {
        all.add(p);
      }
    }
    all.addAll(SharedCorpus.files("sflow", ".pcap"));
    String coverage =
        Files.readString(SharedCorpus.require("sflow/coverage.json"), StandardCharsets.UTF_8);
    long frames = 0;
    for (Path p : all) {
      long n = 0;
      try (PcapReader r = PcapReader.open(p)) {
        FrameView f;
        while ((f = r.next()) != null) {
          n++;
          assertEquals(n, f.frameNumber());
          assertTrue(
              f.capturedLength() <= f.originalLength() || f.originalLength() == 0, p + " #" + n);
        }
      }
      Matcher m =
          Pattern.compile(
                  Pattern.quote("\"" + p.getFileName() + "\"")
                      + ":\\s*\\{\\s*\"frames\":\\s*(\\d+)")
              .matcher(coverage);
      if (m.find()) {
        assertEquals(Long.parseLong(m.group(1)), n, p.toString());
      }
      Path eth = p.resolveSibling(p.getFileName().toString().replace(".pcap", ".eth.bin"));
      if (!eth.equals(p) && Files.exists(eth)) {
        try (PcapReader r = PcapReader.open(p)) {
          FrameView f = r.next();
          assertNotNull(f);
          assertArrayEquals(Files.readAllBytes(eth), ByteBufUtil.getBytes(f.data()));
        }
      }
      frames += n;
    }
    assertTrue(all.size() >= 100, "captures: " + all.size());
    assertTrue(frames > 1000, "frames: " + frames);
  }
}
