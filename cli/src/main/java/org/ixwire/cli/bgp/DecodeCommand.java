package org.ixwire.cli.bgp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ixwire.bgp.BgpDecodeException;
import org.ixwire.bgp.BgpDecoder;
import org.ixwire.bgp.BgpFraming;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.Negotiation;
import org.ixwire.bgp.UpdateResult;
import org.ixwire.bgp.message.BgpMessage;
import org.ixwire.bgp.message.MessageType;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.pcap.CaptureFormat;
import org.ixwire.pcap.PcapFormatException;
import org.ixwire.pcap.PcapReader;
import org.ixwire.pcap.PortSet;
import org.ixwire.pcap.TcpFlow;
import org.ixwire.pcap.TcpReassembler;
import org.ixwire.pcap.TcpStreamListener;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ixwire bgp decode}: decodes BGP messages from hex (argument or stdin), a file of raw
 * messages, or a pcap/pcapng capture (TCP streams reassembled in order).
 */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    description = {
      "Decode BGP messages and print one JSON object per message (--json) or readable text.",
      "INPUT is a pcap/pcapng capture, a file of raw BGP messages, a file of hex, or '-' for hex"
          + " on stdin; with --hex the messages are given on the command line.",
      "Session options come from the OPENs seen in a capture; flags give them when there are none."
    },
    exitCodeListHeading = "Exit status:%n",
    exitCodeList = {
      "0:every message decoded (RFC 7606 outcomes are decoded messages)",
      "1:framing errors, a truncated stream or a damaged capture (reported; the rest is decoded)",
      "2:usage error (bad option, input not hex)"
    })
