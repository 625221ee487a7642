package org.ixwire.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ixwire.testing.Allocation;
import org.ixwire.testing.LeakCheckExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Resource bounds of the capture reader and TCP reassembly on forged lengths, in the {@code
 * -Xmx64m} JVM of the {@code bounded-memory} execution: a classic record claiming 4 GiB or just
 * under the 16 MiB cap, a pcapng block claiming 4 GiB, all in a few hundred bytes. Each finishes
 * with the frames before the damage and the damage reported, allocating about what is present.
 */
@Tag("bounded")
@ExtendWith(LeakCheckExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BoundedResourcesTest {

  static byte[] bytes(ByteBuf b) {
    byte[] out = new byte[b.readableBytes()];
    b.getBytes(b.readerIndex(), out);
    return out;
  }

  /** A classic pcap: one intact 60-byte frame, then a record header claiming {@code len}. */
  static byte[] classicClaiming(long len) {
    ByteBuf b = Unpooled.buffer();
    b.writeIntLE(0xa1b2c3d4).writeShortLE(2).writeShortLE(4).writeIntLE(0).writeIntLE(0);
    b.writeIntLE(262144).writeIntLE(1);
    b.writeIntLE(1).writeIntLE(0).writeIntLE(60).writeIntLE(60).writeZero(60);
    b.writeIntLE(2).writeIntLE(0).writeIntLE((int) len).writeIntLE((int) len).writeZero(200);
    return bytes(b);
  }

  /** A pcapng section header and interface block, then a block claiming 0xfffffff0 bytes. */
  static byte[] pcapngClaiming() {
    ByteBuf b = Unpooled.buffer();
    b.writeIntLE(0x0a0d0d0a).writeIntLE(28).writeIntLE(0x1a2b3c4d).writeShortLE(1).writeShortLE(0);
    b.writeLongLE(-1).writeIntLE(28);
    b.writeIntLE(1)
        .writeIntLE(20)
        .writeShortLE(1)
        .writeShortLE(0)
        .writeIntLE(262144)
        .writeIntLE(20);
    b.writeIntLE(6).writeIntLE(0xfffffff0).writeZero(200);
    return bytes(b);
  }

  static int frames(byte[] capture, List<PcapFormatException> problems) {
    int n = 0;
    try (PcapReader r = PcapReader.open(new ByteArrayInputStream(capture))) {
      while (true) {
        try {
          if (r.next() == null) {
            break;
          }
          n++;
        } catch (PcapFormatException e) {
          problems.add(e);
          if (e.isFatal()) {
            break;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  @Test
  void forgedRecordLengths() {
    for (long claim : new long[] {0xffff_ffffL, (15L << 20), 1L << 20}) {
      byte[] in = classicClaiming(claim);
      Allocation.assertBounded(
          "classic record claiming " + claim,
          in.length,
          64,
          1 << 20,
          () -> {
            List<PcapFormatException> problems = new java.util.ArrayList<>();
            assertEquals(1, frames(in, problems), "the intact frame before the damage");
            // the damage is reported at the second record's header (file offset 100)
            assertTrue(
                !problems.isEmpty()
                    && problems.get(0).offset() >= 100
                    && problems.get(0).offset() < 116,
                problems.toString());
          });
    }
    byte[] ng = pcapngClaiming();
    Allocation.assertBounded(
        "pcapng block claiming 4 GiB",
        ng.length,
        64,
        1 << 20,
        () -> {
          List<PcapFormatException> problems = new java.util.ArrayList<>();
          frames(ng, problems);
          assertTrue(!problems.isEmpty(), "damage reported");
        });
  }
}
