package org.ixwire.mrt.internal;

import io.netty.buffer.ByteBuf;
import org.ixwire.mrt.record.MrtSubtype;
import org.ixwire.mrt.record.MrtType;
import org.jspecify.annotations.Nullable;

/** Plausibility checks of MRT common headers, for framing and resynchronisation. */
public final class Framing {
  private Framing() {}

  /** Largest legacy BGP (type 5) body: 12 bytes of peer addresses plus a 4096-byte message. */
  private static final long MAX_LEGACY_BGP = 12 + 4096;

  /** Largest BGP4MP STATE_CHANGE body: 4-byte ASes, IPv6 addresses. */
  private static final long MAX_STATE_CHANGE = 4 + 4 + 2 + 2 + 16 + 16 + 4;

  /** Largest BGP4MP MESSAGE body: header fields plus an RFC 8654 extended message. */
  private static final long MAX_MESSAGE = 4 + 4 + 4 + 2 + 2 + 16 + 16 + 65535;

  /**
   * Why the 12-byte header at {@code i} of {@code buf} is implausible, or null if it looks like a
   * record header: a known type and subtype, and a length that type can have and that is at most
   * {@code maxLength}.
   */
  public static @Nullable String implausible(ByteBuf buf, int i, long maxLength) {
    int type = buf.getUnsignedShort(i + 4);
    int subtype = buf.getUnsignedShort(i + 6);
    long length = buf.getUnsignedInt(i + 8);
    if (!MrtType.isKnown(type)) {
      return "unknown type " + type;
    }
    if (!MrtSubtype.isKnown(type, subtype)) {
      return "unknown subtype " + subtype + " of " + MrtType.of(type);
    }
    if (length > maxLength) {
      return "length " + length + " exceeds " + maxLength;
    }
    if (MrtType.hasExtendedTimestamp(type) && length < 4) {
      return "length " + length + " of an _ET record lacks the microseconds";
    }
    long body = MrtType.hasExtendedTimestamp(type) ? length - 4 : length;
    long max = Long.MAX_VALUE;
    if (type == 5) {
      max = subtype == MrtSubtype.BGP_STATE_CHANGE ? 10 : MAX_LEGACY_BGP;
    } else if (type == 16 || type == 17) {
      if (subtype == MrtSubtype.BGP4MP_STATE_CHANGE
          || subtype == MrtSubtype.BGP4MP_STATE_CHANGE_AS4) {
        max = MAX_STATE_CHANGE;
      } else if (subtype != MrtSubtype.BGP4MP_ENTRY && subtype != MrtSubtype.BGP4MP_SNAPSHOT) {
        max = MAX_MESSAGE;
      }
    }
    if (body > max) {
      return "length " + length + " too long for " + MrtSubtype.name(type, subtype);
    }
    return null;
  }
}
