package org.ixwire.bench.bgp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.concurrent.TimeUnit;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.message.UpdateView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * View decode with a full walk of large RFC 8654 extended UPDATEs, at 16 KiB and 64 KiB (65535
 * bytes, the maximum), so that linearity in size shows: an AS path of ~16k ASNs, ~16k IPv4 /24
 * prefixes in the NLRI field, or ~9k IPv6 /48 prefixes in MP_REACH_NLRI.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LargeUpdateDecodeBenchmark {
  /** Upper bound of the message length in bytes; the message is the largest that fits. */
  @Param({"16384", "65535"})
  public int size;

  /** What fills the message. */
  @Param({"AS_PATH", "IPV4_NLRI", "IPV6_MP_REACH"})
  public BgpBenchmarkMessages.LargeShape shape = BgpBenchmarkMessages.LargeShape.AS_PATH;

  private final UpdateView view = new UpdateView();
  private final byte[] scratch = new byte[16];
  private ByteBuf buf = Unpooled.EMPTY_BUFFER;
  private int length;

  /** Builds and encodes the message once. */
  @Setup(Level.Trial)
  public void setUp() {
    Update u = BgpBenchmarkMessages.large(shape, size);
    byte[] bytes = BgpEncoder.toByteArray(u, BgpBenchmarkMessages.AS4_EXTENDED);
    length = bytes.length;
    buf = Unpooled.wrappedBuffer(bytes);
    System.out.printf(
        "%n%s %d: %d bytes, %d ASNs, %d routes%n",
        shape, size, length, u.asPath().map(p -> p.asnCount()).orElse(0), u.announced().size());
  }

  /** View decode (wrap validates everything) plus a full walk. */
  @Benchmark
  public long viewWalk() {
    return UpdateWalk.walk(view.wrap(buf, 0, length, BgpBenchmarkMessages.AS4_EXTENDED), scratch);
  }
}
