package org.ixwire.bgp.attribute;

/**
 * A standard community (RFC 1997): a 32-bit value, conventionally {@code asn:value}, with the
 * well-known communities of the IANA registry named.
 */
public final class Community {
  private Community() {}

  /** GRACEFUL_SHUTDOWN (RFC 8326). */
  public static final int GRACEFUL_SHUTDOWN = 0xFFFF0000;

  /** ACCEPT_OWN (RFC 7611). */
  public static final int ACCEPT_OWN = 0xFFFF0001;

  /** LLGR_STALE (RFC 9494). */
  public static final int LLGR_STALE = 0xFFFF0006;

  /** NO_LLGR (RFC 9494). */
  public static final int NO_LLGR = 0xFFFF0007;

  /** BLACKHOLE (RFC 7999). */
  public static final int BLACKHOLE = 0xFFFF029A;

  /** NO_EXPORT (RFC 1997). */
  public static final int NO_EXPORT = 0xFFFFFF01;

  /** NO_ADVERTISE (RFC 1997). */
  public static final int NO_ADVERTISE = 0xFFFFFF02;

  /** NO_EXPORT_SUBCONFED (RFC 1997). */
  public static final int NO_EXPORT_SUBCONFED = 0xFFFFFF03;

  /** NOPEER (RFC 3765). */
  public static final int NO_PEER = 0xFFFFFF04;

  /** The community {@code asn:value} with both halves 16-bit. */
  public static int of(int asn, int value) {
    return (asn & 0xffff) << 16 | (value & 0xffff);
  }

  /** The well-known name of {@code community}, or null. */
  public static @org.jspecify.annotations.Nullable String wellKnownName(int community) {
    switch (community) {
      case GRACEFUL_SHUTDOWN:
        return "GRACEFUL_SHUTDOWN";
      case ACCEPT_OWN:
        return "ACCEPT_OWN";
      case LLGR_STALE:
        return "LLGR_STALE";
      case NO_LLGR:
        return "NO_LLGR";
      case BLACKHOLE:
        return "BLACKHOLE";
      case NO_EXPORT:
        return "NO_EXPORT";
      case NO_ADVERTISE:
        return "NO_ADVERTISE";
      case NO_EXPORT_SUBCONFED:
        return "NO_EXPORT_SUBCONFED";
      case NO_PEER:
        return "NOPEER";
      default:
        return null;
    }
  }

  /** {@code asn:value}. */
  public static String toString(int community) {
    return (community >>> 16) + ":" + (community & 0xffff);
  }

  /**
   * Parses {@code asn:value} or a well-known name ({@code NO_EXPORT}, {@code BLACKHOLE}, …).
   *
   * @throws IllegalArgumentException if malformed
   */
  public static int parse(String text) {
    String t = text.trim();
    int colon = t.indexOf(':');
    if (colon < 0) {
      for (int c :
          new int[] {
            GRACEFUL_SHUTDOWN,
            ACCEPT_OWN,
            LLGR_STALE,
            NO_LLGR,
            BLACKHOLE,
            NO_EXPORT,
            NO_ADVERTISE,
            NO_EXPORT_SUBCONFED,
            NO_PEER
          }) {
        if (t.equalsIgnoreCase(wellKnownName(c))) {
          return c;
        }
      }
      throw new IllegalArgumentException("not a community: " + text);
    }
    int a = Integer.parseInt(t.substring(0, colon));
    int v = Integer.parseInt(t.substring(colon + 1));
    if (a < 0 || a > 0xffff || v < 0 || v > 0xffff) {
      throw new IllegalArgumentException("community halves are 16-bit: " + text);
    }
    return of(a, v);
  }
}
