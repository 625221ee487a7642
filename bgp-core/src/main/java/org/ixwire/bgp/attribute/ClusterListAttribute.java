package org.ixwire.bgp.attribute;

import com.google.common.primitives.ImmutableIntArray;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * CLUSTER_LIST (RFC 4456 §8).
 *
 * @param flags the attribute flags
 * @param ids the cluster ids (32-bit each), in wire order
 */
public record ClusterListAttribute(int flags, ImmutableIntArray ids) implements PathAttribute {
  /** CLUSTER_LIST with canonical flags. */
  public static ClusterListAttribute of(int... ids) {
    return new ClusterListAttribute(
        AttributeFlags.OPTIONAL_NON_TRANSITIVE, ImmutableIntArray.copyOf(ids));
  }

  @Override
  public AttributeType type() {
    return AttributeType.CLUSTER_LIST;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return 4 * ids.length();
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    for (int i = 0; i < ids.length(); i++) {
      out.writeInt(ids.get(i));
    }
  }
}
