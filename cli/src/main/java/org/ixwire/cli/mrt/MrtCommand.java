package org.ixwire.cli.mrt;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Prefix;
import org.ixwire.mrt.Compression;
import org.ixwire.mrt.ElementFilter;
import org.ixwire.mrt.ElementType;
import org.ixwire.mrt.MrtDamage;
import org.ixwire.mrt.MrtReader;
import org.ixwire.mrt.RouteElementReader;
import org.ixwire.mrt.format.AsciiBuffer;
import org.ixwire.mrt.format.BgpdumpFormatter;
import org.ixwire.mrt.format.JsonElementFormatter;
import org.ixwire.mrt.format.ParallelBgpdump;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ixwire mrt FILE...}: prints MRT files in bgpdump 1.6.2's one-line formats, or as JSON
 * elements, optionally filtered. Exits 1 with a summary on stderr when records were damaged or
 * entries could not be decoded.
 */
@Command(
    name = "mrt",
    mixinStandardHelpOptions = true,
    description = {
      "Prints MRT files (RFC 6396: TABLE_DUMP, TABLE_DUMP_V2, BGP4MP, BGP4MP_ET, legacy BGP),"
          + " plain or gzip/bzip2/xz/zstd compressed, in bgpdump 1.6.2's formats or as JSON.",
      "Damaged records are reported on stderr (file offset, record index, reason); reading goes on"
          + " with the next intact record and the exit status is 1."
    },
    exitCodeListHeading = "Exit status:%n",
    exitCodeList = {
      "0:every record decoded",
      "1:damaged records or undecodable entries (summary on stderr; every intact record is printed), or a file that cannot be read",
      "2:usage error"
    })
