package org.ixwire.bgp.nlri;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An IPv4 or IPv6 prefix: address and length, with every bit beyond the length zero (RFC 4271 §4.3
 * says trailing bits are irrelevant; decoders mask them and report that they were set).
 */
public final class Prefix implements Comparable<Prefix> {
  private final byte[] address; // 4 or 16 bytes, masked
  private final int length;

  /**
   * A prefix over {@code address} itself (no copy): 4 or 16 bytes, already masked to {@code
   * length}, and not to be changed by the caller afterwards.
   */
  static Prefix adopt(byte[] address, int length) {
    return new Prefix(address, length);
  }

  private Prefix(byte[] address, int length) {
    this.address = address;
    this.length = length;
  }

  /**
   * A prefix of {@code address} with {@code length} bits; bits beyond the length are cleared.
   *
   * @throws IllegalArgumentException if the length exceeds the address size
   */
  public static Prefix of(IpAddress address, int length) {
    return of(address.toByteArray(), length);
  }

  /** As {@link #of(IpAddress, int)} from 4 or 16 address bytes (copied). */
  public static Prefix of(byte[] address, int length) {
    if (address.length != 4 && address.length != 16) {
      throw new IllegalArgumentException("address must be 4 or 16 bytes");
    }
    if (length < 0 || length > address.length * 8) {
      throw new IllegalArgumentException("bad prefix length " + length);
    }
    byte[] a = address.clone();
    mask(a, length);
    return new Prefix(a, length);
  }

  /** Parses {@code 192.0.2.0/24} or {@code 2001:db8::/32}. */
  public static Prefix parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      IpAddress a = IpAddress.parse(text);
      return of(a, a.length() * 8);
    }
    try {
      return of(
          IpAddress.parse(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a prefix: " + text, e);
    }
  }

  /**
   * Reads the wire form's address part: {@code (length + 7) / 8} bytes at {@code index} of {@code
   * buf}, for a family of {@code addressBytes} (4 or 16). The caller has checked the bounds.
   */
  public static Prefix read(ByteBuf buf, int index, int length, int addressBytes) {
    byte[] a = new byte[addressBytes];
    buf.getBytes(index, a, 0, (length + 7) >>> 3);
    mask(a, length);
    return new Prefix(a, length);
  }

  private static void mask(byte[] a, int length) {
    int full = length >>> 3;
    int rem = length & 7;
    if (full < a.length) {
      if (rem != 0) {
        a[full] &= (byte) (0xff << (8 - rem));
        full++;
      }
      for (int i = full; i < a.length; i++) {
        a[i] = 0;
      }
    }
  }

  /** The address family. */
  public Afi afi() {
    return address.length == 4 ? Afi.IPV4 : Afi.IPV6;
  }

  /** The prefix length in bits. */
  public int length() {
    return length;
  }

  /** The (masked) network address. */
  public IpAddress address() {
    return IpAddress.of(address);
  }

  /** Copies the (masked) address into {@code dst} (4 or 16 bytes), without allocating. */
  public void copyAddress(byte[] dst) {
    System.arraycopy(address, 0, dst, 0, Math.min(address.length, dst.length));
  }

  /** The unsigned address byte at {@code i}. */
  public int byteAt(int i) {
    return address[i] & 0xff;
  }

  /** The number of address bytes on the wire, {@code (length + 7) / 8}. */
  public int wireBytes() {
    return (length + 7) >>> 3;
  }

  /** Writes the wire form: length octet, then the significant address bytes (RFC 4271 §4.3). */
  public void writeTo(ByteBuf out) {
    out.writeByte(length);
    out.writeBytes(address, 0, wireBytes());
  }

  /** Writes only the significant address bytes. */
  public void writeAddressBytes(ByteBuf out) {
    out.writeBytes(address, 0, wireBytes());
  }

  /** Whether {@code other} is equal to or more specific than this prefix. */
  public boolean contains(Prefix other) {
    if (other.address.length != address.length || other.length < length) {
      return false;
    }
    int full = length >>> 3;
    for (int i = 0; i < full; i++) {
      if (address[i] != other.address[i]) {
        return false;
      }
    }
    int rem = length & 7;
    if (rem == 0) {
      return true;
    }
    int m = 0xff << (8 - rem) & 0xff;
    return (address[full] & m) == (other.address[full] & m);
  }

  @Override
  public int compareTo(Prefix o) {
    if (address.length != o.address.length) {
      return Integer.compare(address.length, o.address.length);
    }
    int c = Arrays.compareUnsigned(address, o.address);
    return c != 0 ? c : Integer.compare(length, o.length);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Prefix
        && ((Prefix) o).length == length
        && Arrays.equals(address, ((Prefix) o).address);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(address) * 31 + length;
  }

  @Override
  public String toString() {
    return IpAddress.of(address) + "/" + length;
  }
}
