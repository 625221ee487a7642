package org.ixwire.bench.mrt;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.mrt.MrtReader;
import org.ixwire.mrt.MrtWriter;
import org.ixwire.mrt.RouteElementReader;
import org.ixwire.mrt.RouteElementView;
import org.ixwire.mrt.format.AsciiBuffer;
import org.ixwire.mrt.format.BgpdumpFormatter;
import org.ixwire.mrt.record.MrtRecordView;
import org.ixwire.mrt.record.PeerIndexTable;
import org.ixwire.mrt.record.RibEntryView;
import org.ixwire.mrt.record.RibView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A generated in-memory TABLE_DUMP_V2 RIB: one PEER_INDEX_TABLE of 30 peers and {@link #PREFIXES}
 * RIB_IPV4_UNICAST records of {@link #ENTRIES} entries each (ORIGIN, a 3–6 ASN AS_PATH, NEXT_HOP,
 * MED on some, 0–4 communities: the shape of a RouteViews RIB). Scores are per RIB entry ({@code
 * OperationsPerInvocation}); the view paths are meant to allocate 0 B/op ({@code -prof gc}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MrtRibBenchmark {
  static final int PREFIXES = 2000;
  static final int ENTRIES = 10;
  static final int TOTAL = PREFIXES * ENTRIES;

  private ByteBuf rib = Unpooled.EMPTY_BUFFER;
  private final RibView ribView = new RibView();
  private final AsciiBuffer text = new AsciiBuffer(1 << 20);
  private final BgpdumpFormatter formatter = BgpdumpFormatter.builder().build();

  /** Builds the RIB with {@link MrtWriter}. */
  @Setup(Level.Trial)
  public void setUp() {
    rib = generate(new Random(6396));
  }

  /** Releases the RIB. */
  @TearDown(Level.Trial)
  public void tearDown() {
    rib.release();
  }

  static ByteBuf generate(Random rnd) {
    ByteBuf out = Unpooled.buffer(PREFIXES * ENTRIES * 64);
    List<PeerIndexTable.Peer> peers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      peers.add(
          new PeerIndexTable.Peer(
              2, 0x0a000000L + i, IpAddress.ipv4(0xc0000200 + i), 64500L + i * 37));
    }
    MrtWriter.writePeerIndexTable(1400824800L, PeerIndexTable.of(0xc0000201L, "", peers), out);
    ByteBuf attrs = Unpooled.buffer(128);
    ByteBuf prefix = Unpooled.buffer(4);
    try {
      for (int p = 0; p < PREFIXES; p++) {
        prefix.clear().writeInt(0x0b000000 + (p << 8));
        List<MrtWriter.RibEntry> entries = new ArrayList<>();
        List<ByteBuf> slices = new ArrayList<>();
        for (int e = 0; e < ENTRIES; e++) {
          int peer = rnd.nextInt(30);
          ByteBuf a = Unpooled.buffer(96);
          a.writeByte(0x40).writeByte(1).writeByte(1).writeByte(0); // ORIGIN IGP
          int hops = 3 + rnd.nextInt(4);
          a.writeByte(0x40).writeByte(2).writeByte(2 + 4 * hops).writeByte(2).writeByte(hops);
          a.writeInt((int) peers.get(peer).as());
          for (int h = 1; h < hops; h++) {
            a.writeInt(1000 + rnd.nextInt(60000));
          }
          a.writeByte(0x40).writeByte(3).writeByte(4).writeInt(0xc0000200 + peer); // NEXT_HOP
          if (rnd.nextBoolean()) {
            a.writeByte(0x80).writeByte(4).writeByte(4).writeInt(rnd.nextInt(1000)); // MED
          }
          int comms = rnd.nextInt(5);
          if (comms > 0) {
            a.writeByte(0xc0).writeByte(8).writeByte(4 * comms);
            for (int c = 0; c < comms; c++) {
              a.writeInt((int) (peers.get(peer).as() << 16) | rnd.nextInt(65536));
            }
          }
          slices.add(a);
          entries.add(new MrtWriter.RibEntry(peer, 1400000000L + rnd.nextInt(800000), 0, a));
        }
        MrtWriter.writeRib(1400824800L, 2, p, prefix, 0, 24, entries, out);
        slices.forEach(ByteBuf::release);
      }
    } finally {
      attrs.release();
      prefix.release();
    }
    return out;
  }

  /** Record framing and RIB entry views: peer index, time and attribute length of each entry. */
  @Benchmark
  @OperationsPerInvocation(TOTAL)
  public void entryViews(Blackhole bh) {
    try (MrtReader r = MrtReader.of(rib)) {
      while (r.next()) {
        MrtRecordView rec = r.record();
        if (rec.subtype() != 2) {
          continue;
        }
        RibEntryView e = ribView.wrap(rec).entries();
        while (e.next()) {
          bh.consume(e.peerIndex());
          bh.consume(e.originatedTime());
          bh.consume(e.attributesLength());
        }
      }
    }
  }

  /** Flattened elements with bgp-core attribute validation: prefix, peer AS, origin AS, MED. */
  @Benchmark
  @OperationsPerInvocation(TOTAL)
  public void elements(Blackhole bh) {
    try (RouteElementReader r = new RouteElementReader(MrtReader.of(rib))) {
      while (r.next()) {
        RouteElementView e = r.element();
        bh.consume(e.prefixLength());
        bh.consume(e.peerAs());
        bh.consume(e.originAs());
        bh.consume(e.attributes().hasMed() ? e.attributes().med() : -1);
      }
    }
  }

  /**
   * bgpdump -m text of every entry into a reused ASCII buffer, as {@code ixwire mrt} writes it (one
   * formatter for the whole run, as the command uses).
   */
  @Benchmark
  @OperationsPerInvocation(TOTAL)
  public void bgpdumpText(Blackhole bh) {
    try (MrtReader r = MrtReader.of(rib)) {
      while (r.next()) {
        text.setLength(0);
        formatter.format(r.record(), text);
        bh.consume(text.length());
      }
    }
  }
}
