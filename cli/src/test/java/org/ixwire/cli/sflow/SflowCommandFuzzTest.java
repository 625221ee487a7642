package org.ixwire.cli.sflow;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.cli.Captures;
import org.ixwire.cli.CliFuzzTest;
import org.ixwire.cli.Main;
import picocli.CommandLine;

/**
 * {@code ixwire sflow --pcap FILE} (sflowtool, line, JSON and matrix forms) through {@link
 * Main#commandLine()} on a capture whose UDP datagrams to port 6343 carry the fuzzer's data: a
 * documented exit status and no stack trace.
 */
class SflowCommandFuzzTest {

  @FuzzTest
  void sflowPcap(FuzzedDataProvider data) throws IOException {
    String mode = data.pickValue(new String[] {"-l", "--json", "--matrix", "default"});
    byte[] pcap = Captures.udp(data);
    Path f = Files.createTempFile("ixwire-fuzz", ".pcap");
    try {
      Files.write(f, pcap);
      List<String> args = new ArrayList<>(List.of("sflow", "--pcap", f.toString()));
      if (!mode.equals("default")) {
        args.add(mode);
      }
      CommandLine cl = Main.commandLine();
      SflowCommand cmd = cl.getSubcommands().get("sflow").getCommand();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      cmd.out = out;
      cmd.err = new PrintStream(err, true, StandardCharsets.UTF_8);
      PrintStream oldErr = System.err;
      int status;
      try {
        System.setErr(cmd.err);
        status = cl.execute(args.toArray(new String[0]));
      } finally {
        System.setErr(oldErr);
      }
      CliFuzzTest.check(
          new CliFuzzTest.Result(
              status,
              out.toString(StandardCharsets.ISO_8859_1),
              err.toString(StandardCharsets.UTF_8)),
          "sflow " + mode);
    } finally {
      Files.deleteIfExists(f);
    }
  }
}
