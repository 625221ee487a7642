package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ixwire.bgp.capability.FourOctetAsCapability;
import org.ixwire.bgp.message.Open;
import org.ixwire.testing.Hex;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Differential test against ExaBGP 4.0.1's decode of every message BIRD sent it in the loopback
 * interop run (corpus/bgp/interop/exabgp-api-received.jsonl): ExaBGP logs each message twice, once
 * as raw header/body hex and then parsed; bgp-core decodes the hex and must give the parsed facts,
 * and re-encode the bytes exactly.
 */
class ExabgpInteropTest {
  @Test
  void birdMessagesDecodeToExabgpFacts() throws IOException {
    Path file = SharedCorpus.require("bgp/interop/exabgp-api-received.jsonl");
    List<Map<String, Object>> records = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        records.add(ExabgpJson.object(line));
      }
    }
    // session: BIRD (AS 65001) -> ExaBGP (AS 65003), eBGP, 4-octet AS if BIRD's OPEN offers it
    // (ExaBGP always does); no ADD-PATH (neither side's configuration enables it)
    boolean as4 = false;
    for (Map<String, Object> r : records) {
      Map<String, Object> msg = VectorFacts.map(VectorFacts.neighbor(r).get("message"));
      if ("open".equals(r.get("type")) && msg.containsKey("body")) {
        byte[] open = raw(msg);
        as4 =
            ((Open) new BgpDecoder().decode(open, BgpSessionOptions.DEFAULT))
                .capability(FourOctetAsCapability.class)
                .isPresent();
      }
    }
    assertTrue(as4, "BIRD offers 4-octet AS");
    BgpSessionOptions o = VectorFacts.optionsFrom(records, as4);
    assertEquals(BgpSessionOptions.PeerType.EXTERNAL, o.peerType());

    ExabgpVectorsTest checker = new ExabgpVectorsTest();
    VectorFacts.Tally tally = new VectorFacts.Tally("ExaBGP interop JSON");
    int pairs = 0;
    for (int i = 0; i < records.size(); i++) {
      Map<String, Object> r = records.get(i);
      Map<String, Object> msg = VectorFacts.map(VectorFacts.neighbor(r).get("message"));
      if (!msg.containsKey("body")) {
        continue;
      }
      // the parsed form is the next record of the same type
      Map<String, Object> parsed = records.get(i + 1);
      assertEquals(r.get("type"), parsed.get("type"), "record " + r.get("counter"));
      String key = "interop/exabgp-api-received.jsonl:" + r.get("counter");
      tally.record(key, checker.check(raw(msg), false, o, List.of(parsed)));
      pairs++;
    }
    assertEquals(20, pairs, "raw messages in the capture");
    tally.finish();
  }

  private static byte[] raw(Map<String, Object> msg) {
    String header = ((String) msg.get("header")).substring(2);
    String body = ((String) msg.get("body")).substring(2);
    return Hex.bytes(header + body);
  }
}
