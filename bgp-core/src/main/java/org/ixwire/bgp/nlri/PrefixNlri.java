package org.ixwire.bgp.nlri;

import com.google.common.base.Preconditions;

/**
 * A plain IPv4/IPv6 unicast or multicast route (RFC 4271 §4.3, RFC 4760 §5).
 *
 * @param family the address family (AFI 1 or 2, SAFI 1 or 2)
 * @param pathId the ADD-PATH path identifier or {@link Nlri#NO_PATH_ID}
 * @param prefix the prefix
 */
public record PrefixNlri(AfiSafi family, long pathId, Prefix prefix) implements Nlri {
  /** Validates the components. */
  public PrefixNlri {
    Preconditions.checkArgument(family.afi().equals(prefix.afi()), "prefix family mismatch");
    Preconditions.checkArgument(
        pathId == NO_PATH_ID || (pathId >= 0 && pathId <= 0xffffffffL), "bad path id");
  }

  /** An IPv4 or IPv6 unicast route without path identifier. */
  public static PrefixNlri unicast(Prefix prefix) {
    return new PrefixNlri(
        prefix.afi().equals(Afi.IPV4) ? AfiSafi.IPV4_UNICAST : AfiSafi.IPV6_UNICAST,
        NO_PATH_ID,
        prefix);
  }

  /** Parses a unicast prefix, e.g. {@code 192.0.2.0/24}. */
  public static PrefixNlri unicast(String prefix) {
    return unicast(Prefix.parse(prefix));
  }

  @Override
  public int encodedLength(boolean addPath) {
    return (addPath ? 5 : 1) + prefix.wireBytes();
  }

  @Override
  public void encode(io.netty.buffer.ByteBuf out, boolean addPath) {
    if (addPath) {
      out.writeInt((int) Math.max(pathId, 0));
    }
    prefix.writeTo(out);
  }

  @Override
  public String toString() {
    return pathId == NO_PATH_ID ? prefix.toString() : prefix + " path-id " + pathId;
  }
}
