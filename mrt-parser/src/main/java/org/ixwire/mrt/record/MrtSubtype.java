package org.ixwire.mrt.record;

/**
 * MRT subtype code points per type (RFC 6396 §4, RFC 6397 §4, RFC 8050 §5), and their names.
 *
 * <p>Subtypes are plain {@code int}s since their meaning depends on the type; {@link #name(int,
 * int)} renders any pair, unknown ones as {@code UNKNOWN(n)}.
 */
public final class MrtSubtype {
  private MrtSubtype() {}

  /** TABLE_DUMP: IPv4 entries (RFC 6396 §4.2). */
  public static final int TABLE_DUMP_AFI_IPV4 = 1;

  /** TABLE_DUMP: IPv6 entries. */
  public static final int TABLE_DUMP_AFI_IPV6 = 2;

  /** TABLE_DUMP: IPv4 entries with a 4-byte peer AS (bgpdump extension, not in RFC 6396). */
  public static final int TABLE_DUMP_AFI_IPV4_32BIT_AS = 3;

  /** TABLE_DUMP: IPv6 entries with a 4-byte peer AS (bgpdump extension). */
  public static final int TABLE_DUMP_AFI_IPV6_32BIT_AS = 4;

  /** TABLE_DUMP_V2 PEER_INDEX_TABLE (RFC 6396 §4.3.1). */
  public static final int PEER_INDEX_TABLE = 1;

  /** TABLE_DUMP_V2 RIB_IPV4_UNICAST (RFC 6396 §4.3.2). */
  public static final int RIB_IPV4_UNICAST = 2;

  /** TABLE_DUMP_V2 RIB_IPV4_MULTICAST. */
  public static final int RIB_IPV4_MULTICAST = 3;

  /** TABLE_DUMP_V2 RIB_IPV6_UNICAST. */
  public static final int RIB_IPV6_UNICAST = 4;

  /** TABLE_DUMP_V2 RIB_IPV6_MULTICAST. */
  public static final int RIB_IPV6_MULTICAST = 5;

  /** TABLE_DUMP_V2 RIB_GENERIC (RFC 6396 §4.3.3). */
  public static final int RIB_GENERIC = 6;

  /** TABLE_DUMP_V2 GEO_PEER_TABLE (RFC 6397 §4). */
  public static final int GEO_PEER_TABLE = 7;

  /** TABLE_DUMP_V2 RIB_IPV4_UNICAST_ADDPATH (RFC 8050 §4.1). */
  public static final int RIB_IPV4_UNICAST_ADDPATH = 8;

  /** TABLE_DUMP_V2 RIB_IPV4_MULTICAST_ADDPATH. */
  public static final int RIB_IPV4_MULTICAST_ADDPATH = 9;

  /** TABLE_DUMP_V2 RIB_IPV6_UNICAST_ADDPATH. */
  public static final int RIB_IPV6_UNICAST_ADDPATH = 10;

  /** TABLE_DUMP_V2 RIB_IPV6_MULTICAST_ADDPATH. */
  public static final int RIB_IPV6_MULTICAST_ADDPATH = 11;

  /** TABLE_DUMP_V2 RIB_GENERIC_ADDPATH (RFC 8050 §4.2). */
  public static final int RIB_GENERIC_ADDPATH = 12;

  /** BGP4MP STATE_CHANGE (RFC 6396 §4.4.1). */
  public static final int BGP4MP_STATE_CHANGE = 0;

  /** BGP4MP MESSAGE (RFC 6396 §4.4.2). */
  public static final int BGP4MP_MESSAGE = 1;

  /** BGP4MP ENTRY (deprecated, RFC 6396 Appendix B.2.4). */
  public static final int BGP4MP_ENTRY = 2;

  /** BGP4MP SNAPSHOT (deprecated). */
  public static final int BGP4MP_SNAPSHOT = 3;

  /** BGP4MP MESSAGE_AS4 (RFC 6396 §4.4.3). */
  public static final int BGP4MP_MESSAGE_AS4 = 4;

  /** BGP4MP STATE_CHANGE_AS4 (RFC 6396 §4.4.4). */
  public static final int BGP4MP_STATE_CHANGE_AS4 = 5;

  /** BGP4MP MESSAGE_LOCAL (RFC 6396 §4.4.5). */
  public static final int BGP4MP_MESSAGE_LOCAL = 6;

  /** BGP4MP MESSAGE_AS4_LOCAL (RFC 6396 §4.4.6). */
  public static final int BGP4MP_MESSAGE_AS4_LOCAL = 7;

