package org.ixwire.bgp.nlri;

import com.google.common.net.InetAddresses;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An IPv4 or IPv6 address as an immutable value, without {@link InetAddress} (no name lookups, no
 * scope). Prints as dotted quad or RFC 5952 text.
 */
public final class IpAddress implements Comparable<IpAddress> {
  private final byte[] bytes;

  private IpAddress(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * An address from 4 (IPv4) or 16 (IPv6) bytes (copied).
   *
   * @throws IllegalArgumentException for any other length
   */
  public static IpAddress of(byte[] bytes) {
    if (bytes.length != 4 && bytes.length != 16) {
      throw new IllegalArgumentException("address must be 4 or 16 bytes, not " + bytes.length);
    }
    return new IpAddress(bytes.clone());
  }

  /** An IPv4 address from its 32-bit value. */
  public static IpAddress ipv4(int value) {
    return new IpAddress(
        new byte[] {
          (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
        });
  }

  /** Reads {@code length} (4 or 16) bytes at absolute {@code index} of {@code buf}. */
  public static IpAddress read(ByteBuf buf, int index, int length) {
    byte[] b = new byte[length];
    buf.getBytes(index, b);
    return of(b);
  }

  /**
   * Parses an IPv4 or IPv6 literal (no host names).
   *
   * @throws IllegalArgumentException if {@code text} is not an address literal
   */
  public static IpAddress parse(String text) {
    return new IpAddress(InetAddresses.forString(text).getAddress());
  }

  /** Whether this is an IPv4 address. */
  public boolean isIpv4() {
    return bytes.length == 4;
  }

  /** The address family: {@link Afi#IPV4} or {@link Afi#IPV6}. */
  public Afi afi() {
    return bytes.length == 4 ? Afi.IPV4 : Afi.IPV6;
  }

  /** 4 or 16. */
  public int length() {
    return bytes.length;
  }

  /** The address bytes (a copy). */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** The byte at {@code i}, unsigned. */
  public int byteAt(int i) {
    return bytes[i] & 0xff;
  }

  /** The 32-bit value of an IPv4 address. */
  public int ipv4Value() {
    if (bytes.length != 4) {
      throw new IllegalStateException("not IPv4: " + this);
    }
    return (bytes[0] & 0xff) << 24
        | (bytes[1] & 0xff) << 16
        | (bytes[2] & 0xff) << 8
        | bytes[3] & 0xff;
  }

  /** Writes the address bytes to {@code out}. */
  public void writeTo(ByteBuf out) {
    out.writeBytes(bytes);
  }

  /** As an {@link InetAddress} (no lookup). */
  public InetAddress toInetAddress() {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  /** Whether this is an IPv6 link-local unicast address (fe80::/10). */
  public boolean isIpv6LinkLocal() {
    return bytes.length == 16 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xc0) == 0x80;
  }

  @Override
  public int compareTo(IpAddress o) {
    if (bytes.length != o.bytes.length) {
      return Integer.compare(bytes.length, o.bytes.length);
    }
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IpAddress && Arrays.equals(bytes, ((IpAddress) o).bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    if (bytes.length == 4) {
      return byteAt(0) + "." + byteAt(1) + "." + byteAt(2) + "." + byteAt(3);
    }
    return InetAddresses.toAddrString(toInetAddress());
  }
}
