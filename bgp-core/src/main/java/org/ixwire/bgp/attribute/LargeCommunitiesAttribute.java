package org.ixwire.bgp.attribute;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * LARGE_COMMUNITY (RFC 8092).
 *
 * @param flags the attribute flags
 * @param values the large communities in wire order
 */
public record LargeCommunitiesAttribute(int flags, ImmutableList<LargeCommunity> values)
    implements PathAttribute {
  /** LARGE_COMMUNITY with canonical flags. */
  public static LargeCommunitiesAttribute of(LargeCommunity... values) {
    return new LargeCommunitiesAttribute(
        AttributeFlags.OPTIONAL_TRANSITIVE, ImmutableList.copyOf(values));
  }

  @Override
  public AttributeType type() {
    return AttributeType.LARGE_COMMUNITIES;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return 12 * values.size();
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    for (int i = 0; i < values.size(); i++) {
      LargeCommunity c = values.get(i);
      out.writeInt((int) c.global());
      out.writeInt((int) c.local1());
      out.writeInt((int) c.local2());
    }
  }
}
