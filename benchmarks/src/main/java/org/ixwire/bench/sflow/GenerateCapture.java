package org.ixwire.bench.sflow;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ixwire.sflow.SflowDatagram;
import org.ixwire.sflow.SflowEncoder;

/**
 * Writes a classic pcap of sFlow datagrams made with the encoder, for whole-program throughput runs
 * ({@code ixwire sflow -l} against other decoders on the same file): {@code java -cp benchmarks.jar
 * org.ixwire.bench.sflow.GenerateCapture OUT.pcap SAMPLES}. Each datagram is {@link
 * SflowDecodeBenchmark}'s typical one (7 flow samples) with its sequence number advanced, wrapped
 * in Ethernet/IPv4/UDP 192.0.2.1:50000 → 192.0.2.2:6343.
 */
public final class GenerateCapture {
  private GenerateCapture() {}

  /** Entry point: output file and number of flow samples (rounded up to whole datagrams). */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    long samples = Long.parseLong(args[1]);
    SflowDatagram base = SflowDecodeBenchmark.typical();
    int len = SflowEncoder.encodedLength(base);
    ByteBuf payload = Unpooled.buffer(len);
    SflowEncoder.encode(base, payload);
    byte[] p = new byte[len];
    payload.readBytes(p);
    payload.release();
    long datagrams = (samples + SflowDecodeBenchmark.SAMPLES - 1) / SflowDecodeBenchmark.SAMPLES;
    byte[] frame = new byte[14 + 20 + 8 + len];
    // Ethernet
    frame[0] = 0x02;
    frame[5] = 0x02;
    frame[6] = 0x02;
    frame[11] = 0x01;
    frame[12] = 0x08;
    // IPv4
    int ipLen = 20 + 8 + len;
    frame[14] = 0x45;
    frame[16] = (byte) (ipLen >> 8);
    frame[17] = (byte) ipLen;
    frame[22] = 64;
    frame[23] = 17;
    byte[] src = {(byte) 192, 0, 2, 1};
    byte[] dst = {(byte) 192, 0, 2, 2};
    System.arraycopy(src, 0, frame, 26, 4);
    System.arraycopy(dst, 0, frame, 30, 4);
    int sum = 0;
    for (int i = 14; i < 34; i += 2) {
      sum += ((frame[i] & 0xff) << 8) | (frame[i + 1] & 0xff);
    }
    sum = (sum >> 16) + (sum & 0xffff);
    sum = ~(sum + (sum >> 16)) & 0xffff;
    frame[24] = (byte) (sum >> 8);
    frame[25] = (byte) sum;
    // UDP
    frame[34] = (byte) (50000 >> 8);
    frame[35] = (byte) 50000;
    frame[36] = (byte) (6343 >> 8);
    frame[37] = (byte) 6343;
    frame[38] = (byte) ((8 + len) >> 8);
    frame[39] = (byte) (8 + len);
    System.arraycopy(p, 0, frame, 42, len);
    int seqAt = 42 + 4 + 4 + 4 + 4; // version, address type, address, sub-agent id
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
      byte[] hdr = new byte[24];
      le32(hdr, 0, 0xa1b2c3d4);
      hdr[4] = 2;
      hdr[6] = 4;
      le32(hdr, 16, 65535);
      le32(hdr, 20, 1);
      o.write(hdr);
      byte[] rec = new byte[16];
      for (long i = 0; i < datagrams; i++) {
        be32(frame, seqAt, (int) i);
        le32(rec, 0, (int) (1_700_000_000L + i / 1000));
        le32(rec, 4, (int) ((i % 1000) * 1000));
        le32(rec, 8, frame.length);
        le32(rec, 12, frame.length);
        o.write(rec);
        o.write(frame);
      }
    }
    System.err.println(
        datagrams
            + " datagrams, "
            + datagrams * SflowDecodeBenchmark.SAMPLES
            + " flow samples -> "
            + out);
  }

  private static void le32(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >> 8);
    b[at + 2] = (byte) (v >> 16);
    b[at + 3] = (byte) (v >> 24);
  }

  private static void be32(byte[] b, int at, int v) {
    b[at] = (byte) (v >> 24);
    b[at + 1] = (byte) (v >> 16);
    b[at + 2] = (byte) (v >> 8);
    b[at + 3] = (byte) v;
  }
}
