package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.nlri.IpAddress;

/**
 * NEXT_HOP (RFC 4271 §5.1.3): the IPv4 next hop of the NLRI field.
 *
 * @param flags the attribute flags
 * @param address the next hop (IPv4)
 */
public record NextHopAttribute(int flags, IpAddress address) implements PathAttribute {
  /** NEXT_HOP with canonical flags. */
  public static NextHopAttribute of(IpAddress address) {
    return new NextHopAttribute(AttributeFlags.WELL_KNOWN, address);
  }

  @Override
  public AttributeType type() {
    return AttributeType.NEXT_HOP;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return address.length();
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    address.writeTo(out);
  }
}
