package org.ixwire.bench.bgp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.concurrent.TimeUnit;
import org.ixwire.bgp.BgpDecoder;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.UpdateResult;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.message.UpdateView;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding the typical IXP UPDATE ({@link BgpBenchmarkMessages#typical()}, 108 bytes, 4-octet AS
 * session): the allocation-free view with a full walk, in a heap and in a direct buffer; decoding
 * into values; and OpenDaylight bgpcep's parser on the same bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class UpdateDecodeBenchmark {
  private final UpdateView view = new UpdateView();
  private final BgpDecoder decoder = new BgpDecoder();
  private final byte[] scratch = new byte[16];
  private ByteBuf heap = Unpooled.EMPTY_BUFFER;
  private ByteBuf direct = Unpooled.EMPTY_BUFFER;
  private final ByteBuf[] rotation = new ByteBuf[4];
  private int turn;
  private int length;
  private final BgpcepParser bgpcep = new BgpcepParser();
  private ByteBuf bgpcepInput = Unpooled.EMPTY_BUFFER;

  /** Encodes the typical UPDATE once into a heap and a direct buffer. */
  @Setup(Level.Trial)
  public void setUp() {
    Update u = BgpBenchmarkMessages.typical();
    byte[] bytes = BgpEncoder.toByteArray(u, BgpBenchmarkMessages.AS4);
    length = bytes.length;
    heap = Unpooled.wrappedBuffer(bytes);
    direct = Unpooled.directBuffer(length).writeBytes(bytes);
    bgpcepInput = Unpooled.wrappedBuffer(bytes.clone());
    for (int i = 0; i < rotation.length; i++) {
      rotation[i] = Unpooled.wrappedBuffer(bytes.clone());
    }
  }

  /** Releases the direct buffer. */
  @TearDown(Level.Trial)
  public void tearDown() {
    direct.release();
  }

  /** View decode (wrap validates everything) plus a full walk, heap buffer. */
  @Benchmark
  public long viewWalk() {
    return UpdateWalk.walk(view.wrap(heap, 0, length, BgpBenchmarkMessages.AS4), scratch);
  }

  /**
   * As {@link #viewWalk}, over four heap buffers in turn: a server receives each message in another
   * buffer, so that whatever the view keeps per buffer changes on every wrap.
   */
  @Benchmark
  public long viewWalkRotating() {
    ByteBuf b = rotation[turn++ & 3];
    return UpdateWalk.walk(view.wrap(b, 0, length, BgpBenchmarkMessages.AS4), scratch);
  }

  /** View decode only: wrap, which frames and validates everything (RFC 7606), no reads after. */
  @Benchmark
  public int viewWrapOnly() {
    return view.wrap(heap, 0, length, BgpBenchmarkMessages.AS4).action().ordinal();
  }

  /** View decode plus a full walk, direct buffer (what a Netty route server receives). */
  @Benchmark
  public long viewWalkDirect() {
    return UpdateWalk.walk(view.wrap(direct, 0, length, BgpBenchmarkMessages.AS4), scratch);
  }

  /** Decode into values ({@link BgpDecoder#decodeUpdate}), heap buffer. */
  @Benchmark
  public UpdateResult values() {
    return decoder.decodeUpdate(heap, 0, length, BgpBenchmarkMessages.AS4);
  }

  /** OpenDaylight bgpcep 0.18.0 {@code MessageRegistry.parseMessage} on the same bytes. */
  @Benchmark
  public Object bgpcep() throws Exception {
    return bgpcep.parse(bgpcepInput);
  }
}
