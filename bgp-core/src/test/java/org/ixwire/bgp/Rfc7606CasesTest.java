package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.testing.Hex;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * The malformed UPDATE bodies of GoBGP's {@code Test_MalformedUpdateMsg}
 * (corpus/bgp/vectors/rfc7606-gobgp-cases.tsv): bgp-core's RFC 7606 action must equal the handling
 * GoBGP asserts (its AFI/SAFI-disable case is {@link ErrorAction#AFI_SAFI_DISABLE}); differences
 * are listed in {@code vector-known-differences.tsv}.
 */
class Rfc7606CasesTest {
  @Test
  void actionsMatchGobgp() throws IOException {
    VectorFacts.Tally tally = new VectorFacts.Tally("RFC 7606 GoBGP cases");
    int n = 0;
    for (String line :
        Files.readAllLines(SharedCorpus.require("bgp/vectors/rfc7606-gobgp-cases.tsv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      String expected = f[2].split(" ")[0];
      ErrorAction want =
          expected.equals("AFISAFI_DISABLE")
              ? ErrorAction.AFI_SAFI_DISABLE
              : ErrorAction.valueOf(expected);
      byte[] body = Hex.bytes(f[3]);
      List<String> problems = new ArrayList<>();
      // GoBGP's test peer: 4-octet AS, no ADD-PATH, peer type not given
      for (BgpSessionOptions o :
          List.of(
              BgpSessionOptions.AS4,
              BgpSessionOptions.AS4.toBuilder()
                  .peerType(BgpSessionOptions.PeerType.EXTERNAL)
                  .build())) {
        try {
          UpdateResult r =
              new BgpDecoder().decodeUpdateBody(Unpooled.wrappedBuffer(body), 0, body.length, o);
          if (r.action() != want) {
            problems.add(
                "options "
                    + o.peerType()
                    + ": expected "
                    + want
                    + " ("
                    + f[1]
                    + "), bgp-core says "
                    + r.action()
                    + " "
                    + r.issues());
          }
          if (r.action() == ErrorAction.TREAT_AS_WITHDRAW
              && !r.treatAsWithdraw().equals(r.update().announced())) {
            problems.add("treat-as-withdraw does not list the announced routes");
          }
        } catch (BgpDecodeException e) {
          problems.add("BgpDecodeException " + e.getMessage());
        }
      }
      tally.record("rfc7606-gobgp-cases:" + f[0], problems);
      n++;
    }
    assertEquals(5, n);
    tally.finish();
  }
}
