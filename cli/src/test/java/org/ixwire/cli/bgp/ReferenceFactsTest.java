package org.ixwire.cli.bgp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Differential against the reference decoders of the corpus captures: every prefix (IPv4, IPv6),
 * large community, OTC and MPLS label that tcpdump's expected output ({@code *.out}) or tshark's
 * decode prints must appear in {@code ixwire bgp decode --json} of the same capture. Differences
 * are listed with their reasons in reference-facts-known-differences.tsv.
 */
class ReferenceFactsTest {
  private static final Pattern V4 =
      Pattern.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,3}){3}/\\d{1,2})(?!\\d)");
  private static final Pattern V6 =
      Pattern.compile("(?<![\\w:])([0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}/\\d{1,3})");
  private static final Pattern LARGE = Pattern.compile("(\\d+:\\d+:\\d+)");
  private static final Pattern OTC = Pattern.compile("OTC (\\d+)");
  private static final Pattern LABEL = Pattern.compile("label:(\\d+)");

  static TreeSet<String> facts(String text) {
    TreeSet<String> f = new TreeSet<>();
    Matcher m = V4.matcher(text);
    while (m.find()) {
      f.add("prefix=" + m.group(1));
    }
    m = V6.matcher(text);
    while (m.find()) {
      f.add("prefix6=" + m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("Large Community (32)") && i + 1 < lines.length) {
        Matcher l = LARGE.matcher(lines[i + 1]);
        while (l.find()) {
          f.add("large=" + l.group(1));
        }
      }
      if (lines[i].contains("LARGE_COMMUNITY:")) {
        Matcher l = LARGE.matcher(lines[i]);
        while (l.find()) {
          f.add("large=" + l.group(1));
        }
      }
    }
    m = OTC.matcher(text);
    while (m.find()) {
      f.add("otc=" + m.group(1));
    }
    m = LABEL.matcher(text);
    while (m.find()) {
      f.add("label=" + m.group(1));
    }
    return f;
  }

  static boolean present(String fact, String json) {
    String kind = fact.substring(0, fact.indexOf('='));
    String v = fact.substring(fact.indexOf('=') + 1);
    switch (kind) {
      case "label":
        return Pattern.compile("\"labels\":\\[[\\d,]*(?<!\\d)" + v + "(?!\\d)")
            .matcher(json)
            .find();
      case "otc":
        return json.contains("\"otc\":" + v);
      default:
        return Pattern.compile(
                "(?<![\\w.:])" + Pattern.quote(v) + "(?![\\w:])", Pattern.CASE_INSENSITIVE)
            .matcher(json)
            .find();
    }
  }

  static Map<String, String> known() throws IOException {
    Map<String, String> m = new HashMap<>();
    try (var in =
        ReferenceFactsTest.class.getResourceAsStream("reference-facts-known-differences.tsv")) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank() && !line.startsWith("#")) {
            String[] x = line.split("\t", 2);
            m.put(x[0], x.length > 1 ? x[1] : "");
          }
        }
      }
    }
    return m;
  }

  @Test
  void referenceFactsAppearInTheJson() throws IOException {
    Path corpus = SharedCorpus.require("bgp");
    Map<String, String> known = known();
    List<String> failures = new ArrayList<>();
    int total = 0;
    int found = 0;
    List<Path> captures = new ArrayList<>();
    for (String dir : new String[] {"pcap/tcpdump", "pcap/packetlife", "pcap/interop"}) {
      try (var s = Files.list(corpus.resolve(dir))) {
        s.filter(p -> p.toString().matches(".*\\.(pcap|pcapng|cap)$"))
            .sorted()
            .forEach(captures::add);
      }
    }
    for (Path cap : captures) {
      String name = cap.getFileName().toString();
      Path out = cap.resolveSibling(name.replaceAll("\\.(pcapng|pcap|cap)$", "") + ".out");
      Path tshark =
          corpus
              .resolve("tshark")
              .resolve(cap.getParent().getFileName())
              .resolve(name + ".tshark.txt");
      Path ref = Files.exists(out) ? out : tshark;
      if (!Files.exists(ref)) {
        continue;
      }
      String json = DecodeCommandTest.run("bgp", "decode", "--json", cap.toString()).out();
      for (String fact : facts(Files.readString(ref, StandardCharsets.ISO_8859_1))) {
        total++;
        if (present(fact, json)) {
          found++;
        } else if (!known.containsKey(name + " " + fact) && !known.containsKey(name + " *")) {
          failures.add(name + " " + fact);
        }
      }
    }
    System.out.println("reference facts found in ixwire JSON: " + found + " of " + total);
    if (!failures.isEmpty()) {
      fail(failures.size() + " facts missing:\n" + String.join("\n", failures));
    }
    assertTrue(total > 150, "too few facts: " + total);
  }
}
