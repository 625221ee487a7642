package org.ixwire.bench.bgp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.attribute.AttributeCursor;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.UpdateView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The view walk of {@link UpdateDecodeBenchmark#viewWalk} over the typical UPDATE with its path
 * attributes in the orders speakers send: ascending by type (RFC 4271 §5 suggests it; the view's
 * fast path), and out of that order, which the view indexes per type. The IPv6 shapes are {@link
 * BgpBenchmarkMessages#typicalIpv6()} (MP_REACH_NLRI in place of NEXT_HOP and the IPv4 NLRI):
 * ascending, MP_REACH_NLRI first (as BIRD sends it) and last (as Cisco IOS does).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AttributeOrderBenchmark {
  /** The attribute order. */
  @Param({
    "IPV4_ASCENDING",
    "IPV4_LARGE_COMMUNITY_FIRST",
    "IPV6_ASCENDING",
    "IPV6_MP_REACH_FIRST",
    "IPV6_MP_REACH_LAST"
  })
  public String shape = "IPV4_ASCENDING";

  private final UpdateView view = new UpdateView();
  private final byte[] scratch = new byte[16];
  private ByteBuf buf = Unpooled.EMPTY_BUFFER;
  private int length;

  /** Builds the shape from the typical UPDATE and checks that the view finds nothing wrong. */
  @Setup
  public void setUp() {
    boolean ipv6 = shape.startsWith("IPV6");
    byte[] update =
        BgpEncoder.toByteArray(
            ipv6 ? BgpBenchmarkMessages.typicalIpv6() : BgpBenchmarkMessages.typical(),
            BgpBenchmarkMessages.AS4);
    PathAttributesView field =
        view.wrap(Unpooled.wrappedBuffer(update), 0, update.length, BgpBenchmarkMessages.AS4)
            .attributes();
    List<byte[]> attrs = new ArrayList<>(); // as the encoder wrote them: ascending
    for (AttributeCursor c = field.cursor(); c.next(); ) {
      attrs.add(Arrays.copyOfRange(update, c.headerOffset(), c.headerOffset() + c.totalLength()));
    }
    if (!shape.endsWith("ASCENDING")) {
      int moved = shape.equals("IPV4_LARGE_COMMUNITY_FIRST") ? 32 : 14;
      byte[] attr = attrs.stream().filter(x -> (x[1] & 0xff) == moved).findFirst().orElseThrow();
      attrs.remove(attr);
      attrs.add(shape.endsWith("_FIRST") ? 0 : attrs.size(), attr);
    }
    byte[] b = update.clone(); // the same attributes in another order: every length stays
    int p = field.offset();
    for (byte[] x : attrs) {
      System.arraycopy(x, 0, b, p, x.length);
      p += x.length;
    }
    length = b.length;
    buf = Unpooled.wrappedBuffer(b);
    if (view.wrap(buf, 0, length, BgpBenchmarkMessages.AS4).action() != ErrorAction.NONE) {
      throw new IllegalStateException(shape + ": " + view.issues());
    }
  }

  /** View decode plus the full walk. */
  @Benchmark
  public long viewWalk() {
    return UpdateWalk.walk(view.wrap(buf, 0, length, BgpBenchmarkMessages.AS4), scratch);
  }
}
