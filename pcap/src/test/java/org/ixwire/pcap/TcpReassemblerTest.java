package org.ixwire.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TcpReassemblerTest {
  private static final boolean C = true; // client to server
  private static final boolean S = false;
  private static final int ACK = PacketView.ACK;

  /** Records listener events as strings. */
  static final class Recorder implements TcpStreamListener {
    final List<String> events = new ArrayList<>();

    @Override
    public void onOpen(TcpFlow flow, long ts) {
      events.add("open " + flow.connectionId() + " " + flow.direction() + " syn=" + flow.synSeen());
    }

    @Override
    public void onData(TcpFlow flow, ByteBuf data, long ts, long frame) {
      events.add(flow.direction() + " " + data.toString(StandardCharsets.US_ASCII) + " @" + ts);
    }

    @Override
    public void onGap(TcpFlow flow, long missing, long ts) {
      events.add(flow.direction() + " gap " + missing);
    }

    @Override
    public void onClose(TcpFlow flow, TcpCloseReason reason, long ts) {
      events.add("close " + flow.connectionId() + " " + flow.direction() + " " + reason);
    }
  }

  private final Recorder rec = new Recorder();
  private final TcpReassembler tcp = TcpReassembler.builder().build(rec);
  private final PacketDecoder decoder = new PacketDecoder();
  private long ts;

  private void seg(boolean toServer, long seq, long ack, int flags, String data) {
    byte[] f = Frames.tcpFrame(toServer, seq, ack, flags, data.getBytes(StandardCharsets.US_ASCII));
    ByteBuf b = Unpooled.wrappedBuffer(f);
    try {
      PacketView p = decoder.decode(LinkType.ETHERNET, b, 0, f.length);
      assertNotNull(p);
      p.timestampNanos = ++ts;
      tcp.accept(p);
    } finally {
      b.release();
    }
  }

  private List<String> data() {
    List<String> d = new ArrayList<>();
    for (String e : rec.events) {
      if (!e.startsWith("open") && !e.startsWith("close")) {
        d.add(e.replaceAll(" @\\d+$", ""));
      }
    }
    return d;
  }

  @Test
  void handshakeDataRetransmissionOverlapFin() {
    seg(C, 1000, 0, PacketView.SYN, "");
    seg(S, 5000, 1001, PacketView.SYN | ACK, "");
    seg(C, 1001, 5001, ACK, "abc");
    seg(C, 1001, 5001, ACK, "abc"); // retransmission
    seg(C, 1002, 5001, ACK, "bcdef"); // overlap: only "def" is new
    seg(S, 5001, 1007, ACK, "XY");
    seg(C, 1007, 5003, ACK | PacketView.FIN, "g");
    seg(S, 5003, 1009, ACK | PacketView.FIN, "");
    assertEquals(
        List.of(
            "open 1 TO_SERVER syn=true",
            "open 1 FROM_SERVER syn=true",
            "TO_SERVER abc @3",
            "TO_SERVER def @5",
            "FROM_SERVER XY @6",
            "TO_SERVER g @7",
            "close 1 TO_SERVER FIN",
            "close 1 FROM_SERVER FIN"),
        rec.events);
    assertEquals(1, tcp.duplicates());
    assertEquals(0, tcp.gaps());
    tcp.finish();
    assertEquals(8, rec.events.size());
  }

  @Test
  void outOfOrderSegmentsAreHeldAndDeliveredInOrderAcrossSequenceWrap() {
    long isn = 0xFFFF_FFFDL; // data starts at 0xFFFFFFFE and wraps
    seg(C, isn, 0, PacketView.SYN, "");
    seg(C, 2, 0, ACK, "ef"); // bytes 0xFFFFFFFE + 4 = 2 (mod 2^32)
    seg(C, 0, 0, ACK, "cd");
    seg(C, 0xFFFF_FFFEL, 0, ACK, "ab");
    seg(C, 2, 0, ACK, "e"); // duplicate
    assertEquals(List.of("TO_SERVER ab", "TO_SERVER cd", "TO_SERVER ef"), data());
    assertEquals(1, tcp.duplicates());
    assertEquals(0, tcp.bufferedBytes());
  }

  @Test
  void midStreamCaptureAndGapOnFinish() {
    seg(S, 777, 0, ACK, "hello"); // no SYN seen
    seg(S, 790, 0, ACK, "world"); // 8 bytes missing before it
    tcp.finish();
    assertEquals(
        List.of(
            "open 1 FROM_SERVER syn=false",
            "FROM_SERVER hello @1",
            "FROM_SERVER gap 8",
            "FROM_SERVER world @2",
            "close 1 FROM_SERVER END_OF_CAPTURE"),
        rec.events);
  }

  @Test
  void peerAckOfUncapturedBytesDeclaresGap() {
    seg(C, 100, 0, ACK, "aa");
    seg(C, 110, 0, ACK, "bb"); // held: 8 bytes never captured
    seg(S, 1, 112, ACK, ""); // server acknowledged them all
    assertEquals(List.of("TO_SERVER aa", "TO_SERVER gap 8", "TO_SERVER bb"), data());
  }

  @Test
  void bufferLimitDeclaresGap() {
    TcpReassembler small =
        TcpReassembler.builder().serverPorts(179).maxBufferedBytesPerDirection(4).build(rec);
    byte[][] frames = {
      Frames.tcpFrame(C, 100, 0, ACK, "aa".getBytes(StandardCharsets.US_ASCII)),
      Frames.tcpFrame(C, 200, 0, ACK, "bbb".getBytes(StandardCharsets.US_ASCII)),
      Frames.tcpFrame(C, 203, 0, ACK, "cc".getBytes(StandardCharsets.US_ASCII))
    };
    for (byte[] f : frames) {
      ByteBuf b = Unpooled.wrappedBuffer(f);
      PacketView p = decoder.decode(LinkType.ETHERNET, b, 0, f.length);
      assertNotNull(p);
      small.accept(p);
      b.release();
    }
    assertEquals(
        List.of("TO_SERVER aa", "TO_SERVER gap 98", "TO_SERVER bbb", "TO_SERVER cc"), data());
  }

  @Test
  void rstClosesBothDirectionsAndNewSynStartsNewConnection() {
    seg(C, 10, 0, PacketView.SYN, "");
    seg(S, 20, 11, PacketView.SYN | ACK, "");
    seg(C, 11, 21, ACK, "x");
    seg(S, 21, 12, PacketView.RST, "");
    seg(C, 11, 21, ACK, "x"); // late retransmission: dropped
    seg(C, 500, 0, PacketView.SYN, "");
    seg(C, 501, 0, ACK, "y");
    tcp.finish();
    assertEquals(
        List.of(
            "open 1 TO_SERVER syn=true",
            "open 1 FROM_SERVER syn=true",
            "TO_SERVER x @3",
            "close 1 TO_SERVER RST",
            "close 1 FROM_SERVER RST",
            "open 2 TO_SERVER syn=true",
            "TO_SERVER y @7",
            "close 2 TO_SERVER END_OF_CAPTURE"),
        rec.events);
  }

  @Test
  void ignoresOtherPortsAndBareAcks() {
    byte[] f = Frames.ethernet(0x0800, Frames.ipv4(6, Frames.tcp(1, 2, 0, 0, ACK, new byte[] {1})));
    ByteBuf b = Unpooled.wrappedBuffer(f);
    PacketView p = decoder.decode(LinkType.ETHERNET, b, 0, f.length);
    assertNotNull(p);
    tcp.accept(p);
    b.release();
    seg(C, 1, 1, ACK, "");
    assertEquals(List.of(), rec.events);
    assertEquals(1, tcp.segments());
  }

  @Test
  void flowValues() {
    seg(C, 1, 0, ACK, "q");
    TcpFlow[] got = new TcpFlow[1];
    TcpReassembler t =
        TcpReassembler.builder()
            .build(
                (flow, data, time, frame) -> {
                  got[0] = flow;
                  assertEquals("q", ByteBufUtil.hexDump(data).equals("71") ? "q" : "?");
                });
    byte[] f = Frames.tcpFrame(C, 1, 0, ACK, new byte[] {'q'});
    ByteBuf b = Unpooled.wrappedBuffer(f);
    PacketView p = decoder.decode(LinkType.ETHERNET, b, 0, f.length);
    assertNotNull(p);
    t.accept(p);
    b.release();
    assertNotNull(got[0]);
    assertEquals("192.0.2.2:179", got[0].server().toString());
    assertEquals("192.0.2.1:40000", got[0].client().toString());
    assertEquals("#1 192.0.2.1:40000 > 192.0.2.2:179", got[0].toString());
  }
}
