package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.BgpMessage;
import org.ixwire.bgp.message.Update;
import org.junit.jupiter.api.Test;

class BgpDecoderTest {
  private final BgpDecoder decoder = new BgpDecoder();

  /** Known differences: "file frame idx<TAB>reason", from known-differences.tsv. */
  static Map<String, String> knownDifferences() throws IOException {
    Map<String, String> m = new HashMap<>();
    try (var in = BgpDecoderTest.class.getResourceAsStream("known-differences.tsv")) {
      if (in == null) {
        return m;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t", 2);
          m.put(f[0], f.length > 1 ? f[1] : "");
        }
      }
    }
    return m;
  }

  @Test
  void everyCorpusMessageDecodesAndReencodesByteExact() throws IOException {
    List<CorpusMessages.Message> all = CorpusMessages.all();
    Map<String, String> known = knownDifferences();
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int roundTrips = 0;
    for (CorpusMessages.Message m : all) {
      String key = m.file() + " " + m.frame() + " " + m.idx();
      if (known.containsKey(m.file() + " *")) {
        key = m.file() + " *";
      } else if (known.containsKey(m.file() + " " + m.frame() + " *")) {
        key = m.file() + " " + m.frame() + " *";
      }
      BgpMessage value;
      ErrorAction action = ErrorAction.NONE;
      try {
        ByteBuf buf = Unpooled.wrappedBuffer(m.bytes());
        value = decoder.decode(buf, 0, m.options());
        if (value instanceof Update) {
          UpdateResult r = decoder.decodeUpdate(buf, 0, m.bytes().length, m.options());
          action = r.action();
          if (action != ErrorAction.NONE && !known.containsKey(key)) {
            failures.add(key + ": unexpected " + action + " " + r.issues());
          }
        }
      } catch (BgpDecodeException e) {
        outcomes.merge("BgpDecodeException", 1, Integer::sum);
        if (!known.containsKey(key)) {
          failures.add(key + ": " + e.getMessage());
        }
        continue;
      }
      outcomes.merge(value.type() + "/" + action, 1, Integer::sum);
      if (action == ErrorAction.NONE) {
        byte[] again = BgpEncoder.toByteArray(value, m.options());
        if (!java.util.Arrays.equals(m.bytes(), again)) {
          if (!known.containsKey(key)) {
            failures.add(
                key
                    + ": re-encoding differs\n  in  "
                    + org.ixwire.testing.Hex.of(m.bytes())
                    + "\n  out "
                    + org.ixwire.testing.Hex.of(again));
          }
        } else {
          roundTrips++;
        }
      }
    }
    System.out.println(
        "corpus messages: "
            + all.size()
            + ", outcomes "
            + outcomes
            + ", byte-exact round trips "
            + roundTrips);
    if (!failures.isEmpty()) {
      fail(failures.size() + " unexplained results:\n" + String.join("\n", failures));
    }
    assertTrue(all.size() > 500, "corpus too small: " + all.size());
  }

  @Test
  void everyTruncationGivesOnlyTheDocumentedException() {
    List<CorpusMessages.Message> all = CorpusMessages.all();
    int cases = 0;
    for (CorpusMessages.Message m : all) {
      byte[] b = m.bytes();
      for (int cut = 0; cut < b.length; cut++) {
        ByteBuf buf = Unpooled.wrappedBuffer(b, 0, cut);
        try {
          decoder.decode(buf, 0, m.options());
          fail(m + " cut at " + cut + " decoded without error");
        } catch (BgpDecodeException e) {
          assertTrue(e.offset() >= 0 && e.offset() <= cut, m + " offset " + e.offset());
        }
        cases++;
      }
    }
    assertTrue(cases > 10000);
  }

  @Test
  void decodesHoloVectors() throws IOException {
    for (var p : org.ixwire.testing.SharedCorpus.files("bgp/vectors/holo", ".bytes.tsv")) {
      for (String line : java.nio.file.Files.readAllLines(p)) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (!f[3].equals("Y")) {
          continue;
        }
        byte[] b = org.ixwire.testing.Hex.bytes(f[4]);
        BgpSessionOptions o = BgpSessionOptions.AS4;
        try {
          BgpMessage v = decoder.decode(b, o);
          if (!(v instanceof Update)
              || decoder.decodeUpdate(Unpooled.wrappedBuffer(b), 0, b.length, o).isClean()) {
            assertArrayEquals(b, BgpEncoder.toByteArray(v, o), f[0]);
          }
        } catch (BgpDecodeException e) {
          // Holo's malformed-update vectors: the exception must locate the problem
          assertTrue(f[0].contains("malformed"), f[0] + ": " + e.getMessage());
        }
      }
    }
  }

  @Test
  void gobgpCrashersGiveOnlyTheDocumentedException() throws IOException {
    int n = 0;
    for (var p : org.ixwire.testing.SharedCorpus.files("bgp/vectors/gobgp/bad-len", "")) {
      byte[] b = java.nio.file.Files.readAllBytes(p);
      for (BgpSessionOptions o :
          List.of(
              BgpSessionOptions.DEFAULT,
              BgpSessionOptions.AS4,
              BgpSessionOptions.builder().fourOctetAs(true).extendedMessage(true).build())) {
        try {
          BgpMessage v = decoder.decode(b, o);
          if (v instanceof Update) {
            decoder.decodeUpdate(
                Unpooled.wrappedBuffer(b), 0, Unpooled.wrappedBuffer(b).getUnsignedShort(16), o);
          }
        } catch (BgpDecodeException e) {
          assertTrue(e.getMessage().length() < 400);
        }
        n++;
      }
    }
    assertEquals(33, n);
  }
}
