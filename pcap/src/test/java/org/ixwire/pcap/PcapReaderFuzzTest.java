package org.ixwire.pcap;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Any input: frames, then null or PcapFormatException; never another exception, never a hang. */
class PcapReaderFuzzTest {

  @FuzzTest
  void read(byte[] input) throws IOException {
    PacketDecoder decoder = new PacketDecoder();
    TcpReassembler tcp =
        TcpReassembler.builder().serverPorts(PortSet.all()).build((f, d, t, n) -> d.getByte(0));
    PcapReader reader;
    try {
      reader = PcapReader.open(new ByteArrayInputStream(input));
    } catch (PcapFormatException e) {
      return;
    }
    try (reader) {
      for (int i = 0; i < 100_000; i++) {
        FrameView f;
        try {
          f = reader.next();
        } catch (PcapFormatException e) {
          if (e.isFatal()) {
            break;
          }
          continue;
        }
        if (f == null) {
          break;
        }
        PacketView p = decoder.decode(f);
        if (p != null) {
          p.payload();
          tcp.accept(p);
        }
      }
      tcp.finish();
    }
  }
}
