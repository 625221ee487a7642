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
    int n = values.size();
    out.ensureWritable(12 * n);
    int w = out.writerIndex();
    for (int i = 0; i < n; i++) {
      LargeCommunity c = values.get(i);
      out.setInt(w, (int) c.global());
      out.setInt(w + 4, (int) c.local1());
      out.setInt(w + 8, (int) c.local2());
      w += 12;
    }
    out.writerIndex(w);
  }
}
