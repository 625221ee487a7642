package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * ORIGIN (RFC 4271 §5.1.1).
 *
 * @param flags the attribute flags
 * @param value 0 IGP, 1 EGP, 2 INCOMPLETE
 */
public record OriginAttribute(int flags, int value) implements PathAttribute {
  /** IGP. */
  public static final int IGP = 0;

  /** EGP. */
  public static final int EGP = 1;

  /** INCOMPLETE. */
  public static final int INCOMPLETE = 2;

  /** ORIGIN with canonical flags. */
  public static OriginAttribute of(int value) {
    return new OriginAttribute(AttributeFlags.WELL_KNOWN, value);
  }

  /** The name: IGP, EGP, INCOMPLETE. */
  public static String name(int value) {
    return value == IGP ? "IGP" : value == EGP ? "EGP" : value == INCOMPLETE ? "INCOMPLETE" : "?";
  }

  @Override
  public AttributeType type() {
    return AttributeType.ORIGIN;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return 1;
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    out.writeByte(value);
  }
}
