package org.ixwire.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Differential test against tshark: for every BGP capture of the shared corpus, the TCP streams
 * reassembled here, split into BGP messages, must equal tshark's reassembled PDUs
 * (corpus/bgp/messages/&lt;src&gt;/&lt;capture&gt;.messages.tsv), direction by direction, except
 * for the differences listed with reasons in bgp-known-differences.tsv.
 */
class TcpReassemblerCorpusTest {
  private static final PortSet BGP_PORTS = PortSet.of(179, 11179, 12179, 13179, 14179);

  @Test
  void everyBgpCaptureMatchesTsharkMessages() throws IOException {
    List<Path> captures = new ArrayList<>();
    for (Path p : SharedCorpus.files("bgp/pcap", "")) {
      String n = p.getFileName().toString();
      if (n.endsWith(".pcap") || n.endsWith(".pcapng") || n.endsWith(".cap")) {
        captures.add(p);
      }
    }
    Path messagesDir = SharedCorpus.require("bgp/messages");
    Map<String, String> known = knownDifferences();
    TreeSet<String> found = new TreeSet<>();
    int directions = 0;
    int messages = 0;
    int compared = 0;
    for (Path capture : captures) {
      String src = capture.getParent().getFileName().toString();
      Path tsv = messagesDir.resolve(src).resolve(capture.getFileName() + ".messages.tsv");
      if (!Files.exists(tsv)) {
        continue;
      }
      compared++;
      Map<String, List<String>> expected = expected(tsv);
      Map<String, List<String>> actual = reassemble(capture);
      TreeSet<String> keys = new TreeSet<>(expected.keySet());
      keys.addAll(actual.keySet());
      for (String dir : keys) {
        List<String> e = expected.getOrDefault(dir, List.of());
        List<String> a = actual.getOrDefault(dir, List.of());
        directions++;
        messages += e.size();
        if (!e.equals(a)) {
          found.add(capture.getFileName() + "\t" + dir + "\t" + describe(e, a));
        }
      }
    }
    assertTrue(compared >= 40, "only " + compared + " captures compared");
    TreeSet<String> unexplained = new TreeSet<>();
    TreeSet<String> foundKeys = new TreeSet<>();
    for (String f : found) {
      String[] c = f.split("\t");
      String key = c[0] + "\t" + c[1];
      foundKeys.add(key);
      if (!known.containsKey(key)) {
        unexplained.add(f);
      }
    }
    TreeSet<String> stale = new TreeSet<>(known.keySet());
    stale.removeAll(foundKeys);
    System.out.printf(
        "bgp corpus: %d captures, %d directions, %d tshark messages, %d known differences%n",
        compared, directions, messages, found.size());
    assertTrue(
        unexplained.isEmpty(), "unexplained differences:\n" + String.join("\n", unexplained));
    assertTrue(stale.isEmpty(), "known differences no longer seen:\n" + String.join("\n", stale));
    assertFalse(messages < 500, "too few messages compared: " + messages);
  }

  private static String describe(List<String> e, List<String> a) {
    int i = 0;
    while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) {
      i++;
    }
    return "tshark " + e.size() + " messages, ixwire " + a.size() + ", first difference at #" + i;
  }

  static Map<String, String> knownDifferences() throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (InputStream in =
        Objects.requireNonNull(
            TcpReassemblerCorpusTest.class.getResourceAsStream("bgp-known-differences.tsv"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        m.put(c[0] + "\t" + c[1], c.length > 2 ? c[2] : "");
      }
    }
    return m;
  }

  /** tshark's messages per direction {@code src>dst}, in frame order. */
  static Map<String, List<String>> expected(Path tsv) throws IOException {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t");
      m.computeIfAbsent(endpoint(c[2]) + ">" + endpoint(c[3]), k -> new ArrayList<>()).add(c[6]);
    }
    return m;
  }

  private static String endpoint(String s) {
    int colon = s.lastIndexOf(':');
    String addr = s.substring(0, colon).replace("[", "").replace("]", "");
    return endpoint(InetAddresses.forString(addr), Integer.parseInt(s.substring(colon + 1)));
  }

  private static String endpoint(InetAddress a, int port) {
    return InetAddresses.toAddrString(a) + ":" + port;
  }

  /** Our messages per direction, split from the reassembled streams. */
  static Map<String, List<String>> reassemble(Path capture) throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Map<TcpFlow, Splitter> splitters = new LinkedHashMap<>();
    TcpStreamListener listener =
        new TcpStreamListener() {
          @Override
          public void onData(TcpFlow flow, ByteBuf data, long ts, long frame) {
            splitter(flow).add(data);
          }

          @Override
          public void onGap(TcpFlow flow, long missing, long ts) {
            splitter(flow).gap();
          }

          private Splitter splitter(TcpFlow f) {
            return splitters.computeIfAbsent(
                f,
                k ->
                    new Splitter(
                        out.computeIfAbsent(
                            endpoint(f.source().address(), f.source().port())
                                + ">"
                                + endpoint(f.destination().address(), f.destination().port()),
                            x -> new ArrayList<>())));
          }
        };
    TcpReassembler tcp = TcpReassembler.builder().serverPorts(BGP_PORTS).build(listener);
    try (PcapReader reader = PcapReader.open(capture)) {
      List<PcapFormatException> problems = tcp.readAll(reader);
      assertEquals(List.of(), problems, capture.toString());
    }
    return out;
  }

  /** Splits a byte stream into BGP messages (RFC 4271 §4.1), resynchronising on the marker. */
  static final class Splitter {
    private final List<String> sink;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    Splitter(List<String> sink) {
      this.sink = sink;
    }

    void gap() {
      pending.reset();
    }

    void add(ByteBuf data) {
      pending.writeBytes(ByteBufUtil.getBytes(data));
      byte[] b = pending.toByteArray();
      int pos = 0;
      while (true) {
        int marker = findMarker(b, pos);
        if (marker < 0) {
          pos = Math.max(pos, b.length - 15);
          break;
        }
        pos = marker;
        if (b.length - pos < 19) {
          break;
        }
        int len = ((b[pos + 16] & 0xff) << 8) | (b[pos + 17] & 0xff);
        if (len < 19) {
          pos++;
          continue;
        }
        if (b.length - pos < len) {
          break;
        }
        sink.add(hex(b, pos, len));
        pos += len;
      }
      pending.reset();
      pending.write(b, pos, b.length - pos);
    }

    private static int findMarker(byte[] b, int from) {
      outer:
      for (int i = from; i + 16 <= b.length; i++) {
        for (int j = 0; j < 16; j++) {
          if (b[i + j] != (byte) 0xff) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }

    private static String hex(byte[] b, int off, int len) {
      StringBuilder sb = new StringBuilder(len * 2);
      for (int i = off; i < off + len; i++) {
        sb.append(Character.forDigit((b[i] >> 4) & 15, 16))
            .append(Character.forDigit(b[i] & 15, 16));
      }
      return sb.toString();
    }
  }
}
