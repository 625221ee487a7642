package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

/** The UPDATEs the view tests run over: every corpus UPDATE, and generated ones, also corrupted. */
final class UpdateSamples {
  private UpdateSamples() {}

  /** What a test does with one sample: its bytes, session options and a name for messages. */
  interface Check {
    void check(byte[] wire, BgpSessionOptions options, String what);
  }

  /** Every UPDATE of the corpus; fails when there is none. */
  static void corpus(Check c) {
    int updates = 0;
    for (CorpusMessages.Message m : CorpusMessages.all()) {
      byte[] b = m.bytes();
      if (b.length >= 19 && b[18] == 2) {
        c.check(b, m.options(), m.toString());
        updates++;
      }
    }
    assertTrue(updates > 0, "no UPDATE in the corpus");
  }

  /** {@code count} generated UPDATEs from {@code seed}, each then with one field corrupted. */
  static void generatedAndCorrupted(long seed, int count, Check c) {
    Random random = new Random(seed);
    UpdateGenerator.Source s = UpdateGenerator.from(random);
    for (int i = 0; i < count; i++) {
      UpdateGenerator.Generated g = UpdateGenerator.generate(s);
      byte[] wire = BgpEncoder.toByteArray(g.update(), g.options());
      c.check(wire, g.options(), "generated #" + i);
      List<WireFields.Field> fields = WireFields.update(wire, g.options());
      WireFields.Field f = fields.get(random.nextInt(fields.size()));
      String what = WireFields.corrupt(wire, f, random.nextInt(4), random.nextLong());
      c.check(wire, g.options(), "generated #" + i + " " + what);
    }
  }
}
