package org.ixwire.cli.sflow;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ixwire.pcap.PcapFormatException;
import org.ixwire.pcap.PortSet;
import org.ixwire.sflow.SflowCaptureReader;
import org.ixwire.sflow.SflowDecodeException;
import org.ixwire.sflow.TrafficMatrix;
import org.ixwire.sflow.format.JsonFormatter;
import org.ixwire.sflow.format.SflowtoolFormatter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ixwire sflow}: reads sFlow from a capture ({@code --pcap}) or a UDP socket ({@code
 * --listen}) and prints sflowtool's default key-value form, {@code -l} lines, JSON, or a traffic
 * matrix.
 */
@Command(
    name = "sflow",
    mixinStandardHelpOptions = true,
    description = {
      "Decodes sFlow v5 (and v2/v4) datagrams from a pcap/pcapng capture or a UDP socket.",
      "Output: sflowtool 6.11's key-value form (default), its -l lines (-l), one JSON object per"
          + " datagram (--json, schema in docs/formats.md), or a traffic matrix (--matrix)."
    },
    exitCodeListHeading = "Exit status:%n",
    exitCodeList = {
      "0:every datagram decoded",
      "1:undecodable datagrams or a damaged capture (reported on stderr; the rest is decoded)",
      "2:usage error"
    })
