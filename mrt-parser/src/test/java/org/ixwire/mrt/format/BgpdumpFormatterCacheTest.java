package org.ixwire.mrt.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.mrt.MrtReader;
import org.ixwire.mrt.MrtWriter;
import org.ixwire.mrt.record.MrtSubtype;
import org.ixwire.mrt.record.PeerIndexTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The formatter keeps text between records — each peer's line start, the route tails of attribute
 * blobs it has seen — so a long-lived formatter must print every record exactly as a fresh one
 * does. Checked on generated dumps that change the peer index table (to one of another size), the
 * time, ADD-PATH and the peers while repeating a small pool of attribute blobs.
 */
class BgpdumpFormatterCacheTest {
  @ParameterizedTest
  @ValueSource(strings = {"m", "change", "ml"})
  void aLongLivedFormatterPrintsWhatAFreshOnePrints(String variant) {
    ByteBuf dump = dump(new SplittableRandom(6396));
    try {
      BgpdumpFormatter kept = formatter(variant);
      StringBuilder fromKept = new StringBuilder();
      StringBuilder fromFresh = new StringBuilder();
      try (MrtReader r = MrtReader.of(dump)) {
        while (r.next()) {
          BgpdumpFormatter fresh = formatter(variant).peerIndexTable(kept.peerIndexTable());
          fresh.format(r.record(), fromFresh);
          kept.format(r.record(), fromKept);
        }
      }
      assertTrue(kept.lineCount() > 2000, "lines: " + kept.lineCount());
      assertEquals(fromFresh.toString(), fromKept.toString());
    } finally {
      dump.release();
    }
  }

  private static BgpdumpFormatter formatter(String variant) {
    return BgpdumpFormatter.builder()
        .changeTime(variant.equals("change"))
        .largeCommunities(variant.equals("ml"))
        .build();
  }

  private static PeerIndexTable table(SplittableRandom rnd, int peers) {
    List<PeerIndexTable.Peer> list = new ArrayList<>();
    for (int i = 0; i < peers; i++) {
      IpAddress a =
          i % 3 == 2
              ? IpAddress.parse("2001:db8::" + Integer.toHexString(1 + rnd.nextInt(0xffff)))
              : IpAddress.parse("192.0.2." + rnd.nextInt(256));
      list.add(new PeerIndexTable.Peer(i % 3 == 2 ? 3 : 2, i, a, 64496 + rnd.nextInt(1000)));
    }
    return PeerIndexTable.of(1, "", list);
  }

  /**
   * An attribute blob: ORIGIN, AS_PATH (4-octet), NEXT_HOP, optional MED, AGGREGATOR (perhaps
   * short) and COMMUNITIES.
   */
  private static byte[] blob(SplittableRandom rnd) {
    ByteBuf b = Unpooled.buffer();
    b.writeByte(0x40).writeByte(1).writeByte(1).writeByte(rnd.nextInt(3));
    int hops = 1 + rnd.nextInt(5);
    b.writeByte(0x40).writeByte(2).writeByte(2 + 4 * hops).writeByte(2).writeByte(hops);
    for (int k = 0; k < hops; k++) {
      b.writeInt(1 + rnd.nextInt(400_000));
    }
    b.writeByte(0x40).writeByte(3).writeByte(4).writeInt(0xC0000200 | rnd.nextInt(256));
    if (rnd.nextBoolean()) {
      b.writeByte(0x80).writeByte(4).writeByte(4).writeInt(rnd.nextInt(1000));
    }
    if (rnd.nextInt(4) == 0) {
      // AGGREGATOR, full (8 bytes) or short: read as zero-padded, never past the attribute
      int len = rnd.nextInt(9);
      b.writeByte(0xC0).writeByte(7).writeByte(len);
      for (int k = 0; k < len; k++) {
        b.writeByte(1 + rnd.nextInt(255));
      }
    }
    int communities = rnd.nextInt(4);
    if (communities > 0) {
      b.writeByte(0xC0).writeByte(8).writeByte(4 * communities);
      for (int k = 0; k < communities; k++) {
        b.writeInt(rnd.nextInt());
      }
    }
    byte[] a = new byte[b.readableBytes()];
    b.readBytes(a).release();
    return a;
  }

  private static ByteBuf dump(SplittableRandom rnd) {
    byte[][] pool = new byte[40][];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = blob(rnd);
    }
    ByteBuf out = Unpooled.buffer();
    long time = 1_600_000_000L;
    for (int part = 0; part < 4; part++) {
      PeerIndexTable table = table(rnd, part % 2 == 0 ? 5 : 12);
      MrtWriter.writePeerIndexTable(time, table, out);
      for (int seq = 0; seq < 300; seq++) {
        if (rnd.nextInt(50) == 0) {
          time += 1 + rnd.nextInt(100);
        }
        boolean addPath = part == 3;
        List<MrtWriter.RibEntry> entries = new ArrayList<>();
        List<ByteBuf> bufs = new ArrayList<>();
        int n = 1 + rnd.nextInt(4);
        for (int k = 0; k < n; k++) {
          ByteBuf attrs = Unpooled.wrappedBuffer(pool[rnd.nextInt(pool.length)]);
          bufs.add(attrs);
          entries.add(
              new MrtWriter.RibEntry(
                  rnd.nextInt(table.peerCount()), time - rnd.nextInt(1000), rnd.nextInt(8), attrs));
        }
        ByteBuf prefix = Unpooled.buffer().writeInt(0x0A000000 | (seq << 8));
        MrtWriter.writeRib(
            time,
            addPath ? MrtSubtype.RIB_IPV4_UNICAST_ADDPATH : MrtSubtype.RIB_IPV4_UNICAST,
            seq,
            prefix,
            0,
            24,
            entries,
            out);
        prefix.release();
        bufs.forEach(ByteBuf::release);
      }
    }
    return out;
  }
}