public final class DecodeCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..1",
      paramLabel = "INPUT",
      description = "capture, raw or hex file; '-' = stdin")
  @Nullable String input;

  @Option(names = "--hex", paramLabel = "HEX", description = "message(s) as hex")
  @Nullable String hex;

  @Option(names = "--json", description = "one JSON object per message (docs/formats.md)")
  boolean json;

  @Option(names = "--as4", description = "4-octet AS numbers when no OPEN says so (RFC 6793)")
  boolean as4;

  @Option(
      names = "--addpath",
      paramLabel = "FAMILY",
      description = "ADD-PATH path ids for FAMILY (e.g. ipv4-unicast) when no OPEN says so")
  List<String> addPath = new ArrayList<>();

  @Option(names = "--extended-message", description = "allow messages up to 65535 bytes")
  boolean extendedMessage;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "TCP port(s) carrying BGP in a capture (default 179)")
  List<Integer> ports = new ArrayList<>();

  private final BgpDecoder decoder = new BgpDecoder();

  /** Whether any session-option flag was given (then nothing is guessed). */
  private boolean explicitOptions() {
    return as4 || extendedMessage || !addPath.isEmpty();
  }

  /**
   * Candidate options for a direction whose OPENs were not captured, in order of preference (as
   * Wireshark guesses the AS number width and ADD-PATH when it has not seen the OPEN).
   */
  private static final List<BgpSessionOptions> GUESSES =
      List.of(
          BgpSessionOptions.builder().extendedMessage(true).build(),
          BgpSessionOptions.builder().extendedMessage(true).fourOctetAs(true).build(),
          BgpSessionOptions.builder()
              .extendedMessage(true)
              .addPath(AfiSafi.IPV4_UNICAST)
              .addPath(AfiSafi.IPV6_UNICAST)
              .build(),
          BgpSessionOptions.builder()
              .extendedMessage(true)
              .fourOctetAs(true)
              .addPath(AfiSafi.IPV4_UNICAST)
              .addPath(AfiSafi.IPV6_UNICAST)
              .build());

  @Spec @Nullable CommandSpec spec;

  private java.io.PrintWriter out = new java.io.PrintWriter(System.out, false);
  private int errors;

  private BgpSessionOptions defaults() {
    BgpSessionOptions.Builder b =
        BgpSessionOptions.builder().fourOctetAs(as4).extendedMessage(extendedMessage);
    for (String f : addPath) {
      b.addPath(AfiSafi.parse(f));
    }
    return b.build();
  }

  @Override
  public Integer call() throws IOException {
    if (spec != null) {
      out = spec.commandLine().getOut();
    }
    try {
      if (hex != null) {
        decodeBytes(hexBytes(hex), defaults(), null, null);
      } else if (input == null || input.equals("-")) {
        decodeBytes(
            hexBytes(new String(System.in.readAllBytes(), StandardCharsets.US_ASCII)),
            defaults(),
            null,
            null);
      } else {
        Path p = Path.of(input);
        byte[] head = new byte[4];
        try (var in = Files.newInputStream(p)) {
          int n = in.readNBytes(head, 0, 4);
          if (n == 4 && isCapture(head)) {
            decodeCapture(p);
          } else if (n >= 1 && (head[0] & 0xff) == 0xff) {
            decodeBytes(Files.readAllBytes(p), defaults(), null, null);
          } else {
            decodeBytes(
                hexBytes(Files.readString(p, StandardCharsets.US_ASCII)), defaults(), null, null);
          }
        }
      }
    } finally {
      out.flush();
    }
    return errors == 0 ? 0 : 1;
  }

  private static boolean isCapture(byte[] h) {
    int m = (h[0] & 0xff) << 24 | (h[1] & 0xff) << 16 | (h[2] & 0xff) << 8 | (h[3] & 0xff);
    return CaptureFormat.detect(m) != null;
  }

  private static byte[] hexBytes(String text) {
    String clean =
        text.replaceAll("(?m)#.*$", "").replaceAll("[\\s:]", "").toLowerCase(java.util.Locale.ROOT);
    if (clean.length() % 2 != 0 || !clean.matches("[0-9a-f]*")) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(new DecodeCommand()), "input is not hex");
    }
    return com.google.common.io.BaseEncoding.base16().lowerCase().decode(clean);
  }

  /** Decodes a sequence of whole messages. */
  private void decodeBytes(
      byte[] bytes, BgpSessionOptions options, @Nullable String src, @Nullable String dst) {
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    Framer f = new Framer(options, src, dst, 0);
    f.feed(buf, 0, 0);
    f.finish();
  }

  private static String describe(BgpSessionOptions o) {
    StringBuilder sb = new StringBuilder(o.fourOctetAs() ? "as4" : "as2");
    for (AfiSafi f : o.addPathReceiveFamilies()) {
      sb.append(",addpath:").append(f);
    }
    return sb.toString();
  }

  private void print(MessageFormatter.Origin o, BgpMessage m, @Nullable UpdateResult r, int len) {
    out.println(json ? MessageFormatter.json(o, m, r, len) : MessageFormatter.text(o, m, r, len));
  }

  private void printError(MessageFormatter.Origin o, BgpDecodeException e, int len) {
    errors++;
    if (json) {
      out.println(MessageFormatter.jsonError(o, e, len));
    } else {
      out.println((o.frame() > 0 ? "frame " + o.frame() + " " : "") + "ERROR " + e.getMessage());
    }
  }

  /** Frames one direction's byte stream into messages; resynchronises on the marker. */
  private final class Framer {
    private BgpSessionOptions options;
    private final @Nullable String src;
    private final @Nullable String dst;
    private final long connection;
    private boolean negotiated;
    private boolean guessed;
    private ByteBuf pending = Unpooled.buffer(0);
    private long frame;
    private long time;
    @Nullable Open sentOpen;
    @Nullable Framer peer;
    int bgp; // 0 unknown, 1 BGP, -1 not BGP
    ByteBuf probe = Unpooled.buffer(0);

    Framer(BgpSessionOptions options, @Nullable String src, @Nullable String dst, long connection) {
      this.options = options;
      this.src = src;
      this.dst = dst;
      this.connection = connection;
    }

    void feed(ByteBuf data, long frameNumber, long timestampNanos) {
      if (!pending.isReadable()) {
        frame = frameNumber;
        time = timestampNanos;
      }
      pending.writeBytes(data, data.readerIndex(), data.readableBytes());
      drain();
    }

    void gap() {
      pending.clear();
    }

    private void drain() {
      while (pending.readableBytes() >= BgpFraming.HEADER_LENGTH) {
        int at = pending.readerIndex();
        int avail = pending.readableBytes();
        MessageFormatter.Origin o = new MessageFormatter.Origin(frame, time, src, dst);
        int len;
        try {
          len =
              BgpFraming.frameLength(
                  pending, at, avail, BgpSessionOptions.MAX_EXTENDED_MESSAGE_LENGTH);
        } catch (BgpDecodeException e) {
          printError(o, e, 0);
          resync();
          continue;
        }
        if (len < 0) {
          return;
        }
        ByteBuf msg = pending.slice(at, len);
        try {
          BgpMessage m;
          UpdateResult r = null;
          if (msg.getUnsignedByte(18) == MessageType.UPDATE.code()) {
            // decode an UPDATE once, with its RFC 7606 outcome
            r = decoder.decodeUpdate(msg, 0, len, options);
            m = r.update();
            if (!r.isClean() && !negotiated && !explicitOptions()) {
              // keep the guess that explains the bytes best: weakest RFC 7606 action, fewest issues
              for (BgpSessionOptions g : GUESSES) {
                UpdateResult alt;
                try {
                  alt = decoder.decodeUpdate(msg, 0, len, g);
                } catch (BgpDecodeException e) {
                  continue;
                }
                int c = alt.action().compareTo(r.action());
                if (c < 0 || (c == 0 && alt.issues().size() < r.issues().size())) {
                  options = g;
                  guessed = true;
                  m = alt.update();
                  r = alt;
                }
              }
            }
          } else {
            m = decoder.decode(msg, 0, options);
            if (m instanceof Open) {
              sentOpen = (Open) m;
              negotiate();
            }
          }
          print(guessed ? o.withGuess(describe(options)) : o, m, r, len);
        } catch (BgpDecodeException e) {
          printError(o, e, len);
        }
        pending.skipBytes(len);
      }
      pending.discardReadBytes();
    }

    private void negotiate() {
      Framer p = peer;
      if (sentOpen != null && p != null && p.sentOpen != null) {
        options = Negotiation.forMessagesFrom(sentOpen, p.sentOpen);
        p.options = Negotiation.forMessagesFrom(p.sentOpen, sentOpen);
        negotiated = true;
        p.negotiated = true;
        guessed = false;
        p.guessed = false;
      }
    }

    /** Skips to the next 16-byte marker after the current position. */
    private void resync() {
      int start = pending.readerIndex() + 1;
      int end = pending.writerIndex();
      int run = 0;
      for (int i = start; i < end; i++) {
        run = pending.getUnsignedByte(i) == 0xff ? run + 1 : 0;
        if (run == 16) {
          // a marker may be longer than 16 ones only if the length starts with 0xff; take the last
          int m = i - 15;
          while (i + 1 < end && pending.getUnsignedByte(i + 1) == 0xff && i + 1 - 15 < end) {
            i++;
            m++;
          }
          pending.readerIndex(m);
          return;
        }
      }
      pending.readerIndex(Math.max(pending.readerIndex(), end - run));
    }

    void finish() {
      probe.release();
      if (pending.isReadable() && bgp >= 0) {
        errors++;
        String msg = "stream ends inside a message (" + pending.readableBytes() + " bytes left)";
        out.println(
            json
                ? new JsonOut()
                    .begin()
                    .field("type", "ERROR")
                    .field("error", msg)
                    .field("src", src == null ? "" : src)
                    .end()
                    .toString()
                : "ERROR " + msg);
      }
      pending.release();
      pending = Unpooled.EMPTY_BUFFER;
    }
  }

  private void decodeCapture(Path p) throws IOException {
    BgpSessionOptions defaults = defaults();
    Map<String, Framer> framers = new HashMap<>();
    TcpStreamListener listener =
        new TcpStreamListener() {
          private Framer framer(TcpFlow flow) {
            String key = flow.connectionId() + " " + flow.direction();
            Framer f = framers.get(key);
            if (f == null) {
              f =
                  new Framer(
                      defaults,
                      flow.source().toString(),
                      flow.destination().toString(),
                      flow.connectionId());
              framers.put(key, f);
              for (Framer other : framers.values()) {
                if (other != f && other.connection == flow.connectionId()) {
                  other.peer = f;
                  f.peer = other;
                }
              }
            }
            return f;
          }

          @Override
          public void onData(TcpFlow flow, ByteBuf data, long ts, long frameNumber) {
            Framer f = framer(flow);
            if (f.bgp < 0) {
              return;
            }
            if (f.bgp == 0) {
              // Port 179 (or --port) is BGP; on other ports a stream is BGP if it starts with a
              // marker.
              if (!ports.isEmpty()
                  || flow.source().port() == 179
                  || flow.destination().port() == 179) {
                f.bgp = 1;
              } else {
                f.probe.writeBytes(data, data.readerIndex(), data.readableBytes());
                if (f.probe.readableBytes() < 16) {
                  return;
                }
                boolean marker = true;
                for (int i = 0; i < 16; i++) {
                  marker &= f.probe.getUnsignedByte(f.probe.readerIndex() + i) == 0xff;
                }
                f.bgp = marker ? 1 : -1;
                ByteBuf probe = f.probe;
                f.probe = Unpooled.EMPTY_BUFFER;
                if (marker) {
                  f.feed(probe, frameNumber, ts);
                }
                probe.release();
                return;
              }
            }
            f.feed(data, frameNumber, ts);
          }

          @Override
          public void onGap(TcpFlow flow, long missing, long ts) {
            framer(flow).gap();
          }
        };
    TcpReassembler tcp =
        ports.isEmpty()
            ? TcpReassembler.builder().serverPorts(PortSet.all()).build(listener)
            : TcpReassembler.builder()
                .serverPorts(ports.stream().mapToInt(i -> i).toArray())
                .build(listener);
    List<PcapFormatException> problems;
    try (PcapReader reader = PcapReader.open(p)) {
      problems = tcp.readAll(reader);
    }
    for (Framer f : framers.values()) {
      f.finish();
    }
    for (PcapFormatException e : problems) {
      errors++;
      System.err.println("ixwire: " + e.getMessage());
    }
  }
}
