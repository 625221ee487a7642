package org.ixwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A closed standard output ({@code ixwire … | head}) ends the run quietly with status 141. */
class BrokenPipeTest {
  @Test
  void brokenPipeAnywhereInTheCauseChainExitsWith141() throws Exception {
    CommandLine cl = Main.commandLine();
    var handler = cl.getExecutionExceptionHandler();
    Exception wrapped = new UncheckedIOException(new IOException("Broken pipe"));
    assertEquals(141, handler.handleExecutionException(wrapped, cl, null));
    assertEquals(141, handler.handleExecutionException(new IOException("Broken pipe"), cl, null));
  }

  @Test
  void otherFailuresAreNotSwallowed() {
    CommandLine cl = Main.commandLine();
    var handler = cl.getExecutionExceptionHandler();
    // picocli's default handler rethrows what it cannot handle
    assertThrows(
        IOException.class,
        () ->
            handler.handleExecutionException(new IOException("No space left on device"), cl, null));
  }
}
