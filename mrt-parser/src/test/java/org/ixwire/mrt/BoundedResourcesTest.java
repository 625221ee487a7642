package org.ixwire.mrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ixwire.mrt.format.BgpdumpFormatter;
import org.ixwire.mrt.format.JsonElementFormatter;
import org.ixwire.testing.Allocation;
import org.ixwire.testing.LeakCheckExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resource bounds of the MRT reader on adversarial input, in the {@code -Xmx64m} JVM of the {@code
 * bounded-memory} execution: records claiming 4 GiB or just under the 64 MiB cap, counts of 65535
 * entries or peers in a few bytes, through the buffer, stream and file readers, the bgpdump
 * formatter and the element reader. Each finishes, reports damage with its offset, and allocates at
 * most a small factor of the input actually present.
 */
@Tag("bounded")
@ExtendWith(LeakCheckExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BoundedResourcesTest {
  @TempDir Path dir;

  /** A 12-byte MRT header. */
  static ByteBuf header(ByteBuf b, long ts, int type, int subtype, long length) {
    return b.writeInt((int) ts).writeShort(type).writeShort(subtype).writeInt((int) length);
  }

  static byte[] bytes(ByteBuf b) {
    byte[] out = new byte[b.readableBytes()];
    b.getBytes(b.readerIndex(), out);
    return out;
  }

  /** A state change record (intact), then a record claiming {@code length}, then 100 bytes. */
  static byte[] claiming(long length) {
    ByteBuf b = Unpooled.buffer();
    header(b, 1_600_000_000L, 16, 0, 20);
    b.writeShort(64500).writeShort(64501).writeShort(0).writeShort(1);
    b.writeInt(0x0a000001).writeInt(0x0a000002).writeShort(1).writeShort(6);
    header(b, 1_600_000_001L, 13, 2, length);
    b.writeZero(100);
    return bytes(b);
  }

  static int readAll(MrtReader r, List<MrtDamage> damage) {
    int n = 0;
    StringBuilder sb = new StringBuilder();
    BgpdumpFormatter f = BgpdumpFormatter.builder().build();
    while (r.next()) {
      f.format(r.record(), sb);
      sb.setLength(0);
      n++;
    }
    damage.addAll(r.damage());
    return n;
  }

  @Test
  void recordsClaimingHugeLengths() throws IOException {
    for (long claim : new long[] {0xffff_ffffL, 1L << 31, (60L << 20), (1L << 20)}) {
      byte[] in = claiming(claim);
      Path file = dir.resolve("claim-" + claim + ".mrt");
      Files.write(file, in);
      Runnable[] paths = {
        () -> check(claim, () -> MrtReader.of(Unpooled.wrappedBuffer(in))),
        () -> check(claim, () -> MrtReader.open(new ByteArrayInputStream(in))),
        () -> check(claim, () -> MrtReader.open(file))
      };
      for (Runnable p : paths) {
        // constant: the stream reader's 256 KiB buffer
        Allocation.assertBounded("record claiming " + claim + " bytes", in.length, 64, 1 << 20, p);
      }
    }
  }

  interface Open {
    MrtReader open() throws IOException;
  }

  private static void check(long claim, Open o) {
    List<MrtDamage> damage = new java.util.ArrayList<>();
    int n;
    try (MrtReader r = o.open()) {
      n = readAll(r, damage);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(1, n, "the intact record before the damage");
    assertFalse(damage.isEmpty(), "damage reported for a claim of " + claim);
    assertEquals(32, damage.get(0).fileOffset(), damage.toString());
  }

  /** A PEER_INDEX_TABLE claiming 65535 peers, then a RIB claiming 65535 entries, in few bytes. */
  static byte[] forgedCounts() {
    ByteBuf b = Unpooled.buffer();
    header(b, 1_600_000_000L, 13, 1, 4 + 2 + 2 + 1 + 4 + 4 + 2);
    b.writeInt(0x0a000001).writeShort(0).writeShort(65535);
    b.writeByte(0).writeInt(1).writeInt(0x0a000002).writeShort(64500);
    header(b, 1_600_000_000L, 13, 2, 4 + 1 + 3 + 2 + 8 + 4);
    b.writeInt(0).writeByte(24).writeMedium(0xc63364).writeShort(65535);
    b.writeShort(0).writeInt(1_600_000_000).writeShort(4).writeInt(0x40010100);
    return bytes(b);
  }

  @Test
  void forgedCountsInAFewBytes() {
    byte[] in = forgedCounts();
    ByteBuf buf = Unpooled.wrappedBuffer(in);
    Allocation.assertBounded(
        "forged peer and entry counts",
        in.length,
        1024,
        () -> {
          List<MrtDamage> damage = new java.util.ArrayList<>();
          try (MrtReader r = MrtReader.of(buf)) {
            assertEquals(2, readAll(r, damage));
          }
          StringBuilder sb = new StringBuilder();
          JsonElementFormatter json = new JsonElementFormatter();
          try (RouteElementReader r = new RouteElementReader(MrtReader.of(buf))) {
            while (r.next()) {
              json.format(r.element(), sb);
            }
          }
          assertTrue(sb.length() < 4096, sb.toString());
        });
  }

  /** {@code n} RIB records of one entry each, after a one-peer table. */
  static byte[] ribs(int n) {
    ByteBuf b = Unpooled.buffer();
    header(b, 1_600_000_000L, 13, 1, 4 + 2 + 2 + 1 + 4 + 4 + 2);
    b.writeInt(0x0a000001).writeShort(0).writeShort(1);
    b.writeByte(0).writeInt(1).writeInt(0x0a000002).writeShort(64500);
    byte[] attrs = {
      0x40, 1, 1, 0, 0x40, 2, 4, 2, 1, (byte) 0xfb, (byte) 0xf4, 0x40, 3, 4, 10, 0, 0, 2
    };
    for (int i = 0; i < n; i++) {
      header(b, 1_600_000_000L, 13, 2, 4 + 1 + 3 + 2 + 8 + attrs.length);
      b.writeInt(i).writeByte(24).writeMedium(0x0a0000 + i).writeShort(1);
      b.writeShort(0).writeInt(1_600_000_000).writeShort(attrs.length).writeBytes(attrs);
    }
    return bytes(b);
  }

  @Test
  void costIsLinearInTheNumberOfRecords() {
    Allocation.assertLinear(
        "RIB records through reader and formatter",
        2000,
        n -> {
          byte[] in = ribs(n);
          ByteBuf buf = Unpooled.wrappedBuffer(in);
          return () -> {
            try (MrtReader r = MrtReader.of(buf)) {
              assertEquals(n + 1, readAll(r, new java.util.ArrayList<>()));
            }
          };
        });
    Allocation.assertLinear(
        "RIB records from a stream",
        2000,
        n -> {
          byte[] in = ribs(n);
          return () -> {
            try (MrtReader r = MrtReader.open(new ByteArrayInputStream(in))) {
              assertEquals(n + 1, readAll(r, new java.util.ArrayList<>()));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          };
        });
  }
}
