package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * MULTI_EXIT_DISC (RFC 4271 §5.1.4).
 *
 * @param flags the attribute flags
 * @param value the metric (unsigned 32-bit)
 */
public record MultiExitDiscAttribute(int flags, long value) implements PathAttribute {
  /** MED with canonical flags. */
  public static MultiExitDiscAttribute of(long value) {
    return new MultiExitDiscAttribute(AttributeFlags.OPTIONAL_NON_TRANSITIVE, value);
  }

  @Override
  public AttributeType type() {
    return AttributeType.MULTI_EXIT_DISC;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return 4;
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    out.writeInt((int) value);
  }
}
