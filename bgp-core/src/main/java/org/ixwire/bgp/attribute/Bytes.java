package org.ixwire.bgp.attribute;

import com.google.common.io.BaseEncoding;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An immutable byte string: the raw form of unknown attributes, capabilities and next hops,
 * compared by content.
 */
public final class Bytes {
  /** The empty byte string. */
  public static final Bytes EMPTY = new Bytes(new byte[0]);

  private final byte[] bytes;

  private Bytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A copy of {@code bytes}. */
  public static Bytes of(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
  }

  /** Copies {@code length} bytes at absolute {@code index} of {@code buf}. */
  public static Bytes read(ByteBuf buf, int index, int length) {
    if (length == 0) {
      return EMPTY;
    }
    byte[] b = new byte[length];
    buf.getBytes(index, b);
    return new Bytes(b);
  }

  /** Parses hex (whitespace ignored). */
  public static Bytes fromHex(String hex) {
    return of(BaseEncoding.base16().lowerCase().decode(hex.replaceAll("\\s", "").toLowerCase()));
  }

  /** Number of bytes. */
  public int length() {
    return bytes.length;
  }

  /** The unsigned byte at {@code i}. */
  public int get(int i) {
    return bytes[i] & 0xff;
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** Writes the bytes to {@code out}. */
  public void writeTo(ByteBuf out) {
    out.writeBytes(bytes);
  }

  /** Lower-case hex. */
  public String toHex() {
    return BaseEncoding.base16().lowerCase().encode(bytes);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Bytes && Arrays.equals(bytes, ((Bytes) o).bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
