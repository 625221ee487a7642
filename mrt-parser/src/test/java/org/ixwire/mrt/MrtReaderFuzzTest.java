package org.ixwire.mrt;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.ixwire.mrt.format.BgpdumpFormatter;
import org.ixwire.mrt.format.JsonElementFormatter;

/**
 * Fuzzes the record stream: the reader, the bgpdump formatter and the element reader (with bgp-core
 * underneath) must never throw on any input; damage is reported, not raised. Seeds:
 * src/test/resources/org/ixwire/mrt/MrtReaderFuzzTestInputs/records (real MRT samples).
 */
class MrtReaderFuzzTest {

  @FuzzTest
  void records(byte[] data) throws IOException {
    ByteBuf buf = Unpooled.wrappedBuffer(data);
    try {
      BgpdumpFormatter f =
          BgpdumpFormatter.builder().largeCommunities(true).unknownAttributes(true).build();
      StringBuilder sb = new StringBuilder();
      try (MrtReader r = MrtReader.of(buf)) {
        while (r.next()) {
          f.format(r.record(), sb);
          sb.setLength(0);
        }
      }
      JsonElementFormatter json = new JsonElementFormatter();
      try (RouteElementReader r = new RouteElementReader(MrtReader.of(buf))) {
        while (r.next()) {
          json.format(r.element(), sb);
          sb.setLength(0);
        }
      }
    } finally {
      buf.release();
    }
    // the stream path (compression detection, growing buffer) as well
    try (MrtReader r = MrtReader.open(new ByteArrayInputStream(data))) {
      while (r.next()) {
        r.record().timestamp();
      }
    }
  }
}
