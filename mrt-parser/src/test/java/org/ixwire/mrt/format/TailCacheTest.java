package org.ixwire.mrt.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TailCacheTest {
  /** The text the formatter would make for a blob: any function of its bytes will do. */
  private static String textOf(byte[] blob) {
    return Arrays.toString(blob) + "|";
  }

  @Test
  void aHitAlwaysGivesTheTextOfTheSameBytes() {
    // few distinct blobs of few lengths, many lookups: slots collide (4,096 slots, 20,000 blobs),
    // blobs of equal length and hash-slot differ, and every length from 0 to 40 is seen
    Random random = new Random(4271);
    byte[][] blobs = new byte[20_000][];
    for (int i = 0; i < blobs.length; i++) {
      blobs[i] = new byte[random.nextInt(41)];
      for (int k = 0; k < blobs[i].length; k++) {
        blobs[i][k] = (byte) random.nextInt(4); // few values: near-identical blobs
      }
    }
    TailCache cache = new TailCache();
    AsciiBuffer out = new AsciiBuffer();
    int hits = 0;
    for (int step = 0; step < 200_000; step++) {
      // a skewed choice, as in a RIB: some blobs recur often
      byte[] b = blobs[(int) Math.min(blobs.length - 1, Math.abs(random.nextGaussian()) * 300)];
      // looked up at an offset inside a larger array, as in a record's buffer
      byte[] record = new byte[b.length + 7];
      System.arraycopy(b, 0, record, 5, b.length);
      out.setLength(0);
      out.append("lead|");
      if (cache.appendIfKept(record, 5, b.length, out)) {
        hits++;
        assertEquals("lead|" + textOf(b), out.toString());
      } else {
        assertEquals("lead|", out.toString());
        out.append(textOf(b));
        cache.store(record, 5, b.length, out, 5);
      }
    }
    assertTrue(hits > 100_000, "hits: " + hits);
  }

  @Test
  void aTextTooLongIsNotKept() {
    TailCache cache = new TailCache();
    byte[] blob = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    AsciiBuffer out = new AsciiBuffer();
    assertFalse(cache.appendIfKept(blob, 0, blob.length, out));
    out.append("x".repeat(TailCache.MAX_TEXT + 1));
    cache.store(blob, 0, blob.length, out, 0);
    out.setLength(0);
    assertFalse(cache.appendIfKept(blob, 0, blob.length, out));
    assertEquals(0, out.length());
    out.append("y".repeat(TailCache.MAX_TEXT));
    cache.store(blob, 0, blob.length, out, 0);
    out.setLength(0);
    assertTrue(cache.appendIfKept(blob, 0, blob.length, out));
    assertEquals("y".repeat(TailCache.MAX_TEXT), out.toString());
  }

  @Test
  void aBlobTooLongIsNotKept() {
    TailCache cache = new TailCache();
    byte[] blob = new byte[TailCache.MAX_KEY + 1];
    AsciiBuffer out = new AsciiBuffer();
    assertFalse(cache.appendIfKept(blob, 0, blob.length, out));
    out.append("text");
    cache.store(blob, 0, blob.length, out, 0);
    out.setLength(0);
    assertFalse(cache.appendIfKept(blob, 0, blob.length, out));
    assertEquals(0, out.length());
  }

  @Test
  void theLongestKeyIsKeptWhole() {
    TailCache cache = new TailCache();
    byte[] a = new byte[TailCache.MAX_KEY];
    byte[] b = new byte[TailCache.MAX_KEY];
    b[TailCache.MAX_KEY / 2] = 1; // differs only in the middle
    Map<String, String> texts = new HashMap<>();
    texts.put(Arrays.toString(a), "A");
    texts.put(Arrays.toString(b), "B");
    AsciiBuffer out = new AsciiBuffer();
    for (byte[] x : new byte[][] {a, b, a, b}) {
      out.setLength(0);
      if (!cache.appendIfKept(x, 0, x.length, out)) {
        out.append(texts.get(Arrays.toString(x)));
        cache.store(x, 0, x.length, out, 0);
      }
      assertEquals(texts.get(Arrays.toString(x)), out.toString());
    }
  }
}
