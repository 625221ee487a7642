package org.ixwire.pcap;

import java.nio.ByteBuffer;

/** Test helper: builds Ethernet/IPv4/IPv6/UDP/TCP frames (checksums left zero). */
final class Frames {
  private Frames() {}

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    ByteBuffer b = ByteBuffer.allocate(n);
    for (byte[] p : parts) {
      b.put(p);
    }
    return b.array();
  }

  static byte[] ethernet(int etherType, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(14 + payload.length);
    b.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1}).putShort((short) etherType).put(payload);
    return b.array();
  }

  static byte[] vlan(int tpid, int vid, int etherType, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(18 + payload.length);
    b.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1});
    b.putShort((short) tpid).putShort((short) vid).putShort((short) etherType).put(payload);
    return b.array();
  }

  static byte[] ipv4(byte[] src, byte[] dst, int protocol, int id, int flagsFrag, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
    b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + payload.length)).putShort((short) id);
    b.putShort((short) flagsFrag).put((byte) 64).put((byte) protocol).putShort((short) 0);
    b.put(src).put(dst).put(payload);
    return b.array();
  }

  static byte[] ipv4(int protocol, byte[] payload) {
    return ipv4(
        new byte[] {(byte) 192, 0, 2, 1},
        new byte[] {(byte) 192, 0, 2, 2},
        protocol,
        1,
        0,
        payload);
  }

  static byte[] ipv6(int nextHeader, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(40 + payload.length);
    b.putInt(0x60000000).putShort((short) payload.length).put((byte) nextHeader).put((byte) 64);
    b.put(new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
    b.put(new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2});
    b.put(payload);
    return b.array();
  }

  static byte[] udp(int srcPort, int dstPort, byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(8 + data.length);
    b.putShort((short) srcPort).putShort((short) dstPort).putShort((short) (8 + data.length));
    b.putShort((short) 0).put(data);
    return b.array();
  }

  static byte[] tcp(int srcPort, int dstPort, long seq, long ack, int flags, byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(20 + data.length);
    b.putShort((short) srcPort).putShort((short) dstPort).putInt((int) seq).putInt((int) ack);
    b.put((byte) 0x50).put((byte) flags).putShort((short) 65535).putInt(0).put(data);
    return b.array();
  }

  /** Ethernet/IPv4/UDP 192.0.2.1:50000 to 192.0.2.2:dstPort. */
  static byte[] udpFrame(int dstPort, byte[] data) {
    return ethernet(0x0800, ipv4(17, udp(50000, dstPort, data)));
  }

  /** Ethernet/IPv4/TCP from 192.0.2.1 (client) or 192.0.2.2 (server, port 179). */
  static byte[] tcpFrame(boolean toServer, long seq, long ack, int flags, byte[] data) {
    byte[] client = {(byte) 192, 0, 2, 1};
    byte[] server = {(byte) 192, 0, 2, 2};
    byte[] seg =
        toServer ? tcp(40000, 179, seq, ack, flags, data) : tcp(179, 40000, seq, ack, flags, data);
    return ethernet(
        0x0800, ipv4(toServer ? client : server, toServer ? server : client, 6, 1, 0, seg));
  }
}
