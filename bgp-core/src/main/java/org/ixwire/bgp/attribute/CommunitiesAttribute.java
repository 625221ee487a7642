package org.ixwire.bgp.attribute;

import com.google.common.primitives.ImmutableIntArray;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * COMMUNITIES (RFC 1997); see {@link Community} for the well-known values.
 *
 * @param flags the attribute flags
 * @param values the communities, 32-bit each, in wire order
 */
public record CommunitiesAttribute(int flags, ImmutableIntArray values) implements PathAttribute {
  /** COMMUNITIES with canonical flags. */
  public static CommunitiesAttribute of(int... values) {
    return new CommunitiesAttribute(
        AttributeFlags.OPTIONAL_TRANSITIVE, ImmutableIntArray.copyOf(values));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CommunitiesAttribute[");
    for (int i = 0; i < values.length(); i++) {
      sb.append(i == 0 ? "" : " ").append(Community.toString(values.get(i)));
    }
    return sb.append(']').toString();
  }

  @Override
  public AttributeType type() {
    return AttributeType.COMMUNITIES;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return 4 * values.length();
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    int n = values.length();
    out.ensureWritable(4 * n);
    int w = out.writerIndex();
    for (int i = 0; i < n; i++, w += 4) {
      out.setInt(w, values.get(i));
    }
    out.writerIndex(w);
  }
}
