package org.ixwire.bgp.attribute;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Nlri;

/**
 * MP_REACH_NLRI (RFC 4760 §3): address family, next hop, and reachable NLRI.
 *
 * <p>The next hop is kept as received ({@link #nextHop()}); {@link #nextHopAddresses()} interprets
 * it: 4 bytes IPv4, 16 IPv6 global, 32 IPv6 global + link-local (RFC 2545), 12/24/48 the same
 * behind an 8-byte route distinguisher (RFC 4364, RFC 4659); an IPv6 next hop for IPv4 NLRI is RFC
 * 8950. Encoding writes path identifiers when {@link BgpSessionOptions#addPathSend(AfiSafi)} is set
 * for the family.
 *
 * @param flags the attribute flags
 * @param family the AFI/SAFI
 * @param nextHop the raw next hop field
 * @param reserved the reserved octet (formerly the SNPA count; 0 when sent)
 * @param nlri the announced routes
 */
public record MpReachAttribute(
    int flags, AfiSafi family, Bytes nextHop, int reserved, ImmutableList<Nlri> nlri)
    implements PathAttribute {

  /** MP_REACH_NLRI with canonical flags (extended length when the value exceeds 255 bytes). */
  public static MpReachAttribute of(AfiSafi family, Bytes nextHop, ImmutableList<Nlri> nlri) {
    return new MpReachAttribute(AttributeFlags.OPTIONAL_NON_TRANSITIVE, family, nextHop, 0, nlri);
  }

  /** The raw next hop for {@code addresses} (global first, then link-local). */
  public static Bytes nextHopOf(IpAddress... addresses) {
    int n = 0;
    for (IpAddress a : addresses) {
      n += a.length();
    }
    byte[] b = new byte[n];
    int i = 0;
    for (IpAddress a : addresses) {
      byte[] x = a.toByteArray();
      System.arraycopy(x, 0, b, i, x.length);
      i += x.length;
    }
    return Bytes.of(b);
  }

  /**
   * The next hop addresses (global, then link-local if present), without route distinguishers;
   * empty for a next-hop length this method does not recognise.
   */
  public ImmutableList<IpAddress> nextHopAddresses() {
    return parseNextHop(nextHop);
  }

  /** Interprets a raw MP next hop field; see the class comment. */
  public static ImmutableList<IpAddress> parseNextHop(Bytes nh) {
    byte[] b = nh.toByteArray();
    switch (b.length) {
      case 4:
      case 16:
        return ImmutableList.of(IpAddress.of(b));
      case 32:
        return ImmutableList.of(
            IpAddress.of(java.util.Arrays.copyOfRange(b, 0, 16)),
            IpAddress.of(java.util.Arrays.copyOfRange(b, 16, 32)));
      case 12:
        return ImmutableList.of(IpAddress.of(java.util.Arrays.copyOfRange(b, 8, 12)));
      case 24:
        return ImmutableList.of(IpAddress.of(java.util.Arrays.copyOfRange(b, 8, 24)));
      case 48:
        return ImmutableList.of(
            IpAddress.of(java.util.Arrays.copyOfRange(b, 8, 24)),
            IpAddress.of(java.util.Arrays.copyOfRange(b, 32, 48)));
      default:
        return ImmutableList.of();
    }
  }

  @Override
  public AttributeType type() {
    return AttributeType.MP_REACH_NLRI;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    boolean ap = options.addPathSend(family);
    int n = 5 + nextHop.length();
    for (Nlri r : nlri) {
      n += r.encodedLength(ap);
    }
    return n;
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    boolean ap = options.addPathSend(family);
    out.writeShort(family.afi().code());
    out.writeByte(family.safi().code());
    out.writeByte(nextHop.length());
    nextHop.writeTo(out);
    out.writeByte(reserved);
    for (int i = 0; i < nlri.size(); i++) {
      nlri.get(i).encode(out, ap);
    }
  }
}