public final class SflowCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Option(names = "--pcap", paramLabel = "FILE", description = "read a pcap or pcapng capture")
  @Nullable Path pcap;

  @Option(
      names = "--listen",
      paramLabel = "ADDR:PORT",
      arity = "0..1",
      fallbackValue = "0.0.0.0:6343",
      description = "receive on a UDP socket (default 0.0.0.0:6343; a bare port or address works)")
  @Nullable String listen;

  @Option(names = "-l", description = "sflowtool -l lines: FLOW,... and CNTR,...")
  boolean lines;

  @Option(names = "--json", description = "one JSON object per datagram")
  boolean json;

  @Option(names = "--matrix", description = "traffic matrix per (source, destination, VLAN)")
  boolean matrix;

  @Option(
      names = "--members",
      paramLabel = "FILE",
      description = "with --matrix: lines 'MAC member' mapping MACs to member names")
  @Nullable Path members;

  @Option(
      names = "--interval",
      paramLabel = "SECONDS",
      description =
          "with --matrix: print per-second rates every SECONDS (listen) or over SECONDS (capture)")
  double interval;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description =
          "with --pcap: only UDP datagrams to or from PORT (default: every UDP datagram,"
              + " as sflowtool -r)")
  int port;

  @Option(
      names = "--count",
      paramLabel = "N",
      description = "with --listen: stop after N datagrams")
  long count;

  /** Where output goes (standard output; tests replace it). */
  OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);

  /** Where diagnostics go. */
  PrintStream err = System.err;

  private final StringBuilder text = new StringBuilder(1 << 14);
  private @Nullable SflowtoolFormatter formatter;
  private final JsonFormatter jsonFormatter = new JsonFormatter();
  private @Nullable TrafficMatrix trafficMatrix;
  private long bad;

  @Override
  public Integer call() throws IOException {
    if ((pcap == null) == (listen == null)) {
      err.println("ixwire sflow: give exactly one of --pcap FILE or --listen [ADDR:PORT]");
      return 2;
    }
    if ((lines ? 1 : 0) + (json ? 1 : 0) + (matrix ? 1 : 0) > 1) {
      err.println("ixwire sflow: -l, --json and --matrix are exclusive");
      return 2;
    }
    if (matrix) {
      trafficMatrix = new TrafficMatrix(readMembers());
    } else if (!json) {
      formatter =
          new SflowtoolFormatter(
              lines ? SflowtoolFormatter.Mode.LINE : SflowtoolFormatter.Mode.DEFAULT, text);
    }
    try {
      if (pcap != null) {
        readCapture(pcap);
      } else {
        listen(parseListen(listen == null ? "" : listen));
      }
    } finally {
      out.flush();
    }
    return bad > 0 ? 1 : 0;
  }

  private Map<Long, String> readMembers() throws IOException {
    Map<Long, String> m = new HashMap<>();
    if (members == null) {
      return m;
    }
    for (String line : Files.readAllLines(members, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] f = t.split("[\\s,]+", 2);
      if (f.length == 2) {
        m.put(TrafficMatrix.parseMac(f[0]), f[1].strip());
      }
    }
    return m;
  }

  private void readCapture(Path file) throws IOException {
    long[] first = {-1};
    long[] last = {0};
    SflowCaptureReader.read(
        file,
        port == 0 ? PortSet.all() : PortSet.of(port),
        new SflowCaptureReader.Handler() {
          @Override
          public void datagram(ByteBuf buf, int off, int len, long nanos, byte[] source) {
            if (first[0] < 0) {
              first[0] = nanos;
            }
            last[0] = nanos;
            handle(buf, off, len, "-", nanos, true);
          }

          @Override
          public void damaged(PcapFormatException e) {
            bad++;
            err.println("ixwire sflow: " + e.getMessage());
          }
        });
    if (trafficMatrix != null) {
      double seconds = interval > 0 ? interval : 0;
      printMatrix(trafficMatrix, seconds);
    }
  }

  private void handle(
      ByteBuf buf, int off, int len, String source, long nanos, boolean fromCapture) {
    try {
      if (trafficMatrix != null) {
        try {
          trafficMatrix.add(buf, off, len);
        } catch (SflowDecodeException e) {
          bad++;
          err.println("ixwire sflow: " + e.getMessage());
        }
        return;
      }
      if (json) {
        int at = text.length();
        jsonFormatter.format(buf, off, len, source, nanos, text);
        if (text.indexOf(",\"error\":{", at) >= 0) {
          bad++; // the JSON line carries the error; the exit status says so too
        }
      } else {
        SflowtoolFormatter f = formatter;
        if (f == null) {
          return;
        }
        long sec = nanos / 1_000_000_000L;
        long usec = (nanos / 1000) % 1_000_000L;
        if (fromCapture) {
          f.format(buf, off, len, source, sec, usec, 0, 0);
        } else {
          f.format(buf, off, len, source, 0, 0, sec, usec);
        }
        if (f.errors().length() > 0) {
          bad++;
          err.print(f.errors());
          f.errors().setLength(0);
        }
      }
      out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
      text.setLength(0);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void printMatrix(TrafficMatrix m, double seconds) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append(
        seconds > 0
            ? "# source\tdestination\tvlan\tbytes_per_s\tpackets_per_s\tipv4_bytes_per_s"
                + "\tipv6_bytes_per_s\tsamples\n"
            : "# source\tdestination\tvlan\tbytes\tpackets\tipv4_bytes\tipv6_bytes\tsamples\n");
    for (TrafficMatrix.Cell c : seconds > 0 ? m.perSecond(seconds) : m.cells()) {
      sb.append(c.source())
          .append('\t')
          .append(c.destination())
          .append('\t')
          .append(c.vlan())
          .append('\t')
          .append(c.bytes())
          .append('\t')
          .append(c.packets())
          .append('\t')
          .append(c.ipv4Bytes())
          .append('\t')
          .append(c.ipv6Bytes())
          .append('\t')
          .append(c.samples())
          .append('\n');
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  static InetSocketAddress parseListen(String spec) throws IOException {
    String s = spec.strip();
    if (s.isEmpty()) {
      return new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 6343);
    }
    if (s.matches("\\d+")) {
      return new InetSocketAddress(InetAddress.getByName("0.0.0.0"), Integer.parseInt(s));
    }
    int port = 6343;
    String host = s;
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      host = s.substring(1, close);
      if (close + 1 < s.length() && s.charAt(close + 1) == ':') {
        port = Integer.parseInt(s.substring(close + 2));
      }
    } else if (s.indexOf(':') == s.lastIndexOf(':') && s.indexOf(':') >= 0) {
      host = s.substring(0, s.indexOf(':'));
      port = Integer.parseInt(s.substring(s.indexOf(':') + 1));
    }
    return new InetSocketAddress(InetAddress.getByName(host), port);
  }

  private void listen(InetSocketAddress addr) throws IOException {
    try (DatagramChannel ch = DatagramChannel.open()) {
      ch.bind(addr);
      err.println("ixwire sflow: listening on " + ch.getLocalAddress());
      ByteBuffer nio = ByteBuffer.allocateDirect(65536);
      ByteBuf buf = Unpooled.wrappedBuffer(nio);
      long received = 0;
      long nextMatrix = interval > 0 ? System.nanoTime() + (long) (interval * 1e9) : Long.MAX_VALUE;
      try {
        while (count == 0 || received < count) {
          nio.clear();
          SocketAddress from = ch.receive(nio);
          if (from == null) {
            continue;
          }
          received++;
          Instant now = Instant.now();
          long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
          String source =
              from instanceof InetSocketAddress
                  ? sflowtoolAddress(((InetSocketAddress) from).getAddress())
                  : "-";
          handle(buf, 0, nio.position(), source, nanos, false);
          out.flush();
          TrafficMatrix m = trafficMatrix;
          if (m != null && System.nanoTime() >= nextMatrix) {
            printMatrix(m, interval);
            m.reset();
            nextMatrix += (long) (interval * 1e9);
          }
        }
      } finally {
        buf.release();
      }
      TrafficMatrix m = trafficMatrix;
      if (m != null) {
        printMatrix(m, interval);
      }
    }
  }

  /** An address printed like sflowtool (IPv4 dotted, IPv6 as 8 groups of 4 hex digits). */
  static String sflowtoolAddress(InetAddress a) {
    byte[] b = a.getAddress();
    if (b.length == 4) {
      return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }
    boolean mapped = true;
    for (int i = 0; i < 10; i++) {
      mapped &= b[i] == 0;
    }
    if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i += 2) {
      if (i > 0) {
        sb.append(':');
      }
      sb.append(String.format("%02x%02x", b[i], b[i + 1]));
    }
    return sb.toString();
  }
}
