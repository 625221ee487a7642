package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * LOCAL_PREF (RFC 4271 §5.1.5).
 *
 * @param flags the attribute flags
 * @param value the preference (unsigned 32-bit)
 */
public record LocalPrefAttribute(int flags, long value) implements PathAttribute {
  /** LOCAL_PREF with canonical flags. */
  public static LocalPrefAttribute of(long value) {
    return new LocalPrefAttribute(AttributeFlags.WELL_KNOWN, value);
  }

  @Override
  public AttributeType type() {
    return AttributeType.LOCAL_PREF;
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
