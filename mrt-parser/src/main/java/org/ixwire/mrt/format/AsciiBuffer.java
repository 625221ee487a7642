package org.ixwire.mrt.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer of ASCII text, one byte per character: what the bgpdump formatter writes into,
 * so that output goes to a file or pipe without a {@code String}, a {@code StringBuilder} or a
 * charset encoder per line. Decimal numbers are rendered two digits at a time from a table.
 *
 * <p>Reusable ({@link #setLength(int) setLength(0)}); not thread-safe. As a {@link CharSequence} it
 * reads back as ISO-8859-1, so it can be appended to a {@code StringBuilder} or compared in tests.
 */
public final class AsciiBuffer implements CharSequence {
  private static final byte[] TENS = new byte[100];
  private static final byte[] ONES = new byte[100];

  static {
    for (int i = 0; i < 100; i++) {
      TENS[i] = (byte) ('0' + i / 10);
      ONES[i] = (byte) ('0' + i % 10);
    }
  }

  private byte[] bytes;
  private int length;

  /** An empty buffer of {@code capacity} bytes (it grows as needed). */
  public AsciiBuffer(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** An empty buffer of 4 KiB. */
  public AsciiBuffer() {
    this(4096);
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }

  /** Appends one ASCII character. */
  public AsciiBuffer append(char c) {
    if (length == bytes.length) {
      ensure(1);
    }
    bytes[length++] = (byte) c;
    return this;
  }

  /** Appends the characters of {@code s}, each as one byte (ISO-8859-1). */
  public AsciiBuffer append(String s) {
    int n = s.length();
    ensure(n);
    byte[] b = bytes;
    int p = length;
    for (int k = 0; k < n; k++) {
      b[p + k] = (byte) s.charAt(k);
    }
    length += n;
    return this;
  }

  /** Appends {@code n} bytes of {@code a} from {@code from}. */
  public AsciiBuffer append(byte[] a, int from, int n) {
    ensure(n);
    System.arraycopy(a, from, bytes, length, n);
    length += n;
    return this;
  }

  /** Appends all bytes of {@code a}. */
  public AsciiBuffer append(byte[] a) {
    return append(a, 0, a.length);
  }

  /** Appends the content of another buffer. */
  public AsciiBuffer append(AsciiBuffer other) {
    return append(other.bytes, 0, other.length);
  }

  /** Appends {@code v} in decimal. */
  public AsciiBuffer append(int v) {
    if (v < 0) {
      if (v == Integer.MIN_VALUE) {
        return append("-2147483648");
      }
      append('-');
      v = -v;
    }
    int n = digits(v);
    ensure(n);
    int p = length + n;
    while (v >= 100) {
      int q = v / 100;
      int r = v - q * 100;
      bytes[--p] = ONES[r];
      bytes[--p] = TENS[r];
      v = q;
    }
    if (v >= 10) {
      bytes[--p] = ONES[v];
      bytes[--p] = TENS[v];
    } else {
      bytes[--p] = (byte) ('0' + v);
    }
    length += n;
    return this;
  }

  /** Appends {@code v} in decimal. */
  public AsciiBuffer append(long v) {
    if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
      return append((int) v);
    }
    if (v < 0) {
      if (v == Long.MIN_VALUE) {
        return append("-9223372036854775808");
      }
      append('-');
      v = -v;
    }
    long q = v / 1_000_000_000L;
    int low = (int) (v - q * 1_000_000_000L);
    append(q);
    // the low nine digits, zero-padded
    ensure(9);
    int p = length + 9;
    for (int k = 0; k < 4; k++) {
      int q2 = low / 100;
      int r = low - q2 * 100;
      bytes[--p] = ONES[r];
      bytes[--p] = TENS[r];
      low = q2;
    }
    bytes[--p] = (byte) ('0' + low);
    length += 9;
    return this;
  }

  private static int digits(int v) {
    if (v < 10) {
      return 1;
    }
    if (v < 100) {
      return 2;
    }
    if (v < 1000) {
      return 3;
    }
    if (v < 10000) {
      return 4;
    }
    if (v < 100000) {
      return 5;
    }
    if (v < 1000000) {
      return 6;
    }
    if (v < 10000000) {
      return 7;
    }
    if (v < 100000000) {
      return 8;
    }
    if (v < 1000000000) {
      return 9;
    }
    return 10;
  }

  /** Copies {@code n} bytes from index {@code from} into {@code dst} at 0. */
  public void copyTo(int from, int n, byte[] dst) {
    copyTo(from, n, dst, 0);
  }

  /** Copies {@code n} bytes from index {@code from} into {@code dst} at {@code at}. */
  public void copyTo(int from, int n, byte[] dst, int at) {
    if (from < 0 || n < 0 || from + n > length) {
      throw new IndexOutOfBoundsException("range " + from + "+" + n + " of " + length);
    }
    System.arraycopy(bytes, from, dst, at, n);
  }

  /** Writes the content to {@code out}. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, length);
  }

  /** Number of bytes (characters) held. */
  @Override
  public int length() {
    return length;
  }

  /** Truncates to {@code n} bytes ({@code n} ≤ {@link #length()}). */
  public void setLength(int n) {
    if (n < 0 || n > length) {
      throw new IndexOutOfBoundsException("length " + n + " of " + length);
    }
    length = n;
  }

  /** Replaces the byte at {@code i} with {@code c}. */
  public void setCharAt(int i, char c) {
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException("index " + i + " of " + length);
    }
    bytes[i] = (byte) c;
  }

  @Override
  public char charAt(int i) {
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException("index " + i + " of " + length);
    }
    return (char) (bytes[i] & 0xff);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  /** The content as a string (ISO-8859-1). */
  @Override
  public String toString() {
    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
  }
}
