package org.ixwire.cli.mrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void barShowsShareAndMegabytes() {
    Progress p = new Progress(System.err, "rib.mrt", 200L << 20);
    assertEquals("\rrib.mrt [..............................]   0%  0/200 MB", p.line(0));
    assertEquals("\rrib.mrt [###############...............]  50%  100/200 MB", p.line(100L << 20));
    assertEquals("\rrib.mrt [##############################] 100%  200/200 MB", p.line(300L << 20));
  }

  @Test
  void drawsAtMostFiveTimesASecondAndErasesItself() throws InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.US_ASCII);
    Progress p = new Progress(err, "f", 100);
    p.update(10); // too soon after creation
    assertEquals("", bytes.toString(StandardCharsets.US_ASCII));
    Thread.sleep(250);
    p.update(50);
    p.update(60); // too soon after the last draw
    String drawn = bytes.toString(StandardCharsets.US_ASCII);
    assertEquals(p.line(50), drawn);
    p.finish();
    String all = bytes.toString(StandardCharsets.US_ASCII);
    assertTrue(all.endsWith("\r"), all);
    assertEquals(drawn.length() + p.line(100).length() + 1, all.length());
  }

  @Test
  void noBarWhenStderrIsPiped() {
    // Surefire runs tests with stderr piped to the parent process
    assertFalse(Progress.stderrIsTerminal());
  }
}
