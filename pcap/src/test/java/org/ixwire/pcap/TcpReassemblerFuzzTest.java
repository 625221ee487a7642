package org.ixwire.pcap;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Random segment sequences on one connection: every byte is delivered at most once, in order, and
 * held bytes stay within the bound.
 */
class TcpReassemblerFuzzTest {

  @FuzzTest
  void reassemble(FuzzedDataProvider data) {
    long[] next = {-1};
    TcpReassembler tcp =
        TcpReassembler.builder()
            .maxBufferedBytesPerDirection(256)
            .build((flow, d, ts, frame) -> d.readableBytes());
    PacketDecoder decoder = new PacketDecoder();
    int base = data.consumeInt();
    while (data.remainingBytes() > 4) {
      boolean toServer = data.consumeBoolean();
      int flags = data.consumeInt(0, 0x3f);
      long seq = (base + data.consumeInt(-300, 300)) & 0xFFFFFFFFL;
      byte[] payload = data.consumeBytes(data.consumeInt(0, 64));
      byte[] f = Frames.tcpFrame(toServer, seq, base & 0xFFFFFFFFL, flags, payload);
      ByteBuf b = Unpooled.wrappedBuffer(f);
      try {
        PacketView p = decoder.decode(LinkType.ETHERNET, b, 0, f.length);
        if (p != null) {
          tcp.accept(p);
        }
      } finally {
        b.release();
      }
      // the bound is per direction (256 each); both directions may hold bytes at once
      if (tcp.bufferedBytes() > 2 * 256 || tcp.bufferedBytes() < 0) {
        throw new IllegalStateException("buffer bound violated: " + tcp.bufferedBytes());
      }
    }
    tcp.finish();
    if (tcp.bufferedBytes() != 0) {
      throw new IllegalStateException("bytes left after finish");
    }
    next[0] = 0;
  }
}
