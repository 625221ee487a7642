package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * ATOMIC_AGGREGATE (RFC 4271 §5.1.6).
 *
 * @param flags the attribute flags
 */
public record AtomicAggregateAttribute(int flags) implements PathAttribute {
  /** ATOMIC_AGGREGATE with canonical flags. */
  public static AtomicAggregateAttribute of() {
    return new AtomicAggregateAttribute(AttributeFlags.WELL_KNOWN);
  }

  @Override
  public AttributeType type() {
    return AttributeType.ATOMIC_AGGREGATE;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return 0;
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    // no value
  }
}