  /** BGP4MP MESSAGE_ADDPATH (RFC 8050 §3). */
  public static final int BGP4MP_MESSAGE_ADDPATH = 8;

  /** BGP4MP MESSAGE_AS4_ADDPATH. */
  public static final int BGP4MP_MESSAGE_AS4_ADDPATH = 9;

  /** BGP4MP MESSAGE_LOCAL_ADDPATH. */
  public static final int BGP4MP_MESSAGE_LOCAL_ADDPATH = 10;

  /** BGP4MP MESSAGE_AS4_LOCAL_ADDPATH. */
  public static final int BGP4MP_MESSAGE_AS4_LOCAL_ADDPATH = 11;

  /** Legacy BGP (type 5) NULL. */
  public static final int BGP_NULL = 0;

  /** Legacy BGP UPDATE. */
  public static final int BGP_UPDATE = 1;

  /** Legacy BGP PREF_UPDATE. */
  public static final int BGP_PREF_UPDATE = 2;

  /** Legacy BGP STATE_CHANGE. */
  public static final int BGP_STATE_CHANGE = 3;

  /** Legacy BGP SYNC. */
  public static final int BGP_SYNC = 4;

  /** Legacy BGP OPEN. */
  public static final int BGP_OPEN = 5;

  /** Legacy BGP NOTIFY. */
  public static final int BGP_NOTIFY = 6;

  /** Legacy BGP KEEPALIVE. */
  public static final int BGP_KEEPALIVE = 7;

  private static final String[] TABLE_DUMP = {
    "", "AFI_IPv4", "AFI_IPv6", "AFI_IPv4_32BIT_AS", "AFI_IPv6_32BIT_AS"
  };
  private static final String[] TABLE_DUMP_V2 = {
    "",
    "PEER_INDEX_TABLE",
    "RIB_IPV4_UNICAST",
    "RIB_IPV4_MULTICAST",
    "RIB_IPV6_UNICAST",
    "RIB_IPV6_MULTICAST",
    "RIB_GENERIC",
    "GEO_PEER_TABLE",
    "RIB_IPV4_UNICAST_ADDPATH",
    "RIB_IPV4_MULTICAST_ADDPATH",
    "RIB_IPV6_UNICAST_ADDPATH",
    "RIB_IPV6_MULTICAST_ADDPATH",
    "RIB_GENERIC_ADDPATH"
  };
  private static final String[] BGP4MP = {
    "STATE_CHANGE",
    "MESSAGE",
    "ENTRY",
    "SNAPSHOT",
    "MESSAGE_AS4",
    "STATE_CHANGE_AS4",
    "MESSAGE_LOCAL",
    "MESSAGE_AS4_LOCAL",
    "MESSAGE_ADDPATH",
    "MESSAGE_AS4_ADDPATH",
    "MESSAGE_LOCAL_ADDPATH",
    "MESSAGE_AS4_LOCAL_ADDPATH"
  };
  private static final String[] BGP = {
    "NULL", "UPDATE", "PREF_UPDATE", "STATE_CHANGE", "SYNC", "OPEN", "NOTIFY", "KEEPALIVE"
  };

  /** The subtype's name, e.g. {@code RIB_IPV4_UNICAST}, or {@code UNKNOWN(n)}. */
  public static String name(int type, int subtype) {
    String[] names;
    switch (type) {
      case 5:
        names = BGP;
        break;
      case 12:
        names = TABLE_DUMP;
        break;
      case 13:
        names = TABLE_DUMP_V2;
        break;
      case 16:
      case 17:
        names = BGP4MP;
        break;
      default:
        names = new String[0];
    }
    if (subtype >= 0 && subtype < names.length && !names[subtype].isEmpty()) {
      return names[subtype];
    }
    return "UNKNOWN(" + subtype + ")";
  }

  /**
   * Whether the subtype is one RFC 6396/6397/8050 (or bgpdump, for TABLE_DUMP 3/4) defines for the
   * type; for types whose subtypes this library does not interpret, always true.
   */
  public static boolean isKnown(int type, int subtype) {
    switch (type) {
      case 5:
        return subtype >= 0 && subtype <= 7;
      case 12:
        return subtype >= 1 && subtype <= 4;
      case 13:
        return subtype >= 1 && subtype <= 12;
      case 16:
      case 17:
        return subtype >= 0 && subtype <= 11;
      default:
        return true;
    }
  }
}
