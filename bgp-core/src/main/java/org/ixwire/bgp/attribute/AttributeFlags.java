package org.ixwire.bgp.attribute;

/** Path attribute flag bits (RFC 4271 §4.3). */
public final class AttributeFlags {
  private AttributeFlags() {}

  /** Optional bit: the attribute is optional (1) or well-known (0). */
  public static final int OPTIONAL = 0x80;

  /** Transitive bit. */
  public static final int TRANSITIVE = 0x40;

  /** Partial bit: an optional transitive attribute passed on by a speaker that did not know it. */
  public static final int PARTIAL = 0x20;

  /** Extended Length bit: the length field is two octets. */
  public static final int EXTENDED_LENGTH = 0x10;

  /** Well-known attributes: transitive, not optional. */
  public static final int WELL_KNOWN = TRANSITIVE;

  /** Optional transitive attributes. */
  public static final int OPTIONAL_TRANSITIVE = OPTIONAL | TRANSITIVE;

  /** Optional non-transitive attributes. */
  public static final int OPTIONAL_NON_TRANSITIVE = OPTIONAL;

  /**
   * The flags (optional and transitive bits only) that the specification of {@code type} requires,
   * or -1 for a type bgp-core does not know.
   */
  public static int specified(int type) {
    switch (type) {
      case 1: // ORIGIN
      case 2: // AS_PATH
      case 3: // NEXT_HOP
      case 5: // LOCAL_PREF
      case 6: // ATOMIC_AGGREGATE
        return WELL_KNOWN;
      case 4: // MULTI_EXIT_DISC
      case 9: // ORIGINATOR_ID
      case 10: // CLUSTER_LIST
      case 14: // MP_REACH_NLRI
      case 15: // MP_UNREACH_NLRI
      case 26: // AIGP
        return OPTIONAL_NON_TRANSITIVE;
      case 7: // AGGREGATOR
      case 8: // COMMUNITIES
      case 16: // EXTENDED_COMMUNITIES
      case 17: // AS4_PATH
      case 18: // AS4_AGGREGATOR
      case 25: // IPV6_EXTENDED_COMMUNITIES
      case 32: // LARGE_COMMUNITIES
      case 35: // OTC
        return OPTIONAL_TRANSITIVE;
      default:
        return -1;
    }
  }

  /** Text such as {@code OT-E} (Optional, Transitive, Partial, Extended length; '-' for clear). */
  public static String toString(int flags) {
    return new String(
        new char[] {
          (flags & OPTIONAL) != 0 ? 'O' : '-',
          (flags & TRANSITIVE) != 0 ? 'T' : '-',
          (flags & PARTIAL) != 0 ? 'P' : '-',
          (flags & EXTENDED_LENGTH) != 0 ? 'E' : '-'
        });
  }
}
