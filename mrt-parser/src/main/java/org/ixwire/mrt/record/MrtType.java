package org.ixwire.mrt.record;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An MRT record type (RFC 6396 §4, §5.1 and the deprecated types of Appendix B).
 *
 * <p>An open enum: {@link #of(int)} returns the named constant for a known code and a new {@code
 * UNKNOWN(n)} instance otherwise; instances compare by {@link #code()}.
 */
public final class MrtType implements Comparable<MrtType> {
  private static final Map<Integer, MrtType> KNOWN = new HashMap<>();
  // bit c set for each known code c < 64 (all RFC 6396 codes are); no initialiser, so that the
  // constants' register() calls below are not undone
  private static long knownBelow64;

  /** NULL (deprecated, RFC 6396 Appendix B.1). */
  public static final MrtType NULL = register(0, "NULL");

  /** START (deprecated). */
  public static final MrtType START = register(1, "START");

  /** DIE (deprecated). */
  public static final MrtType DIE = register(2, "DIE");

  /** I_AM_DEAD (deprecated). */
  public static final MrtType I_AM_DEAD = register(3, "I_AM_DEAD");

  /** PEER_DOWN (deprecated). */
  public static final MrtType PEER_DOWN = register(4, "PEER_DOWN");

  /** BGP (deprecated legacy type of 1999–2001 RIS files, RFC 6396 Appendix B.2.1). */
  public static final MrtType BGP = register(5, "BGP");

  /** RIP (deprecated). */
  public static final MrtType RIP = register(6, "RIP");

  /** IDRP (deprecated). */
  public static final MrtType IDRP = register(7, "IDRP");

  /** RIPNG (deprecated). */
  public static final MrtType RIPNG = register(8, "RIPNG");

  /** BGP4PLUS (deprecated). */
  public static final MrtType BGP4PLUS = register(9, "BGP4PLUS");

  /** BGP4PLUS_01 (deprecated). */
  public static final MrtType BGP4PLUS_01 = register(10, "BGP4PLUS_01");

  /** OSPFv2 (RFC 6396 §4.1). */
  public static final MrtType OSPFV2 = register(11, "OSPFv2");

  /** TABLE_DUMP (RFC 6396 §4.2). */
  public static final MrtType TABLE_DUMP = register(12, "TABLE_DUMP");

  /** TABLE_DUMP_V2 (RFC 6396 §4.3). */
  public static final MrtType TABLE_DUMP_V2 = register(13, "TABLE_DUMP_V2");

  /** BGP4MP (RFC 6396 §4.4). */
  public static final MrtType BGP4MP = register(16, "BGP4MP");

  /** BGP4MP_ET: BGP4MP with a microsecond timestamp (RFC 6396 §3, §4.4). */
  public static final MrtType BGP4MP_ET = register(17, "BGP4MP_ET");

  /** ISIS (RFC 6396 §4.5). */
  public static final MrtType ISIS = register(32, "ISIS");

  /** ISIS_ET. */
  public static final MrtType ISIS_ET = register(33, "ISIS_ET");

  /** OSPFv3 (RFC 6396 §4.6). */
  public static final MrtType OSPFV3 = register(48, "OSPFv3");

  /** OSPFv3_ET. */
  public static final MrtType OSPFV3_ET = register(49, "OSPFv3_ET");

  private final int code;
  private final String name;

  private MrtType(int code, String name) {
    this.code = code;
    this.name = name;
  }

  private static MrtType register(int code, String name) {
    MrtType t = new MrtType(code, name);
    KNOWN.put(code, t);
    if (code < 64) {
      knownBelow64 |= 1L << code;
    }
    return t;
  }

  /**
   * The constant for {@code code} (0..65535).
   *
   * @throws IllegalArgumentException if {@code code} is out of range
   */
  public static MrtType of(int code) {
    if (code < 0 || code > 65535) {
      throw new IllegalArgumentException("MRT type out of range: " + code);
    }
    @Nullable MrtType t = KNOWN.get(code);
    return t != null ? t : new MrtType(code, "UNKNOWN(" + code + ")");
  }

  /** Whether {@code code} is a type RFC 6396 defines (including the deprecated ones). */
  public static boolean isKnown(int code) {
    if (code >= 0 && code < 64) {
      return (knownBelow64 & (1L << code)) != 0;
    }
    return KNOWN.containsKey(code);
  }

  /**
   * Whether records of type {@code code} carry the 4-byte microsecond field after the common header
   * (RFC 6396 §3: the {@code _ET} types).
   */
  public static boolean hasExtendedTimestamp(int code) {
    return code == 17 || code == 33 || code == 49;
  }

  /** The numeric code point. */
  public int code() {
    return code;
  }

  /** The name of a known code point, or {@code UNKNOWN(n)}. */
  public String name() {
    return name;
  }

  /** Whether this code point is one of the named constants. */
  public boolean isKnown() {
    return isKnown(code);
  }

  @Override
  public int compareTo(MrtType o) {
    return Integer.compare(code, o.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MrtType && ((MrtType) o).code == code;
  }

  @Override
  public int hashCode() {
    return code;
  }

  @Override
  public String toString() {
    return name;
  }
}
