package org.ixwire.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PacketDecoderTest {
  private static final byte[] DATA = {9, 8, 7};
  private static final byte[] IP4 = Frames.ipv4(17, Frames.udp(1, 6343, DATA));
  private final PacketDecoder decoder = new PacketDecoder();

  private @Nullable String decode(LinkType type, byte[] frame) {
    ByteBuf b = Unpooled.wrappedBuffer(frame);
    try {
      PacketView p = decoder.decode(type, b, 0, frame.length);
      return p == null ? null : p.toString();
    } finally {
      b.release();
    }
  }

  private static final String UDP4 = "UDP 192.0.2.1:1 > 192.0.2.2:6343 len=3";

  @Test
  void linkLayers() {
    assertEquals(UDP4, decode(LinkType.ETHERNET, Frames.ethernet(0x0800, IP4)));
    assertEquals(UDP4, decode(LinkType.ETHERNET, Frames.vlan(0x8100, 10, 0x0800, IP4)));
    byte[] qinq = Frames.vlan(0x88A8, 100, 0x8100, Frames.concat(new byte[] {0, 20, 8, 0}, IP4));
    assertEquals(UDP4, decode(LinkType.ETHERNET, qinq));
    byte[] sll = Frames.concat(new byte[14], new byte[] {8, 0}, IP4);
    assertEquals(UDP4, decode(LinkType.LINUX_SLL, sll));
    byte[] sll2 = Frames.concat(new byte[] {8, 0}, new byte[18], IP4);
    assertEquals(UDP4, decode(LinkType.LINUX_SLL2, sll2));
    assertEquals(UDP4, decode(LinkType.RAW, IP4));
    assertEquals(UDP4, decode(LinkType.of(12), IP4));
    assertEquals(UDP4, decode(LinkType.of(14), IP4));
    assertEquals(UDP4, decode(LinkType.NULL, Frames.concat(new byte[] {2, 0, 0, 0}, IP4)));
    assertEquals(UDP4, decode(LinkType.NULL, Frames.concat(new byte[] {0, 0, 0, 2}, IP4)));
    assertEquals(UDP4, decode(LinkType.LOOP, Frames.concat(new byte[] {0, 0, 0, 2}, IP4)));
    assertEquals(UDP4, decode(LinkType.PPP, Frames.concat(new byte[] {-1, 3, 0, 0x21}, IP4)));
    assertEquals(UDP4, decode(LinkType.C_HDLC, Frames.concat(new byte[] {15, 0, 8, 0}, IP4)));
    byte[] mpls =
        Frames.concat(new byte[] {15, 0, (byte) 0x88, 0x47, 0, 1, 0, 64, 0, 2, 1, 64}, IP4);
    assertEquals(UDP4, decode(LinkType.C_HDLC, mpls));
    assertEquals(
        UDP4, decode(LinkType.FRELAY, Frames.concat(new byte[] {0x18, 0x61, 3, (byte) 0xcc}, IP4)));
    assertEquals(UDP4, decode(LinkType.FRELAY, Frames.concat(new byte[] {0x18, 0x61, 8, 0}, IP4)));
    byte[] juniper =
        Frames.concat(
            new byte[] {'M', 'G', 'C', (byte) 0x80, 0, 2, 0, 0}, Frames.ethernet(0x0800, IP4));
    assertEquals(UDP4, decode(LinkType.JUNIPER_ETHER, juniper));
    assertNull(decode(LinkType.of(147), IP4));
    assertNull(decode(LinkType.ETHERNET, Frames.ethernet(0x0806, new byte[28])));
    PacketDecoder.Stats s = decoder.stats();
    assertEquals(1, s.unsupportedLinkType());
    assertEquals(1, s.notIp());
    assertEquals(17, s.udp());
  }

  @Test
  void ipv4OptionsPaddingAndTcp() {
    byte[] tcp = Frames.tcp(40000, 179, 5, 6, PacketView.ACK | PacketView.PSH, DATA);
    ByteBuffer ip = ByteBuffer.allocate(24 + tcp.length);
    ip.put((byte) 0x46).put((byte) 0).putShort((short) (24 + tcp.length)).putInt(0);
    ip.put((byte) 64).put((byte) 6).putShort((short) 0);
    ip.put(new byte[] {10, 0, 0, 1, 10, 0, 0, 2, 1, 1, 1, 0}).put(tcp);
    byte[] padded = Arrays.copyOf(Frames.ethernet(0x0800, ip.array()), 80); // Ethernet padding
    ByteBuf b = Unpooled.wrappedBuffer(padded);
    PacketView p = decoder.decode(LinkType.ETHERNET, b, 0, padded.length);
    assertNotNull(p);
    assertTrue(p.isTcp());
    assertEquals(5, p.sequenceNumber());
    assertEquals(6, p.acknowledgmentNumber());
    assertTrue(p.hasFlag(PacketView.ACK | PacketView.PSH));
    assertArrayEquals(DATA, p.payloadBytes());
    assertEquals("10.0.0.1", p.sourceAddress().getHostAddress());
    b.release();
  }

  @Test
  void ipv6ExtensionHeadersAndFragments() {
    byte[] udp = Frames.udp(1, 6343, DATA);
    byte[] hopByHop = Frames.concat(new byte[] {17, 0, 1, 4, 0, 0, 0, 0}, udp);
    assertEquals(
        "UDP [2001:db8:0:0:0:0:0:1]:1 > [2001:db8:0:0:0:0:0:2]:6343 len=3",
        decode(LinkType.RAW, Frames.ipv6(0, hopByHop)));
    byte[] first = Frames.concat(new byte[] {17, 0, 0, 1, 0, 0, 0, 42}, Arrays.copyOf(udp, 8));
    byte[] second =
        Frames.concat(
            new byte[] {17, 0, 0, 8, 0, 0, 0, 42}, Arrays.copyOfRange(udp, 8, udp.length));
    assertNull(decode(LinkType.RAW, Frames.ipv6(44, first)));
    assertEquals(
        "UDP [2001:db8:0:0:0:0:0:1]:1 > [2001:db8:0:0:0:0:0:2]:6343 len=3",
        decode(LinkType.RAW, Frames.ipv6(44, second)));
    assertEquals(1, decoder.stats().reassembled());
  }

  @Test
  void damagedPacketsAreCountedNeverThrown() {
    byte[] good = Frames.ethernet(0x0800, IP4);
    for (int n = 0; n < good.length; n++) {
      String got = decode(LinkType.ETHERNET, Arrays.copyOf(good, n));
      assertTrue(got == null || got.contains("not captured"), got);
    }
    byte[] badIhl = good.clone();
    badIhl[14] = 0x43;
    assertNull(decode(LinkType.ETHERNET, badIhl));
    byte[] badUdpLen = good.clone();
    badUdpLen[14 + 20 + 5] = 100;
    assertNull(decode(LinkType.ETHERNET, badUdpLen));
    PacketDecoder.Stats s = decoder.stats();
    assertTrue(s.truncated() + s.malformed() + s.udp() >= good.length);
  }
}
