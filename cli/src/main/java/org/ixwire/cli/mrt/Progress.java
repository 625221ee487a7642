package org.ixwire.cli.mrt;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for large inputs ({@code [#####.....] 42% 71/170 MB}), redrawn
 * at most five times a second and erased at the end. Used only when stderr is a terminal, never
 * when it is piped or redirected.
 */
final class Progress {
  /** Inputs smaller than this get no bar. */
  static final long MIN_SIZE = 16L << 20;

  private static final int WIDTH = 30;
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintStream err;
  private final String name;
  private final long total;
  private long lastDraw;
  private boolean drawn;

  Progress(PrintStream err, String name, long total) {
    this.err = err;
    this.name = name;
    this.total = total;
    this.lastDraw = System.nanoTime();
  }

  /**
   * Whether standard error is a terminal: on Linux from where file descriptor 2 points, elsewhere
   * from {@link System#console()}.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** Redraws the bar for {@code done} of the total bytes if the last draw is old enough. */
  void update(long done) {
    long now = System.nanoTime();
    if (now - lastDraw < INTERVAL_NANOS) {
      return;
    }
    lastDraw = now;
    err.print(line(done));
    err.flush();
    drawn = true;
  }

  /** The bar's text for {@code done} bytes, starting with a carriage return. */
  String line(long done) {
    long d = Math.max(0, Math.min(done, total));
    int pct = total == 0 ? 100 : (int) (d * 100 / total);
    int fill = total == 0 ? WIDTH : (int) (d * WIDTH / total);
    StringBuilder sb = new StringBuilder(96).append('\r').append(name).append(" [");
    for (int i = 0; i < WIDTH; i++) {
      sb.append(i < fill ? '#' : '.');
    }
    sb.append(String.format(Locale.ROOT, "] %3d%%  %d/%d MB", pct, d >> 20, total >> 20));
    return sb.toString();
  }

  /** Erases the bar, if one was drawn. */
  void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(line(total).length() - 1) + "\r");
      err.flush();
      drawn = false;
    }
  }
}
