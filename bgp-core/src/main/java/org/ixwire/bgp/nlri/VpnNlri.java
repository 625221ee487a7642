package org.ixwire.bgp.nlri;

import com.google.common.base.Preconditions;
import com.google.common.primitives.ImmutableIntArray;

/**
 * A BGP/MPLS VPN route (RFC 4364 §4.3.4, RFC 4659): label stack, route distinguisher, prefix.
 *
 * @param family AFI 1 or 2 with SAFI 128
 * @param pathId the ADD-PATH path identifier or {@link Nlri#NO_PATH_ID}
 * @param labels the 3-byte label stack entries as received, outermost first
 * @param rd the route distinguisher
 * @param prefix the IP prefix (without the RD)
 */
public record VpnNlri(
    AfiSafi family, long pathId, ImmutableIntArray labels, RouteDistinguisher rd, Prefix prefix)
    implements Nlri {
  /** Validates the components. */
  public VpnNlri {
    Preconditions.checkArgument(family.afi().equals(prefix.afi()), "prefix family mismatch");
    for (int i = 0; i < labels.length(); i++) {
      Preconditions.checkArgument((labels.get(i) & ~0xffffff) == 0, "label entry is 24 bits");
    }
  }

  @Override
  public int encodedLength(boolean addPath) {
    return (addPath ? 5 : 1) + 3 * labels.length() + 8 + prefix.wireBytes();
  }

  @Override
  public void encode(io.netty.buffer.ByteBuf out, boolean addPath) {
    if (addPath) {
      out.writeInt((int) Math.max(pathId, 0));
    }
    out.writeByte(24 * labels.length() + 64 + prefix.length());
    for (int i = 0; i < labels.length(); i++) {
      out.writeMedium(labels.get(i));
    }
    rd.writeTo(out);
    prefix.writeAddressBytes(out);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RD ").append(rd).append(' ').append(prefix);
    for (int i = 0; i < labels.length(); i++) {
      sb.append(i == 0 ? " label " : ",").append(labels.get(i) >>> 4);
    }
    if (pathId != NO_PATH_ID) {
      sb.append(" path-id ").append(pathId);
    }
    return sb.toString();
  }
}
