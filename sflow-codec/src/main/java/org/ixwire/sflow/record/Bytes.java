package org.ixwire.sflow.record;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An immutable byte string (MAC and IP addresses, XDR strings and opaques, raw records). Equality
 * is by content.
 */
public final class Bytes {
  /** The empty byte string. */
  public static final Bytes EMPTY = new Bytes(new byte[0]);

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final byte[] data;

  private Bytes(byte[] data) {
    this.data = data;
  }

  /** A copy of {@code data}. */
  public static Bytes of(byte[] data) {
    return data.length == 0 ? EMPTY : new Bytes(data.clone());
  }

  /** The bytes of {@code s} in UTF-8. */
  public static Bytes ofUtf8(String s) {
    return of(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Parses lowercase or uppercase hex digits, optionally separated by ':' or '-'. */
  public static Bytes ofHex(String hex) {
    String clean = hex.replace(":", "").replace("-", "");
    byte[] out = new byte[clean.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(clean.substring(2 * i, 2 * i + 2), 16);
    }
    return new Bytes(out);
  }

  /** Copies {@code length} bytes at absolute {@code index} of {@code buf} (indices untouched). */
  public static Bytes copyOf(ByteBuf buf, int index, int length) {
    if (length == 0) {
      return EMPTY;
    }
    byte[] out = new byte[length];
    buf.getBytes(index, out);
    return new Bytes(out);
  }

  /** Number of bytes. */
  public int length() {
    return data.length;
  }

  /** The byte at {@code i}, unsigned. */
  public int get(int i) {
    return data[i] & 0xff;
  }

  /** A copy of the bytes. */
  public byte[] toArray() {
    return data.clone();
  }

  /** Writes the bytes to {@code out} at its writer index. */
  public void writeTo(ByteBuf out) {
    out.writeBytes(data);
  }

  /** The bytes decoded as UTF-8 (malformed sequences replaced). */
  public String asUtf8() {
    return new String(data, StandardCharsets.UTF_8);
  }

  /** Lowercase hex without separators. */
  public String toHex() {
    StringBuilder sb = new StringBuilder(data.length * 2);
    for (byte b : data) {
      sb.append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Bytes && Arrays.equals(data, ((Bytes) o).data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
