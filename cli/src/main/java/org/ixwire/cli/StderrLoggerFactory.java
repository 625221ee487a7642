package org.ixwire.cli;

import io.netty.util.internal.logging.AbstractInternalLogger;
import io.netty.util.internal.logging.FormattingTuple;
import io.netty.util.internal.logging.InternalLogger;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.MessageFormatter;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * Where Netty's own log messages go in the command-line tool: warnings and errors (a leaked buffer,
 * a platform problem) to standard error, one line each, the rest dropped. Without it Netty looks
 * for SLF4J and Log4j and then starts {@code java.util.logging}, ~14 ms of every run's start-up
 * (measured), only to print the same warnings.
 */
final class StderrLoggerFactory extends InternalLoggerFactory {
  private final PrintStream err;

  StderrLoggerFactory(PrintStream err) {
    this.err = err;
  }

  /** Makes Netty log through this factory; to be called before Netty's first class is used. */
  static void install() {
    InternalLoggerFactory.setDefaultFactory(new StderrLoggerFactory(System.err));
  }

  @Override
  public InternalLogger newInstance(String name) {
    return new Logger(name, err);
  }

  private static final class Logger extends AbstractInternalLogger {
    private static final long serialVersionUID = 1L;
    private final transient PrintStream err;

    Logger(String name, PrintStream err) {
      super(name);
      this.err = err;
    }

    private void print(String level, FormattingTuple t) {
      print(level, t.getMessage(), t.getThrowable());
    }

    private void print(String level, @Nullable String message, @Nullable Throwable t) {
      err.println("ixwire: " + level + " (" + name() + "): " + message);
      if (t != null) {
        t.printStackTrace(err);
      }
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public void trace(String msg) {}

    @Override
    public void trace(String format, Object arg) {}

    @Override
    public void trace(String format, Object argA, Object argB) {}

    @Override
    public void trace(String format, Object... arguments) {}

    @Override
    public void trace(String msg, Throwable t) {}

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public void debug(String msg) {}

    @Override
    public void debug(String format, Object arg) {}

    @Override
    public void debug(String format, Object argA, Object argB) {}

    @Override
    public void debug(String format, Object... arguments) {}

    @Override
    public void debug(String msg, Throwable t) {}

    @Override
    public boolean isInfoEnabled() {
      return false;
    }

    @Override
    public void info(String msg) {}

    @Override
    public void info(String format, Object arg) {}

    @Override
    public void info(String format, Object argA, Object argB) {}

    @Override
    public void info(String format, Object... arguments) {}

    @Override
    public void info(String msg, Throwable t) {}

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public void warn(String msg) {
      print("warning", msg, null);
    }

    @Override
    public void warn(String format, Object arg) {
      print("warning", MessageFormatter.format(format, arg));
    }

    @Override
    public void warn(String format, Object argA, Object argB) {
      print("warning", MessageFormatter.format(format, argA, argB));
    }

    @Override
    public void warn(String format, Object... arguments) {
      print("warning", MessageFormatter.arrayFormat(format, arguments));
    }

    @Override
    public void warn(String msg, Throwable t) {
      print("warning", msg, t);
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public void error(String msg) {
      print("error", msg, null);
    }

    @Override
    public void error(String format, Object arg) {
      print("error", MessageFormatter.format(format, arg));
    }

    @Override
    public void error(String format, Object argA, Object argB) {
      print("error", MessageFormatter.format(format, argA, argB));
    }

    @Override
    public void error(String format, Object... arguments) {
      print("error", MessageFormatter.arrayFormat(format, arguments));
    }

    @Override
    public void error(String msg, Throwable t) {
      print("error", msg, t);
    }
  }
}
