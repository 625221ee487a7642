package org.ixwire.bgp.nlri;

import io.netty.buffer.ByteBuf;

/**
 * An 8-byte route distinguisher (RFC 4364 §4.2): type 0 (2-byte ASN : 4-byte number), type 1 (IPv4
 * address : 2-byte number), type 2 (4-byte ASN : 2-byte number).
 *
 * @param value the 8 bytes as a big-endian long
 */
public record RouteDistinguisher(long value) {
  /** Reads 8 bytes at absolute {@code index}. */
  public static RouteDistinguisher read(ByteBuf buf, int index) {
    return new RouteDistinguisher(buf.getLong(index));
  }

  /** The type field (first two bytes). */
  public int type() {
    return (int) (value >>> 48);
  }

  /** Writes the 8 bytes. */
  public void writeTo(ByteBuf out) {
    out.writeLong(value);
  }

  /** Text as {@code asn:number}, {@code a.b.c.d:number}, or {@code type:hex} for unknown types. */
  @Override
  public String toString() {
    switch (type()) {
      case 0:
        return ((value >>> 32) & 0xffff) + ":" + (value & 0xffffffffL);
      case 1:
        return IpAddress.ipv4((int) (value >>> 16)) + ":" + (value & 0xffff);
      case 2:
        return ((value >>> 16) & 0xffffffffL) + ":" + (value & 0xffff);
      default:
        return type() + ":" + String.format("%012x", value & 0xffffffffffffL);
    }
  }
}
