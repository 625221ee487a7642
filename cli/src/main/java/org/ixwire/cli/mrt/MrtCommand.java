package org.ixwire.cli.mrt;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ixwire.mrt.MrtDamage;
import org.ixwire.mrt.MrtReader;
import org.ixwire.mrt.format.BgpdumpFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ixwire mrt FILE...}: prints MRT files in bgpdump 1.6.2's one-line formats. Exits 1 with a
 * summary on stderr when records were damaged or entries could not be decoded.
 */
@Command(
    name = "mrt",
    mixinStandardHelpOptions = true,
    description = {
      "Prints MRT files (RFC 6396: TABLE_DUMP, TABLE_DUMP_V2, BGP4MP, BGP4MP_ET, legacy BGP),"
          + " plain or gzip/bzip2/xz/zstd compressed, in bgpdump 1.6.2's formats.",
      "Damaged records are reported on stderr (file offset, record index, reason); reading goes on"
          + " with the next intact record and the exit status is 1."
    })
public final class MrtCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "MRT files")
  @SuppressWarnings("NullAway.Init")
  List<Path> files;

  @Option(names = "-m", description = "one line per entry, Unix time (default)")
  boolean machine;

  @Option(names = "-M", description = "one line per entry, human-readable time, short lines")
  boolean human;

  @Option(
      names = "-t",
      paramLabel = "dump|change",
      description = "RIB time: dump (default) or change (the entry's originated time)")
  String time = "dump";

  @Option(names = "-l", description = "add the large-communities column")
  boolean large;

  @Option(names = "-u", description = "add the unknown-attributes column")
  boolean unknown;

  @Option(names = "-v", description = "print bgpdump-style diagnostics on stderr")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    if (!time.equals("dump") && !time.equals("change")) {
      spec.commandLine().getErr().println("ixwire mrt: -t takes dump or change, not " + time);
      return 2;
    }
    PrintStream err = System.err;
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    int status = 0;
    long[] errors = new long[1];
    try {
      for (Path file : files) {
        BgpdumpFormatter f =
            BgpdumpFormatter.builder()
                .humanReadable(human)
                .changeTime(time.equals("change"))
                .largeCommunities(large)
                .unknownAttributes(unknown)
                .build()
                .diagnostics(
                    d -> {
                      if (d.startsWith("[error]")) {
                        errors[0]++;
                      }
                      if (verbose) {
                        err.println(d);
                      }
                    });
        errors[0] = 0;
        StringBuilder sb = new StringBuilder(1 << 17);
        byte[] bytes = new byte[1 << 17];
        List<MrtDamage> damage;
        long records;
        try (MrtReader r = MrtReader.open(file)) {
          while (r.next()) {
            f.format(r.record(), sb);
            if (sb.length() >= 1 << 16) {
              bytes = write(sb, bytes, out);
            }
          }
          write(sb, bytes, out);
          damage = r.damage();
          records = r.recordCount();
        } catch (IOException e) {
          out.flush();
          err.println("ixwire mrt: " + file + ": " + e.getMessage());
          status = 1;
          continue;
        }
        if (!damage.isEmpty() || errors[0] > 0) {
          out.flush();
          status = 1;
          err.println(
              "ixwire mrt: "
                  + file
                  + ": "
                  + records
                  + " records read, "
                  + damage.size()
                  + " damaged stretch(es) skipped, "
                  + errors[0]
                  + " record/entry error(s)"
                  + (verbose || errors[0] == 0 ? "" : " (-v lists them)"));
          int shown = 0;
          for (MrtDamage d : damage) {
            if (shown++ == 10) {
              err.println("  ... " + (damage.size() - 10) + " more");
              break;
            }
            err.println("  " + d);
          }
        }
      }
    } finally {
      out.flush();
    }
    return status;
  }

  /** Writes the (ASCII) text as bytes and clears it; returns the possibly grown byte buffer. */
  private static byte[] write(StringBuilder sb, byte[] bytes, OutputStream out) throws IOException {
    int n = sb.length();
    byte[] b = bytes.length >= n ? bytes : new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) sb.charAt(i);
    }
    out.write(b, 0, n);
    sb.setLength(0);
    return b;
  }
}
