package org.ixwire.sflow.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class HeaderParserTest {
  private final PacketFacts f = new PacketFacts();

  private void parse(String hex, int proto) {
    ByteBuf b = Hex.buf(hex);
    try {
      HeaderParser.parse(b, 0, b.readableBytes(), proto, f);
    } finally {
      b.release();
    }
  }

  @Test
  void qinqTcp() {
    // akvorado data-qinq header: two 802.1Q tags, IPv4, TCP ACK
    parse(
        "000110621493 4caea3520ff6 8100 4426 8100 45d5 0800"
            + " 45000050db5f40003e0665c0313131023131316d 7d1101bbd259ddb7f785796ff0104876",
        1);
    assertEquals(0x000110621493L, f.dstMac);
    assertEquals(2, f.vlanCount);
    assertEquals(1062, f.outerVlan());
    assertEquals(1493, f.innerVlan());
    assertEquals(4, f.ipVersion);
    assertEquals(6, f.ipProtocol);
    assertEquals(32017, f.srcPort);
    assertEquals(443, f.dstPort);
    assertEquals(0x10, f.tcpFlags);
    assertEquals(62, f.ttl);
  }

  @Test
  void ipv6WithHopByHopAndIcmpv6() {
    parse(
        "333300000016 020000000001 86dd 6000000000240001 fe800000000000000000000000000001"
            + " ff020000000000000000000000000016 3a00050200000100 8f00fcd900000001",
        1);
    assertEquals(6, f.ipVersion);
    assertEquals(1, f.ipv6ExtensionHeaders);
    assertEquals(58, f.ipProtocol);
    assertEquals(0x8f, f.icmpType);
  }

  @Test
  void ipv4OptionsAndFragment() {
    parse("4600001c00012001 40110000 0a000001 0a000002 01010100", 11);
    assertTrue(f.hasIpOptions);
    assertEquals(24, f.ipHeaderLength);
    assertEquals(1, f.fragmentOffset);
    assertTrue(f.moreFragments);
    assertFalse(f.hasL4);
  }

  @Test
  void vxlanInnerEthernet() {
    parse(
        "45000046000000004011000001010101 02020202 c0001 2b5 0032 0000"
            + " 0800000000123400 aabbccddeeff 112233445566 0800"
            + " 4500001c0000000040010000 0a000001 0a000002 0800f7ff00000000",
        11);
    assertTrue(f.vxlan);
    assertEquals(0x1234, f.vni);
    PacketFacts in = f.inner();
    assertTrue(f.hasInner && in != null);
    assertEquals(1, in.ipProtocol);
    assertEquals(8, in.icmpType);
  }

  @Test
  void greInnerIpv4AndMplsStack() {
    parse(
        "4500003000000000402f0000 01010101 02020202 20000800 0000002a"
            + " 4500001c0000000040110000 0a000001 0a000002 0035003500080000",
        11);
    assertTrue(f.gre);
    assertEquals(42, f.greKey);
    PacketFacts in = f.inner();
    assertTrue(in != null && in.ipProtocol == 17 && in.dstPort == 53);
    parse(
        "000000000001 000000000002 8847 00064040 00065140 4500001c0000000040060000"
            + " 0a000001 0a000002",
        1);
    assertEquals(2, f.labelCount);
    assertEquals(4, f.ipVersion);
    assertTrue(f.truncated);
  }

  @Test
  void truncatedHeaderNeverThrows() {
    parse("0001020304", 1);
    assertTrue(f.truncated);
    assertFalse(f.hasEthernet);
  }
}