public final class MrtCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "MRT files (plain or compressed; - for standard input, pipes are read as streams)")
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

  @Option(names = "-v", description = "print diagnostics on stderr")
  boolean verbose;

  @Option(
      names = {"-j", "--threads"},
      paramLabel = "N",
      description =
          "format on N threads, output order kept (text formats without filters; default: one"
              + " per available core, one fewer for compressed input)")
  int threads = 0;

  @Option(names = "--json", description = "one JSON object per route element (docs/formats.md)")
  boolean json;

  @Option(names = "--peer", paramLabel = "IP", description = "only routes from this peer address")
  @Nullable String peer;

  @Option(
      names = "--peer-as",
      paramLabel = "ASN",
      description = "only routes from peers of this AS")
  @Nullable Long peerAs;

  @Option(names = "--prefix", paramLabel = "PREFIX", description = "only this exact prefix")
  @Nullable String prefix;

  @Option(
      names = "--more-specific",
      paramLabel = "PREFIX",
      description = "only this prefix and more specifics")
  @Nullable String moreSpecific;

  @Option(
      names = "--less-specific",
      paramLabel = "PREFIX",
      description = "only this prefix and less specifics")
  @Nullable String lessSpecific;

  @Option(names = "--origin-as", paramLabel = "ASN", description = "only routes originated by ASN")
  @Nullable Long originAs;

  @Option(names = "--as-path", paramLabel = "REGEX", description = "AS path (as printed) matches")
  @Nullable String asPath;

  @Option(
      names = "--community",
      paramLabel = "ASN:VALUE",
      description = "only routes carrying this standard community")
  @Nullable String community;

  @Option(
      names = "--type",
      paramLabel = "A|W|B",
      description = "only announcements (A), withdrawals (W) or RIB entries (B)")
  @Nullable String type;

  @Option(names = "--from", paramLabel = "SECONDS", description = "records at or after this time")
  @Nullable Long from;

  @Option(names = "--to", paramLabel = "SECONDS", description = "records at or before this time")
  @Nullable Long to;

  @Option(
      names = "--no-progress",
      description =
          "no progress bar (shown on stderr for files of 16 MB or more when stderr is a"
              + " terminal)")
  boolean noProgress;

  @Option(names = "--family", paramLabel = "4|6", description = "only IPv4 or IPv6 routes")
  @Nullable Integer family;

  @Override
  public Integer call() throws IOException {
    if (!time.equals("dump") && !time.equals("change")) {
      spec.commandLine().getErr().println("ixwire mrt: -t takes dump or change, not " + time);
      return 2;
    }
    LineFilter lines = new LineFilter();
    ElementFilter elements;
    try {
      elements = filters(lines);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("ixwire mrt: " + e.getMessage());
      return 2;
    }
    PrintStream err = System.err;
    OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
    int status = 0;
    try {
      for (Path file : files) {
        long[] errors = new long[1];
        List<MrtDamage> damage;
        long records;
        @Nullable Progress progress = progress(file);
        try {
          if (json) {
            Opened o = open(file, progress != null);
            try (RouteElementReader r =
                new RouteElementReader(o.reader())
                    .filter(elements)
                    .errors(
                        x -> {
                          errors[0]++;
                          if (verbose) {
                            err.println("[error] " + x.getMessage());
                          }
                        })) {
              JsonElementFormatter f = new JsonElementFormatter();
              Text text = new Text(out);
              long k = 0;
              while (r.next()) {
                f.format(r.element(), text.sb);
                text.flushIfFull();
                if (progress != null && (++k & 1023) == 0) {
                  progress.update(o.position().getAsLong());
                }
              }
              text.flush();
              damage = r.records().damage();
              records = r.records().recordCount();
            }
          } else {
            Supplier<BgpdumpFormatter> formatters =
                () ->
                    BgpdumpFormatter.builder()
                        .humanReadable(human)
                        .changeTime(time.equals("change"))
                        .largeCommunities(large)
                        .unknownAttributes(unknown)
                        .build();
            Consumer<String> diagnostics =
                d -> {
                  if (d.startsWith("[error]")) {
                    errors[0]++;
                  }
                  if (verbose) {
                    err.println(d);
                  }
                };
            Opened o = open(file, progress != null);
            try (MrtReader r = o.reader()) {
              int workers = threads > 0 ? threads : defaultWorkers(r.compression());
              if (workers > 1 && lines.isEmpty()) {
                ParallelBgpdump.format(
                    r,
                    formatters,
                    workers,
                    chunk -> {
                      try {
                        chunk.writeTo(out);
                        if (progress != null) {
                          progress.update(o.position().getAsLong());
                        }
                      } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                      }
                    },
                    diagnostics);
              } else {
                BgpdumpFormatter f = formatters.get().diagnostics(diagnostics);
                AsciiBuffer text = new AsciiBuffer(1 << 17);
                AsciiBuffer one = new AsciiBuffer(1 << 12);
                while (r.next()) {
                  if (lines.isEmpty()) {
                    f.format(r.record(), text);
                  } else {
                    one.setLength(0);
                    f.format(r.record(), one);
                    keep(one, lines, text);
                  }
                  if (text.length() >= 1 << 16) {
                    text.writeTo(out);
                    text.setLength(0);
                    if (progress != null) {
                      progress.update(o.position().getAsLong());
                    }
                  }
                }
                text.writeTo(out);
              }
              damage = r.damage();
              records = r.recordCount();
            }
          }
        } catch (IOException e) {
          if (progress != null) {
            progress.finish();
          }
          out.flush();
          err.println("ixwire mrt: " + file + ": " + e.getMessage());
          status = 1;
          continue;
        }
        if (progress != null) {
          out.flush();
          progress.finish();
        }
        if (!damage.isEmpty() || errors[0] > 0) {
          out.flush();
          status = 1;
          summary(err, file, records, damage, errors[0]);
        }
      }
    } finally {
      out.flush();
    }
    return status;
  }

  /** A progress bar for {@code file}, or null when it is small, or stderr is not a terminal. */
  private @Nullable Progress progress(Path file) {
    if (noProgress || !Progress.stderrIsTerminal()) {
      return null;
    }
    try {
      long size = Files.size(file);
      return size >= Progress.MIN_SIZE
          ? new Progress(System.err, String.valueOf(file.getFileName()), size)
          : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * One formatting worker per core; for compressed input one core fewer, since the decompressor
   * runs on a thread of its own (on two cores: one formatting thread and the decompressor, which
   * measured faster than two workers, docs/benchmarks.md).
   */
  private static int defaultWorkers(Compression c) {
    int cores = Runtime.getRuntime().availableProcessors();
    return c == Compression.NONE ? cores : Math.max(1, cores - 1);
  }

  /** A reader and where it is in the file (compressed bytes read, for compressed files). */
  private record Opened(MrtReader reader, LongSupplier position) {}

  private static Opened open(Path file, boolean track) throws IOException {
    if (file.toString().equals("-") || (Files.exists(file) && !Files.isRegularFile(file))) {
      // standard input, a pipe, a device: read once as a stream (it cannot be mapped or reopened
      // to sniff its compression)
      CountingInputStream c =
          new CountingInputStream(
              file.toString().equals("-")
                  ? System.in
                  // not Files.newInputStream: its available() seeks, which fails on a pipe
                  // (gzip asks it for concatenated members)
                  : new java.io.FileInputStream(file.toFile()));
      return new Opened(MrtReader.open(c), c::count);
    }
    if (track && Compression.detect(file) != Compression.NONE) {
      // the progress of a compressed file is the compressed bytes read
      CountingInputStream c = new CountingInputStream(Files.newInputStream(file));
      return new Opened(MrtReader.open(c), c::count);
    }
    MrtReader r = MrtReader.open(file);
    return new Opened(r, r::position);
  }

  /** Counts the bytes read through it. */
  private static final class CountingInputStream extends FilterInputStream {
    private volatile long count; // written by the read-ahead thread, read by the progress bar

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      count += k;
      return k;
    }
  }

  private void summary(
      PrintStream err, Path file, long records, List<MrtDamage> damage, long errors) {
    err.println(
        "ixwire mrt: "
            + file
            + ": "
            + records
            + " records read, "
            + damage.size()
            + " damaged stretch(es) skipped, "
            + errors
            + " record/entry error(s)"
            + (verbose || errors == 0 ? "" : " (-v lists them)"));
    int shown = 0;
    for (MrtDamage d : damage) {
      if (shown++ == 10) {
        err.println("  ... " + (damage.size() - 10) + " more");
        break;
      }
      err.println("  " + d);
    }
  }

  private static void keep(AsciiBuffer lines, LineFilter filter, AsciiBuffer out) {
    int start = 0;
    for (int i = 0; i < lines.length(); i++) {
      if (lines.charAt(i) == '\n') {
        String line = lines.subSequence(start, i).toString();
        if (filter.test(line)) {
          out.append(line).append('\n');
        }
        start = i + 1;
      }
    }
  }

  private ElementFilter filters(LineFilter lines) {
    List<ElementFilter> all = new ArrayList<>();
    String p = peer;
    if (p != null) {
      IpAddress a = IpAddress.parse(p);
      all.add(ElementFilter.peerAddress(a));
      lines.peer(a);
    }
    Long pa = peerAs;
    if (pa != null) {
      all.add(ElementFilter.peerAs(pa));
      lines.peerAs(pa);
    }
    String x = prefix;
    if (x != null) {
      all.add(ElementFilter.prefixExact(Prefix.parse(x)));
      lines.prefix(Prefix.parse(x), 0);
    }
    x = moreSpecific;
    if (x != null) {
      all.add(ElementFilter.prefixMoreSpecific(Prefix.parse(x)));
      lines.prefix(Prefix.parse(x), 1);
    }
    x = lessSpecific;
    if (x != null) {
      all.add(ElementFilter.prefixLessSpecific(Prefix.parse(x)));
      lines.prefix(Prefix.parse(x), -1);
    }
    Long o = originAs;
    if (o != null) {
      all.add(ElementFilter.originAs(o));
      lines.originAs(o);
    }
    x = asPath;
    if (x != null) {
      Pattern re = Pattern.compile(x);
      all.add(ElementFilter.asPath(re));
      lines.asPathRegex(re);
    }
    x = community;
    if (x != null) {
      String[] hv = x.split(":");
      if (hv.length != 2) {
        throw new IllegalArgumentException("--community takes ASN:VALUE, not " + x);
      }
      all.add(ElementFilter.community(Integer.parseInt(hv[0]), Integer.parseInt(hv[1])));
      lines.community(Integer.parseInt(hv[0]) + ":" + Integer.parseInt(hv[1]));
    }
    x = type;
    if (x != null) {
      ElementType t;
      switch (x) {
        case "A":
          t = ElementType.ANNOUNCE;
          break;
        case "W":
          t = ElementType.WITHDRAW;
          break;
        case "B":
          t = ElementType.RIB;
          break;
        default:
          throw new IllegalArgumentException("--type takes A, W or B, not " + x);
      }
      all.add(ElementFilter.type(t));
      lines.kind(x);
    }
    if (from != null || to != null) {
      long f = from != null ? from : 0;
      long t = to != null ? to : Long.MAX_VALUE;
      all.add(ElementFilter.timeRange(f, t));
      lines.time(f, t);
    }
    Integer fam = family;
    if (fam != null) {
      if (fam != 4 && fam != 6) {
        throw new IllegalArgumentException("--family takes 4 or 6");
      }
      all.add(ElementFilter.family(fam == 4 ? 1 : 2));
      lines.family(fam == 4 ? 1 : 2);
    }
    ElementFilter result = ElementFilter.ALL;
    for (ElementFilter f : all) {
      result = result == ElementFilter.ALL ? f : result.and(f);
    }
    return result;
  }

  /** ASCII text accumulated and written as bytes. */
  private static final class Text {
    final StringBuilder sb = new StringBuilder(1 << 17);
    private final OutputStream out;
    private byte[] bytes = new byte[1 << 17];

    Text(OutputStream out) {
      this.out = out;
    }

    void flushIfFull() throws IOException {
      if (sb.length() >= 1 << 16) {
        flush();
      }
    }

    void flush() throws IOException {
      int n = sb.length();
      if (bytes.length < n) {
        bytes = new byte[n];
      }
      for (int i = 0; i < n; i++) {
        bytes[i] = (byte) sb.charAt(i);
      }
      out.write(bytes, 0, n);
      sb.setLength(0);
    }
  }
}
