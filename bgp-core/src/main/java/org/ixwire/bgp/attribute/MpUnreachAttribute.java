package org.ixwire.bgp.attribute;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.Nlri;

/**
 * MP_UNREACH_NLRI (RFC 4760 §4): withdrawn routes of an address family. With no routes it is the
 * End-of-RIB marker of that family (RFC 4724 §2).
 *
 * @param flags the attribute flags
 * @param family the AFI/SAFI
 * @param nlri the withdrawn routes
 */
public record MpUnreachAttribute(int flags, AfiSafi family, ImmutableList<Nlri> nlri)
    implements PathAttribute {

  /** MP_UNREACH_NLRI with canonical flags. */
  public static MpUnreachAttribute of(AfiSafi family, ImmutableList<Nlri> nlri) {
    return new MpUnreachAttribute(AttributeFlags.OPTIONAL_NON_TRANSITIVE, family, nlri);
  }

  @Override
  public AttributeType type() {
    return AttributeType.MP_UNREACH_NLRI;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    boolean ap = options.addPathSend(family);
    int n = 3;
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
    for (Nlri r : nlri) {
      r.encode(out, ap);
    }
  }
}
