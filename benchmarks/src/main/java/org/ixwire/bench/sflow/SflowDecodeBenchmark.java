package org.ixwire.bench.sflow;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.ixwire.sflow.SflowDatagram;
import org.ixwire.sflow.SflowDatagramView;
import org.ixwire.sflow.SflowDecoder;
import org.ixwire.sflow.SflowEncoder;
import org.ixwire.sflow.packet.HeaderParser;
import org.ixwire.sflow.packet.PacketFacts;
import org.ixwire.sflow.record.Bytes;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.RecordView;
import org.ixwire.sflow.record.RecordVisitor;
import org.ixwire.sflow.record.StructuredRecord;
import org.ixwire.sflow.sample.FlowSample;
import org.ixwire.sflow.sample.SampleView;
import org.ixwire.sflow.sample.SampleVisitor;
import org.jspecify.annotations.Nullable;
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
 * A typical switch datagram (1372 bytes: 7 compact flow samples, each one sampled_header record of
 * 128 bytes of Ethernet/802.1Q/IPv4/TCP) through the allocation-free view path with header parsing:
 * every sample's rate and ports, every header's MACs, VLAN, addresses, ports and flags go to a
 * Blackhole. Scores are per flow sample ({@code @OperationsPerInvocation(7)}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SflowDecodeBenchmark {
  static final int SAMPLES = 7;

  private final SflowDatagramView view = new SflowDatagramView();
  private final PacketFacts facts = new PacketFacts();
  private ByteBuf heap = Unpooled.EMPTY_BUFFER;
  private ByteBuf direct = Unpooled.EMPTY_BUFFER;
  private int length;
  private @Nullable Blackhole bh;
  private final RecordVisitor recordVisitor = this::record;
  private final SampleVisitor sampleVisitor = this::sample;

  /** Encodes the datagram once into a heap and a direct buffer. */
  @Setup(Level.Trial)
  public void setUp() {
    SflowDatagram d = typical();
    length = SflowEncoder.encodedLength(d);
    heap = Unpooled.buffer(length);
    SflowEncoder.encode(d, heap);
    direct = Unpooled.directBuffer(length).writeBytes(heap, 0, length);
  }

  /** Releases both buffers. */
  @TearDown(Level.Trial)
  public void tearDown() {
    heap.release();
    direct.release();
  }

  /** The typical datagram: agent 192.0.2.1, 7 samples, 128-byte TCP headers, rate 1:16384. */
  static SflowDatagram typical() {
    SflowDatagram.Builder b =
        SflowDatagram.builder()
            .agentAddress(Bytes.ofHex("c0000201"))
            .subAgentId(1)
            .sequenceNumber(123456)
            .uptime(987654321);
    for (int i = 0; i < SAMPLES; i++) {
      byte[] h = new byte[128];
      byte[] hdr =
          Bytes.ofHex(
                  "0011223344"
                      + String.format("%02x", i)
                      + "66778899aabb810000640800"
                      + "450005dc1c46400040060000c0000201c6336402"
                      + "c35001bb00000001000000005018200000000000")
              .toArray();
      System.arraycopy(hdr, 0, h, 0, hdr.length);
      b.addSample(
          FlowSample.builder()
              .sequenceNumber(1000 + i)
              .sourceId(0, 10 + i)
              .samplingRate(16384)
              .samplePool(16384L * (1000 + i))
              .input(0, 10 + i)
              .output(0, 20 + i)
              .addRecord(
                  StructuredRecord.builder(DataFormat.SAMPLED_HEADER)
                      .set("headerProtocol", 1L)
                      .set("sampledPacketSize", 1522L)
                      .set("strippedBytes", 4L)
                      .set("headerBytes", Bytes.of(h))
                      .build())
              .build());
    }
    return b.build();
  }

  private void sample(SampleView s) {
    Blackhole bh = Objects.requireNonNull(this.bh);
    bh.consume(s.samplingRate());
    bh.consume(s.input());
    bh.consume(s.output());
    s.forEachRecord(recordVisitor);
  }

  private void record(RecordView r) {
    Blackhole bh = Objects.requireNonNull(this.bh);
    if (r.isSampledHeader()) {
      HeaderParser.parse(r.buffer(), r.headerOffset(), r.headerLength(), r.headerProtocol(), facts);
      bh.consume(r.frameLength());
      bh.consume(facts.srcMac);
      bh.consume(facts.dstMac);
      bh.consume(facts.innerVlan());
      bh.consume(facts.ipv4Src);
      bh.consume(facts.ipv4Dst);
      bh.consume(facts.srcPort);
      bh.consume(facts.dstPort);
      bh.consume(facts.tcpFlags);
    }
  }

  /** View path with header parsing, heap buffer. */
  @Benchmark
  @OperationsPerInvocation(SAMPLES)
  public void view(Blackhole blackhole) {
    bh = blackhole;
    view.wrap(heap, 0, length).forEachSample(sampleVisitor);
  }

  /** View path with header parsing, direct buffer (what a Netty or NIO collector receives). */
  @Benchmark
  @OperationsPerInvocation(SAMPLES)
  public void viewDirect(Blackhole blackhole) {
    bh = blackhole;
    view.wrap(direct, 0, length).forEachSample(sampleVisitor);
  }

  /** Decoding into immutable values (allocates by design). */
  @Benchmark
  @OperationsPerInvocation(SAMPLES)
  public SflowDatagram values() {
    return SflowDecoder.decode(heap, 0, length);
  }
}
