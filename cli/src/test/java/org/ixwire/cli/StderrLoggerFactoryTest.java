package org.ixwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.util.internal.logging.InternalLogger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Netty's warnings and errors reach standard error as one line each; the rest is dropped. */
class StderrLoggerFactoryTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final InternalLogger log =
      new StderrLoggerFactory(new PrintStream(bytes, true, StandardCharsets.UTF_8))
          .newInstance("io.netty.util.ResourceLeakDetector");

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void warningsAndErrorsArePrintedWithTheirArguments() {
    log.error("LEAK: {}.release() was not called before it's garbage-collected.", "ByteBuf");
    log.warn("{} and {}", 1, 2);
    log.warn("{}, {} and {}", "a", "b", "c");
    assertEquals(
        "ixwire: error (io.netty.util.ResourceLeakDetector): LEAK: ByteBuf.release() was not"
            + " called before it's garbage-collected.\n"
            + "ixwire: warning (io.netty.util.ResourceLeakDetector): 1 and 2\n"
            + "ixwire: warning (io.netty.util.ResourceLeakDetector): a, b and c\n",
        printed().replace(System.lineSeparator(), "\n"));
    assertTrue(log.isErrorEnabled() && log.isWarnEnabled());
  }

  @Test
  void aThrowableGetsItsStackTrace() {
    log.warn("failed to load a native library", new UnsatisfiedLinkError("no libnetty"));
    assertTrue(
        printed().startsWith("ixwire: warning (io.netty.util.ResourceLeakDetector): failed"));
    assertTrue(printed().contains("java.lang.UnsatisfiedLinkError: no libnetty"));
    // a trailing throwable among format arguments is treated the same way
    bytes.reset();
    log.error("closing {}", "channel", new IllegalStateException("boom"));
    assertTrue(printed().contains("closing channel"));
    assertTrue(printed().contains("java.lang.IllegalStateException: boom"));
  }

  @Test
  void traceDebugAndInfoAreDropped() {
    log.trace("t");
    log.debug("-Dio.netty.noUnsafe: {}", false);
    log.info("i {} {}", 1, 2);
    assertFalse(log.isTraceEnabled() || log.isDebugEnabled() || log.isInfoEnabled());
    assertEquals("", printed());
  }
}
