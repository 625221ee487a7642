package org.ixwire.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Writes small classic pcap files (Ethernet, IPv4) around fuzzer data, so CLI fuzz targets reach
 * the BGP and sFlow decoders behind the capture reader: TCP segments from 192.0.2.1:40000 to
 * 192.0.2.2:179, or UDP datagrams to port 6343. The fuzzer may also cut the file short.
 */
public final class Captures {
  private Captures() {}

  private static ByteBuf header() {
    ByteBuf b = Unpooled.buffer();
    b.writeIntLE(0xa1b2c3d4).writeShortLE(2).writeShortLE(4).writeIntLE(0).writeIntLE(0);
    b.writeIntLE(65535).writeIntLE(1);
    return b;
  }

  private static void packet(ByteBuf b, int ts, int proto, byte[] l4) {
    int ipLen = 20 + l4.length;
    int frame = 14 + ipLen;
    b.writeIntLE(ts).writeIntLE(0).writeIntLE(frame).writeIntLE(frame);
    b.writeBytes(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 8, 0});
    b.writeByte(0x45).writeByte(0).writeShort(ipLen).writeShort(ts).writeShort(0x4000);
    b.writeByte(64).writeByte(proto).writeShort(0);
    b.writeBytes(new byte[] {(byte) 192, 0, 2, 1, (byte) 192, 0, 2, 2});
    b.writeBytes(l4);
  }

  private static byte[] finish(ByteBuf b, FuzzedDataProvider d) {
    int cut = d.consumeBoolean() ? d.consumeInt(0, 64) : 0;
    byte[] out = new byte[Math.max(24, b.readableBytes() - cut)];
    b.getBytes(0, out);
    return out;
  }

  /** TCP segments in sequence order (the fuzzer may leave a gap) carrying the remaining data. */
  public static byte[] tcp(FuzzedDataProvider d) {
    ByteBuf b = header();
    int segments = d.consumeInt(1, 4);
    long seq = 1000;
    for (int i = 0; i < segments; i++) {
      byte[] payload =
          i == segments - 1 ? d.consumeRemainingAsBytes() : d.consumeBytes(d.consumeInt(0, 200));
      if (d.remainingBytes() > 0 && d.consumeInt(0, 15) == 0) {
        seq += d.consumeInt(1, 100);
      }
      ByteBuf t = Unpooled.buffer();
      t.writeShort(40000).writeShort(179).writeInt((int) seq).writeInt(1);
      t.writeByte(5 << 4)
          .writeByte(i == 0 ? 0x02 : 0x18)
          .writeShort(65535)
          .writeShort(0)
          .writeShort(0);
      if (i == 0) {
        // SYN carries no data; the stream starts after it
        byte[] syn = new byte[t.readableBytes()];
        t.getBytes(0, syn);
        packet(b, i, 6, syn);
        seq++;
        t.setInt(4, (int) seq);
        t.setByte(13, 0x18);
      }
      t.writeBytes(payload);
      byte[] seg = new byte[t.readableBytes()];
      t.getBytes(0, seg);
      packet(b, i + 1, 6, seg);
      seq += payload.length;
    }
    return finish(b, d);
  }

  /** UDP datagrams to port 6343 carrying the remaining data, split where the fuzzer says. */
  public static byte[] udp(FuzzedDataProvider d) {
    ByteBuf b = header();
    int n = d.consumeInt(1, 3);
    for (int i = 0; i < n; i++) {
      byte[] payload =
          i == n - 1 ? d.consumeRemainingAsBytes() : d.consumeBytes(d.consumeInt(0, 1400));
      ByteBuf u = Unpooled.buffer();
      u.writeShort(40000).writeShort(6343).writeShort(8 + payload.length).writeShort(0);
      u.writeBytes(payload);
      byte[] dg = new byte[u.readableBytes()];
      u.getBytes(0, dg);
      packet(b, i, 17, dg);
    }
    return finish(b, d);
  }
}
