package org.ixwire.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.io.BaseEncoding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Fuzzes each input path of the command line through {@link Main#commandLine()}, as a user would
 * run it: {@code bgp decode} on hex, on a raw file and on a pcap capture of TCP port 179, {@code
 * mrt} on a file, {@code sflow --pcap} on a capture of UDP port 6343. The exit status must be a
 * documented one (0 clean, 1 damaged input, 2 usage) and no stack trace may reach the user.
 */
public class CliFuzzTest {

  /** Exit status and what went to standard output and error. */
  public record Result(int status, String out, String err) {}

  /** Runs {@code ixwire ARGS} with standard output and error captured. */
  public static Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StringWriter pout = new StringWriter();
    StringWriter perr = new StringWriter();
    int status;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(pout, true));
      cl.setErr(new PrintWriter(perr, true));
      status = cl.execute(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Result(
        status,
        out.toString(StandardCharsets.UTF_8) + pout,
        err.toString(StandardCharsets.UTF_8) + perr);
  }

  /** The documented outcomes: status 0, 1 or 2, and no stack trace. */
  public static void check(Result r, String what) {
    assertTrue(
        r.status() == 0 || r.status() == 1 || r.status() == 2,
        what + ": undocumented exit status " + r.status() + "\n" + r.err());
    assertFalse(r.err().contains("\tat "), what + ": stack trace\n" + r.err());
    assertFalse(r.out().contains("\tat "), what + ": stack trace on stdout");
    if (r.status() == 0) {
      assertFalse(r.out().contains("ERROR"), what + ": errors printed but exit status 0");
      assertFalse(r.out().contains(",\"error\":{"), what + ": errors printed but exit status 0");
      // (Jazzer logs its instrumentation to the same System.err: INFO and WARNING lines)
      String diagnostics = r.err().replaceAll("(?m)^(INFO|WARNING): .*\n?", "");
      assertTrue(
          diagnostics.isEmpty(), what + ": diagnostics printed but exit status 0\n" + r.err());
    }
  }

  /** As {@link #run}, with FILE in the arguments replaced by a temporary file of content. */
  public static Result runOnFile(byte[] content, String suffix, String... args) throws IOException {
    Path f = Files.createTempFile("ixwire-fuzz", suffix);
    try {
      Files.write(f, content);
      String[] a = new String[args.length];
      for (int i = 0; i < args.length; i++) {
        a[i] = args[i].equals("FILE") ? f.toString() : args[i];
      }
      return run(a);
    } finally {
      Files.deleteIfExists(f);
    }
  }

  /** {@code ixwire bgp decode --hex HEX} with fuzzed session flags. */
  @FuzzTest
  void bgpHex(FuzzedDataProvider data) {
    List<String> args = new ArrayList<>(List.of("bgp", "decode"));
    if (data.consumeBoolean()) {
      args.add("--json");
    }
    if (data.consumeBoolean()) {
      args.add("--as4");
    }
    if (data.consumeBoolean()) {
      args.add("--addpath");
      args.add("ipv4-unicast");
    }
    args.add("--hex");
    args.add(BaseEncoding.base16().encode(data.consumeRemainingAsBytes()));
    check(run(args.toArray(new String[0])), "bgp decode --hex");
  }

  /** {@code ixwire bgp decode FILE} on raw messages (a file starting with a marker byte). */
  @FuzzTest
  void bgpRawFile(byte[] data) throws IOException {
    byte[] raw = new byte[data.length + 1];
    raw[0] = (byte) 0xff;
    System.arraycopy(data, 0, raw, 1, data.length);
    check(runOnFile(raw, ".bin", "bgp", "decode", "--json", "FILE"), "bgp decode raw");
  }

  /** {@code ixwire bgp decode FILE} on a pcap whose TCP segments to port 179 carry the data. */
  @FuzzTest
  void bgpPcap(FuzzedDataProvider data) throws IOException {
    boolean json = data.consumeBoolean();
    byte[] pcap = Captures.tcp(data);
    check(
        runOnFile(
            pcap,
            ".pcap",
            json
                ? new String[] {"bgp", "decode", "--json", "FILE"}
                : new String[] {"bgp", "decode", "FILE"}),
        "bgp decode pcap");
  }

  /** {@code ixwire mrt FILE} (bgpdump form or JSON). */
  @FuzzTest
  void mrtFile(FuzzedDataProvider data) throws IOException {
    String mode = data.pickValue(new String[] {"-m", "-M", "--json"});
    check(runOnFile(data.consumeRemainingAsBytes(), ".mrt", "mrt", mode, "FILE"), "mrt");
  }
}
