package org.ixwire.bgp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.testing.Hex;
import org.ixwire.testing.SharedCorpus;

/**
 * Every BGP message of the shared corpus (messages/**&#47;*.messages.tsv, tshark's TCP-reassembled
 * PDUs) with the session options it must be decoded with: negotiated from the OPENs seen in the
 * same capture, or, for captures without OPENs, taken from capture-options.tsv (what the capture's
 * source says about the session).
 */
final class CorpusMessages {
  private CorpusMessages() {}

  /** One message. */
  record Message(
      String file,
      int frame,
      int idx,
      String src,
      String dst,
      byte[] bytes,
      BgpSessionOptions options) {
    @Override
    public String toString() {
      return file + " frame " + frame + "#" + idx + " " + src + ">" + dst;
    }
  }

  static Map<String, BgpSessionOptions> captureOptions() {
    Map<String, BgpSessionOptions> m = new HashMap<>();
    try (var in = CorpusMessages.class.getResourceAsStream("capture-options.tsv")) {
      if (in == null) {
        return m;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        BgpSessionOptions.Builder b = BgpSessionOptions.builder();
        for (String opt : f[1].split(",")) {
          opt = opt.trim();
          if (opt.equals("as4")) {
            b.fourOctetAs(true);
          } else if (opt.startsWith("addpath:")) {
            b.addPath(AfiSafi.parse(opt.substring(8)));
          } else if (opt.equals("extmsg")) {
            b.extendedMessage(true);
          } else if (!opt.equals("default")) {
            throw new IllegalArgumentException("bad option " + opt);
          }
        }
        m.put(f[0], b.build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  static List<Message> all() {
    Map<String, BgpSessionOptions> fixed = captureOptions();
    List<Message> out = new ArrayList<>();
    BgpDecoder decoder = new BgpDecoder();
    for (Path p : SharedCorpus.files("bgp/messages", ".messages.tsv")) {
      String name = p.getFileName().toString().replace(".messages.tsv", "");
      List<String> lines;
      try {
        lines = Files.readAllLines(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<String, Open> opens = new HashMap<>(); // by sender "src"
      for (String line : lines) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        byte[] bytes = Hex.bytes(f[6]);
        String src = f[2];
        String dst = f[3];
        BgpSessionOptions opts;
        if (fixed.containsKey(name)) {
          opts = fixed.get(name);
        } else {
          Open mine = opens.get(src);
          Open theirs = opens.get(dst);
          opts =
              mine != null && theirs != null
                  ? Negotiation.forMessagesFrom(mine, theirs)
                  : BgpSessionOptions.DEFAULT;
        }
        if (f[4].equals("OPEN")) {
          try {
            opens.put(src, (Open) decoder.decode(bytes, BgpSessionOptions.DEFAULT));
          } catch (BgpDecodeException e) {
            // a broken OPEN (the corpus has some) negotiates nothing
          }
        }
        out.add(
            new Message(
                name,
                Integer.parseInt(f[0]),
                Integer.parseInt(f[1]),
                src,
                dst,
                bytes,
                opts.toBuilder().extendedMessage(true).build()));
      }
    }
    return out;
  }
}
