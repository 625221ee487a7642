package org.ixwire.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.function.IntFunction;

/**
 * Measures what a piece of code allocates on the current thread ({@code
 * com.sun.management.ThreadMXBean#getThreadAllocatedBytes}), for the resource-bound tests: a
 * decoder must allocate at most a small constant factor of its input, and the same factor for an
 * input four times larger (linear, not quadratic). Allocation is stable where wall-clock time on a
 * shared machine is not, so it stands in for time as well.
 */
public final class Allocation {
  /** Allowance for fixed costs (a decoder's per-call setup, JIT-time stragglers). */
  public static final long SLACK = 64 * 1024;

  private Allocation() {}

  private static com.sun.management.ThreadMXBean bean() {
    return (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  }

  /** Bytes allocated by {@code r} on this thread, after two warm-up runs (class loading, JIT). */
  public static long of(Runnable r) {
    r.run();
    r.run();
    long id = Thread.currentThread().getId();
    long min = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long before = bean().getThreadAllocatedBytes(id);
      r.run();
      min = Math.min(min, bean().getThreadAllocatedBytes(id) - before);
    }
    return min;
  }

  /**
   * Asserts that decoding {@code inputBytes} of input allocated at most {@code factor} times as
   * many bytes (plus {@link #SLACK}); returns the allocation.
   */
  public static long assertBounded(String what, long inputBytes, double factor, Runnable r) {
    return assertBounded(what, inputBytes, factor, SLACK, r);
  }

  /**
   * As {@link #assertBounded(String, long, double, Runnable)} with a fixed allowance of {@code
   * constant} bytes (e.g. a stream reader's initial buffer).
   */
  public static long assertBounded(
      String what, long inputBytes, double factor, long constant, Runnable r) {
    long a = of(r);
    System.out.printf(
        "allocation: %s: %d bytes for %d bytes of input (%.1fx)%n",
        what, a, inputBytes, (double) a / Math.max(1, inputBytes));
    assertTrue(
        a <= factor * inputBytes + constant,
        what
            + ": allocated "
            + a
            + " bytes for "
            + inputBytes
            + " bytes of input (limit "
            + factor
            + "x + "
            + constant
            + ")");
    return a;
  }

  /**
   * Asserts that the work for size {@code 4n} allocates at most about four times that for size
   * {@code n} (factor 6 allows for rounding of buffer growth), i.e. cost is linear in the input.
   * {@code work} builds the run for a size.
   */
  public static void assertLinear(String what, int n, IntFunction<Runnable> work) {
    long small = of(work.apply(n));
    long large = of(work.apply(4 * n));
    System.out.printf(
        "allocation: %s: %d bytes at size %d, %d at size %d (%.2fx)%n",
        what, small, n, large, 4 * n, (double) large / Math.max(1, small));
    assertTrue(
        large <= 6 * small + SLACK,
        what + ": " + small + " bytes at size " + n + " but " + large + " at size " + 4 * n);
  }
}
