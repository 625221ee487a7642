package org.ixwire.bench.bgp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.message.UpdateView;

/**
 * The typical-UPDATE hot paths timed in the running thread's CPU time rather than wall-clock time,
 * for machines too busy for JMH (time spent descheduled is not counted; cache and memory contention
 * still is). Not a replacement for the JMH benchmarks, whose figures go in docs/benchmarks.md; a
 * way to compare two builds A/B on a shared machine.
 *
 * <p>{@code java -cp benchmarks.jar org.ixwire.bench.bgp.ThreadCpuRun MODE [heap|direct]}, MODE one
 * of {@code walk} (wrap + {@link UpdateWalk}, as {@code UpdateDecodeBenchmark.viewWalk}), {@code
 * rotate} (the same over four buffers in turn, as messages arrive in different buffers), {@code
 * wrap}, {@code encode}, or {@code floor}: a reference loop that only frames the attributes into
 * offset tables, checks AS_PATH segment lengths, counts the NLRI and reads the typical message's
 * values from a {@code byte[]} — no RFC 7606 rules, no issue bookkeeping, no cursors — as a lower
 * bound of what those reads cost on the machine. Prints the median and minimum of 10 rounds of 2M
 * operations after 5 warm-up rounds.
 */
public final class ThreadCpuRun {
  private static final int OPS = 2_000_000;

  private ThreadCpuRun() {}

  /** Entry point. */
  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "walk";
    boolean direct = args.length > 1 && args[1].equals("direct");
    BgpSessionOptions as4 = BgpBenchmarkMessages.AS4;
    Update u = BgpBenchmarkMessages.typical();
    byte[] bytes = BgpEncoder.toByteArray(u, as4);
    ByteBuf buf =
        direct
            ? Unpooled.directBuffer(bytes.length).writeBytes(bytes)
            : Unpooled.wrappedBuffer(bytes);
    UpdateView view = new UpdateView();
    ByteBuf[] rotation = new ByteBuf[4]; // four buffers in turn, as a server receives them
    for (int i = 0; i < rotation.length; i++) {
      rotation[i] =
          direct
              ? Unpooled.directBuffer(bytes.length).writeBytes(bytes)
              : Unpooled.wrappedBuffer(bytes.clone());
    }
    ByteBuf out = Unpooled.buffer(256);
    Floor floor = new Floor();
    byte[] scratch = new byte[16];
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    double[] ns = new double[15];
    for (int r = 0; r < ns.length; r++) {
      long t0 = mx.getCurrentThreadCpuTime();
      switch (mode) {
        case "wrap":
          for (int i = 0; i < OPS; i++) {
            sink += view.wrap(buf, 0, bytes.length, as4).action().ordinal();
          }
          break;
        case "encode":
          for (int i = 0; i < OPS; i++) {
            out.clear();
            BgpEncoder.encode(u, as4, out);
            sink += out.writerIndex();
          }
          break;
        case "rotate":
          for (int i = 0; i < OPS; i++) {
            sink += UpdateWalk.walk(view.wrap(rotation[i & 3], 0, bytes.length, as4), scratch);
          }
          break;
        case "floor":
          for (int i = 0; i < OPS; i++) {
            sink += floor.frame(bytes) + floor.walk(bytes);
          }
          break;
        default:
          for (int i = 0; i < OPS; i++) {
            sink += UpdateWalk.walk(view.wrap(buf, 0, bytes.length, as4), scratch);
          }
      }
      ns[r] = (mx.getCurrentThreadCpuTime() - t0) / (double) OPS;
    }
    double[] measured = Arrays.copyOfRange(ns, 5, ns.length);
    Arrays.sort(measured);
    System.out.printf(
        "%s %s: median %.1f ns/op, min %.1f ns/op (thread CPU time; checksum %d)%n",
        mode, direct ? "direct" : "heap", measured[measured.length / 2], measured[0], sink);
    out.release();
    buf.release();
  }

  /** The reference loop of {@code floor} mode, on a byte array. */
  private static final class Floor {
    private final int[] seen = new int[256];
    private final int[] at = new int[256];
    private final int[] len = new int[256];
    private int generation;

    private static int u8(byte[] a, int i) {
      return a[i] & 0xff;
    }

    private static int u16(byte[] a, int i) {
      return (a[i] & 0xff) << 8 | (a[i + 1] & 0xff);
    }

    private static long u32(byte[] a, int i) {
      return ((long) u16(a, i) << 16) | u16(a, i + 2);
    }

    int frame(byte[] a) {
      int total = u16(a, 16);
      int wl = u16(a, 19);
      int attrs = 21 + wl + 2;
      int end = attrs + u16(a, 21 + wl);
      int g = ++generation;
      int p = attrs;
      int n = 0;
      while (p < end) {
        int f = u8(a, p);
        int t = u8(a, p + 1);
        int h = (f & 0x10) != 0 ? 4 : 3;
        int l = h == 4 ? u16(a, p + 2) : u8(a, p + 2);
        if (l > end - p - h) {
          throw new IllegalStateException("attribute overrun");
        }
        seen[t] = g;
        at[t] = p + h;
        len[t] = l;
        if (t == 2) {
          int q = p + h;
          int e = q + l;
          while (q < e) {
            q += 2 + 4 * u8(a, q + 1);
          }
          if (q != e) {
            throw new IllegalStateException("AS_PATH overrun");
          }
        }
        p += h + l;
        n++;
      }
      for (int q = end; q < total; n++) {
        q += 1 + ((u8(a, q) + 7) >>> 3);
      }
      return n;
    }

    long walk(byte[] a) {
      int g = generation;
      long acc = 0;
      if (seen[1] == g) {
        acc += u8(a, at[1]);
      }
      if (seen[2] == g) {
        for (int q = at[2], e = q + len[2]; q < e; ) {
          int c = u8(a, q + 1);
          acc += u8(a, q);
          for (int i = 0; i < c; i++) {
            acc += u32(a, q + 2 + 4 * i);
          }
          q += 2 + 4 * c;
        }
      }
      if (seen[3] == g) {
        acc += u32(a, at[3]);
      }
      if (seen[4] == g) {
        acc += u32(a, at[4]);
      }
      if (seen[8] == g) {
        for (int i = 0; i < len[8] / 4; i++) {
          acc += u32(a, at[8] + 4 * i);
        }
      }
      if (seen[32] == g) {
        for (int i = 0; i < len[32] / 12; i++) {
          acc +=
              u32(a, at[32] + 12 * i) + u32(a, at[32] + 12 * i + 4) + u32(a, at[32] + 12 * i + 8);
        }
      }
      return acc;
    }
  }
}
