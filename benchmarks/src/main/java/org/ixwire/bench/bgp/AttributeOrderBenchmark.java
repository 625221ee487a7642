package org.ixwire.bench.bgp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ixwire.bgp.BgpEncoder;
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
 * fast path), and out of that order, which the view indexes per type. The IPv6 shapes are the
 * typical UPDATE with an MP_REACH_NLRI (next hop 2001:db8::1, route 2001:db8:1::/48) in place of
 * NEXT_HOP and the IPv4 NLRI: ascending, MP_REACH_NLRI first (as BIRD sends it) and last (as Cisco
 * IOS does).
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

  private static final byte[] MP_REACH = {
    (byte) 0x80,
    14,
    28,
    0,
    2,
    1,
    16,
    0x20,
    0x01,
    0x0d,
    (byte) 0xb8,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    1,
    0,
    48,
    0x20,
    0x01,
    0x0d,
    (byte) 0xb8,
    0,
    1
  };

  private final UpdateView view = new UpdateView();
  private final byte[] scratch = new byte[16];
  private ByteBuf buf = Unpooled.EMPTY_BUFFER;
  private int length;

  /** Builds the shape from the typical UPDATE and checks that the view finds nothing wrong. */
  @Setup
  public void setUp() {
    byte[] typical =
        BgpEncoder.toByteArray(BgpBenchmarkMessages.typical(), BgpBenchmarkMessages.AS4);
    List<byte[]> attrs = attributes(typical);
    byte[] nlri = Arrays.copyOfRange(typical, 23 + total(attrs), typical.length);
    switch (shape) {
      case "IPV4_ASCENDING":
        break;
      case "IPV4_LARGE_COMMUNITY_FIRST":
        attrs.add(0, attrs.remove(attrs.size() - 1));
        break;
      default:
        attrs.removeIf(a -> a[1] == 3); // NEXT_HOP
        nlri = new byte[0];
        if (shape.equals("IPV6_MP_REACH_FIRST")) {
          attrs.add(0, MP_REACH);
        } else if (shape.equals("IPV6_MP_REACH_LAST")) {
          attrs.add(MP_REACH);
        } else {
          int at = 0;
          while ((attrs.get(at)[1] & 0xff) < 14) {
            at++;
          }
          attrs.add(at, MP_REACH);
        }
    }
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    m.write(typical, 0, 19);
    m.write(0);
    m.write(0);
    m.write(total(attrs) >>> 8);
    m.write(total(attrs));
    attrs.forEach(m::writeBytes);
    m.writeBytes(nlri);
    byte[] b = m.toByteArray();
    b[16] = (byte) (b.length >>> 8);
    b[17] = (byte) b.length;
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

  /** The attributes of an UPDATE without withdrawn routes, each with its header. */
  private static List<byte[]> attributes(byte[] update) {
    List<byte[]> out = new ArrayList<>();
    int p = 23;
    int end = p + ((update[21] & 0xff) << 8 | (update[22] & 0xff));
    while (p < end) {
      int h = (update[p] & 0x10) != 0 ? 4 : 3;
      int len =
          h == 4 ? (update[p + 2] & 0xff) << 8 | (update[p + 3] & 0xff) : update[p + 2] & 0xff;
      out.add(Arrays.copyOfRange(update, p, p + h + len));
      p += h + len;
    }
    return out;
  }

  private static int total(List<byte[]> attrs) {
    return attrs.stream().mapToInt(a -> a.length).sum();
  }
}
