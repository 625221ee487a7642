package org.ixwire.bench.bgp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.concurrent.TimeUnit;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.message.Update;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding the typical IXP UPDATE from values into a reused buffer: {@code clear()}, then {@link
 * BgpEncoder#encode} (which computes {@code encodedLength} first).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class UpdateEncodeBenchmark {
  private Update update = BgpBenchmarkMessages.typical();
  private final ByteBuf out = Unpooled.buffer(4096, 4096);

  /** Builds the typical UPDATE once. */
  @Setup(Level.Trial)
  public void setUp() {
    update = BgpBenchmarkMessages.typical();
  }

  /** Encode into the reused heap buffer; returns the bytes written. */
  @Benchmark
  public int encode() {
    out.clear();
    BgpEncoder.encode(update, BgpBenchmarkMessages.AS4, out);
    return out.writerIndex();
  }
}
