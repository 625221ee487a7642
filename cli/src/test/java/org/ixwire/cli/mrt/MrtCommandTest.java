package org.ixwire.cli.mrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ixwire.cli.Main;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

class MrtCommandTest {
  record Run(int status, String out, String err) {}

  static synchronized Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.ISO_8859_1));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status = Main.run(args);
      System.out.flush();
      return new Run(
          status, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static Path sample() {
    Path p = Path.of("../samples/mrt/bview.64k_stream_overflow.gz");
    assertTrue(Files.exists(p), "the repository ships " + p);
    return p;
  }

  @Test
  void sampleIsPrintedLikeBgpdump() throws IOException {
    Run r = run("mrt", sample().toString());
    assertEquals(0, r.status(), r.err());
    Path ref = SharedCorpus.require("mrt/ripe-bgpdump/bview.64k_stream_overflow.gz.bgpdump-m.txt");
    assertEquals(Files.readString(ref, StandardCharsets.ISO_8859_1), r.out());
    Run parallel = run("mrt", "-j", "2", sample().toString());
    assertEquals(r.out(), parallel.out());
  }

  /** "-" reads standard input as a stream, compressed or not, with the file's output. */
  @Test
  void standardInput() throws IOException {
    Run file = run("mrt", sample().toString());
    assertEquals(0, file.status(), file.err());
    byte[] gz = Files.readAllBytes(sample());
    byte[] plain =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz)).readAllBytes();
    java.io.InputStream oldIn = System.in;
    try {
      for (byte[] input : new byte[][] {gz, plain}) {
        for (String j : new String[] {"1", "2"}) {
          System.setIn(new java.io.ByteArrayInputStream(input));
          Run r = run("mrt", "-j", j, "-");
          assertEquals(0, r.status(), r.err());
          assertEquals(file.out(), r.out(), (input == gz ? "gzip" : "plain") + " -j " + j);
        }
      }
      System.setIn(new java.io.ByteArrayInputStream(gz));
      Run json = run("mrt", "--json", "-");
      assertEquals(0, json.status(), json.err());
      assertEquals(run("mrt", "--json", sample().toString()).out(), json.out());
    } finally {
      System.setIn(oldIn);
    }
  }

  @Test
  void filtersAndJson() {
    Run r = run("mrt", "--peer-as", "3333", sample().toString());
    assertEquals(0, r.status());
    assertEquals(1, r.out().split("\n").length, r.out());
    assertTrue(r.out().startsWith("TABLE_DUMP2|1537344000|B|193.0.0.56|3333|"), r.out());
    Run j =
        run(
            "mrt",
            "--json",
            "--origin-as",
            "22773",
            "--community",
            "2914:410",
            sample().toString());
    assertEquals(0, j.status());
    assertTrue(j.out().startsWith("{\"type\":\"B\""), j.out());
    assertTrue(j.out().contains("\"2914:410\""), j.out());
  }

  @Test
  void damageGivesStatusOneAndASummary() {
    Path damaged = SharedCorpus.require("mrt/bgpkit-parser/rrc00/2000.03/updates.20000325.0345.gz");
    Run r = run("mrt", damaged.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("2 damaged stretch(es) skipped"), r.err());
    assertTrue(r.err().contains("record 4 at offset 188"), r.err());
    assertTrue(r.out().startsWith("BGP|953955943|W|"), r.out());
  }

  @Test
  void badOptionsAreRejected() {
    assertEquals(2, run("mrt", "-t", "later", sample().toString()).status());
    assertEquals(2, run("mrt", "--type", "X", sample().toString()).status());
  }
}
