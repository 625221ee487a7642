package org.ixwire.bgp.attribute;

import com.google.common.primitives.ImmutableLongArray;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * EXTENDED COMMUNITIES (RFC 4360); see {@link ExtendedCommunity} for the layouts.
 *
 * @param flags the attribute flags
 * @param values the 8-byte communities as longs, in wire order
 */
public record ExtendedCommunitiesAttribute(int flags, ImmutableLongArray values)
    implements PathAttribute {
  /** EXTENDED COMMUNITIES with canonical flags. */
  public static ExtendedCommunitiesAttribute of(long... values) {
    return new ExtendedCommunitiesAttribute(
        AttributeFlags.OPTIONAL_TRANSITIVE, ImmutableLongArray.copyOf(values));
  }

  @Override
  public AttributeType type() {
    return AttributeType.EXTENDED_COMMUNITIES;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return 8 * values.length();
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    for (int i = 0; i < values.length(); i++) {
      out.writeLong(values.get(i));
    }
  }
}
