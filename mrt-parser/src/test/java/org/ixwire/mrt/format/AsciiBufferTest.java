package org.ixwire.mrt.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AsciiBufferTest {
  @Test
  void decimalsMatchTheJdk() {
    long[] edges = {
      0,
      1,
      9,
      10,
      99,
      100,
      999,
      1000,
      65535,
      65536,
      999_999_999,
      1_000_000_000,
      4294967295L,
      4294967296L,
      Integer.MAX_VALUE,
      Integer.MIN_VALUE,
      -1,
      -10,
      Long.MAX_VALUE,
      Long.MIN_VALUE,
      10_000_000_000L,
      1_000_000_000_000_000_000L
    };
    AsciiBuffer b = new AsciiBuffer(16);
    for (long v : edges) {
      b.setLength(0);
      assertEquals(Long.toString(v), b.append(v).toString());
    }
    SplittableRandom rnd = new SplittableRandom(7);
    for (int k = 0; k < 100_000; k++) {
      long v = rnd.nextLong() >> rnd.nextInt(64);
      int i = (int) v;
      b.setLength(0);
      b.append(v).append('|').append(i);
      assertEquals(v + "|" + i, b.toString());
    }
  }

  @Test
  void growsAndWritesBytes() throws IOException {
    AsciiBuffer b = new AsciiBuffer(1);
    StringBuilder expected = new StringBuilder();
    for (int k = 0; k < 5000; k++) {
      b.append("TABLE_DUMP2|").append(k).append('\n');
      expected.append("TABLE_DUMP2|").append(k).append('\n');
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    b.writeTo(out);
    assertEquals(expected.toString(), out.toString(StandardCharsets.US_ASCII));
    assertEquals(expected.length(), b.length());
    assertEquals(expected.toString(), new StringBuilder().append(b).toString());
    byte[] dst = new byte[12];
    b.copyTo(0, 12, dst);
    assertEquals("TABLE_DUMP2|", new String(dst, StandardCharsets.US_ASCII));
    b.setCharAt(11, '!');
    assertEquals('!', b.charAt(11));
    assertEquals("DUMP2!", b.subSequence(6, 12).toString());
    b.setLength(3);
    assertEquals("TAB", b.toString());
    assertThrows(IndexOutOfBoundsException.class, () -> b.setLength(4));
    assertThrows(IndexOutOfBoundsException.class, () -> b.charAt(3));
    assertThrows(IndexOutOfBoundsException.class, () -> b.copyTo(2, 2, dst));
  }
}
