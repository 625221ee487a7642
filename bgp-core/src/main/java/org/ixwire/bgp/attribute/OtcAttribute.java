package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * Only to Customer (OTC, RFC 9234 §5).
 *
 * @param flags the attribute flags
 * @param asn the AS that set it
 */
public record OtcAttribute(int flags, long asn) implements PathAttribute {
  /** OTC with canonical flags. */
  public static OtcAttribute of(long asn) {
    return new OtcAttribute(AttributeFlags.OPTIONAL_TRANSITIVE, asn);
  }

  @Override
  public AttributeType type() {
    return AttributeType.OTC;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return 4;
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    out.writeInt((int) asn);
  }
}
