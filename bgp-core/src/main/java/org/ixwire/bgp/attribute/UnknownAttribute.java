package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * An attribute bgp-core does not decode (or one that was malformed), kept byte-exact with its
 * flags. When forwarding an unknown optional transitive attribute set the Partial bit (RFC 4271
 * §5): {@link #forwarded()}.
 *
 * @param flags the attribute flags
 * @param typeCode the type code
 * @param value the raw value
 */
public record UnknownAttribute(int flags, int typeCode, Bytes value) implements PathAttribute {
  /**
   * This attribute as a speaker passes it on (RFC 4271 §5): optional transitive attributes get the
   * Partial bit; others are returned unchanged.
   */
  public UnknownAttribute forwarded() {
    if ((flags & AttributeFlags.OPTIONAL_TRANSITIVE) == AttributeFlags.OPTIONAL_TRANSITIVE) {
      return new UnknownAttribute(flags | AttributeFlags.PARTIAL, typeCode, value);
    }
    return this;
  }

  @Override
  public AttributeType type() {
    return AttributeType.of(typeCode);
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return value.length();
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    value.writeTo(out);
  }
}
