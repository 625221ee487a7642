package org.ixwire.bgp.attribute;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * IPv6 Address Specific Extended Community attribute (RFC 5701).
 *
 * @param flags the attribute flags
 * @param values the communities in wire order
 */
public record Ipv6ExtendedCommunitiesAttribute(
    int flags, ImmutableList<Ipv6ExtendedCommunity> values) implements PathAttribute {
  /** The attribute with canonical flags. */
  public static Ipv6ExtendedCommunitiesAttribute of(Ipv6ExtendedCommunity... values) {
    return new Ipv6ExtendedCommunitiesAttribute(
        AttributeFlags.OPTIONAL_TRANSITIVE, ImmutableList.copyOf(values));
  }

  @Override
  public AttributeType type() {
    return AttributeType.IPV6_EXTENDED_COMMUNITIES;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return 20 * values.size();
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    for (Ipv6ExtendedCommunity c : values) {
      out.writeByte(c.type());
      out.writeByte(c.subtype());
      c.global().writeTo(out);
      out.writeShort(c.local());
    }
  }
}
