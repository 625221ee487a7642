package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.nlri.IpAddress;

/**
 * ORIGINATOR_ID (RFC 4456 §8).
 *
 * @param flags the attribute flags
 * @param id the originator'\''s router id
 */
public record OriginatorIdAttribute(int flags, IpAddress id) implements PathAttribute {
  /** ORIGINATOR_ID with canonical flags. */
  public static OriginatorIdAttribute of(IpAddress id) {
    return new OriginatorIdAttribute(AttributeFlags.OPTIONAL_NON_TRANSITIVE, id);
  }

  @Override
  public AttributeType type() {
    return AttributeType.ORIGINATOR_ID;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return id.length();
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    id.writeTo(out);
  }
}
