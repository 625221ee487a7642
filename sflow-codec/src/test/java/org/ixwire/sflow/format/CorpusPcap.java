package org.ixwire.sflow.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: reads a classic pcap the way sflowtool -r does (Ethernet or Linux SLL, VLAN tags,
 * IPv4 header length, IPv6 without extension headers, 8-byte UDP header) and returns the payloads
 * with their timestamps.
 */
final class CorpusPcap {
  record Datagram(byte[] payload, long seconds, long micros) {}

  private CorpusPcap() {}

  static List<Datagram> read(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
    int magic = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    if (magic != 0xa1b2c3d4) {
      b.order(ByteOrder.BIG_ENDIAN);
    }
    int linkType = b.getInt(20);
    List<Datagram> out = new ArrayList<>();
    int p = 24;
    while (p + 16 <= b.limit()) {
      long sec = Integer.toUnsignedLong(b.getInt(p));
      long usec = Integer.toUnsignedLong(b.getInt(p + 4));
      int caplen = b.getInt(p + 8);
      int len = b.getInt(p + 12);
      p += 16;
      if (caplen >= len) {
        byte[] frame = new byte[caplen];
        b.get(p, frame);
        int skip = offsetToSflow(frame, linkType);
        byte[] payload = new byte[Math.max(0, caplen - skip)];
        System.arraycopy(frame, skip, payload, 0, payload.length);
        out.add(new Datagram(payload, sec, usec));
      }
      p += caplen;
    }
    return out;
  }

  private static int u16(byte[] f, int i) {
    return ((f[i] & 0xff) << 8) | (f[i + 1] & 0xff);
  }

  static int offsetToSflow(byte[] f, int linkType) {
    int p;
    int type;
    if (linkType == 113) {
      p = 14;
      type = u16(f, p);
      p += 2;
    } else {
      if (f.length < 14) {
        return -1;
      }
      type = u16(f, 12);
      p = 14;
    }
    while (type == 0x8100 || type == 0x9100) {
      p += 2;
      type = u16(f, p);
      p += 2;
    }
    if (type == 0x0800) {
      p += (f[p] & 15) << 2;
    } else if (type == 0x86dd) {
      p += 40;
    }
    return p + 8;
  }
}
