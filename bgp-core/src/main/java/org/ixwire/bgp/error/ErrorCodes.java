package org.ixwire.bgp.error;

/**
 * NOTIFICATION error codes and subcodes (RFC 4271 §4.5 and §6, RFC 4486, RFC 7313, RFC 8203, RFC
 * 8538, RFC 9234, RFC 9384), with their IANA names.
 */
public final class ErrorCodes {
  private ErrorCodes() {}

  /** Message Header Error (RFC 4271 §6.1). */
  public static final int MESSAGE_HEADER_ERROR = 1;

  /** OPEN Message Error (RFC 4271 §6.2). */
  public static final int OPEN_MESSAGE_ERROR = 2;

  /** UPDATE Message Error (RFC 4271 §6.3). */
  public static final int UPDATE_MESSAGE_ERROR = 3;

  /** Hold Timer Expired (RFC 4271 §6.5). */
  public static final int HOLD_TIMER_EXPIRED = 4;

  /** Finite State Machine Error (RFC 4271 §6.6). */
  public static final int FSM_ERROR = 5;

  /** Cease (RFC 4271 §6.7, RFC 4486). */
  public static final int CEASE = 6;

  /** ROUTE-REFRESH Message Error (RFC 7313 §5). */
  public static final int ROUTE_REFRESH_MESSAGE_ERROR = 7;

  // Message Header Error subcodes (RFC 4271 §6.1)
  /** Connection Not Synchronized: the marker is not all ones. */
  public static final int HEADER_CONNECTION_NOT_SYNCHRONIZED = 1;

  /** Bad Message Length; the data is the erroneous length field. */
  public static final int HEADER_BAD_MESSAGE_LENGTH = 2;

  /** Bad Message Type; the data is the erroneous type field. */
  public static final int HEADER_BAD_MESSAGE_TYPE = 3;

  // OPEN Message Error subcodes (RFC 4271 §6.2, RFC 5492, RFC 9234)
  /** Unsupported Version Number. */
  public static final int OPEN_UNSUPPORTED_VERSION = 1;

  /** Bad Peer AS. */
  public static final int OPEN_BAD_PEER_AS = 2;

  /** Bad BGP Identifier. */
  public static final int OPEN_BAD_BGP_IDENTIFIER = 3;

  /** Unsupported Optional Parameter. */
  public static final int OPEN_UNSUPPORTED_OPTIONAL_PARAMETER = 4;

  /** Unacceptable Hold Time. */
  public static final int OPEN_UNACCEPTABLE_HOLD_TIME = 6;

  /** Unsupported Capability (RFC 5492 §5). */
  public static final int OPEN_UNSUPPORTED_CAPABILITY = 7;

  /** Role Mismatch (RFC 9234 §4.2). */
  public static final int OPEN_ROLE_MISMATCH = 11;

  // UPDATE Message Error subcodes (RFC 4271 §6.3)
  /** Malformed Attribute List. */
  public static final int UPDATE_MALFORMED_ATTRIBUTE_LIST = 1;

  /** Unrecognized Well-known Attribute. */
  public static final int UPDATE_UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE = 2;

  /** Missing Well-known Attribute. */
  public static final int UPDATE_MISSING_WELL_KNOWN_ATTRIBUTE = 3;

  /** Attribute Flags Error. */
  public static final int UPDATE_ATTRIBUTE_FLAGS_ERROR = 4;

  /** Attribute Length Error. */
  public static final int UPDATE_ATTRIBUTE_LENGTH_ERROR = 5;

  /** Invalid ORIGIN Attribute. */
  public static final int UPDATE_INVALID_ORIGIN = 6;

  /** Invalid NEXT_HOP Attribute. */
  public static final int UPDATE_INVALID_NEXT_HOP = 8;

  /** Optional Attribute Error. */
  public static final int UPDATE_OPTIONAL_ATTRIBUTE_ERROR = 9;

  /** Invalid Network Field. */
  public static final int UPDATE_INVALID_NETWORK_FIELD = 10;

  /** Malformed AS_PATH. */
  public static final int UPDATE_MALFORMED_AS_PATH = 11;

  // Cease subcodes (RFC 4486, RFC 8538, RFC 9384)
  /** Maximum Number of Prefixes Reached. */
  public static final int CEASE_MAX_PREFIXES = 1;

  /** Administrative Shutdown (RFC 8203 shutdown communication may follow). */
  public static final int CEASE_ADMINISTRATIVE_SHUTDOWN = 2;

  /** Peer De-configured. */
  public static final int CEASE_PEER_DECONFIGURED = 3;

  /** Administrative Reset (RFC 8203 shutdown communication may follow). */
  public static final int CEASE_ADMINISTRATIVE_RESET = 4;

  /** Connection Rejected. */
  public static final int CEASE_CONNECTION_REJECTED = 5;

  /** Other Configuration Change. */
  public static final int CEASE_OTHER_CONFIGURATION_CHANGE = 6;

  /** Connection Collision Resolution. */
  public static final int CEASE_CONNECTION_COLLISION_RESOLUTION = 7;

  /** Out of Resources. */
  public static final int CEASE_OUT_OF_RESOURCES = 8;

  /** Hard Reset (RFC 8538). */
  public static final int CEASE_HARD_RESET = 9;

  /** BFD Down (RFC 9384). */
  public static final int CEASE_BFD_DOWN = 10;

  // ROUTE-REFRESH Message Error subcodes (RFC 7313 §5)
  /** Invalid Message Length. */
  public static final int ROUTE_REFRESH_INVALID_MESSAGE_LENGTH = 1;

  /** The IANA name of an error code, or {@code "Unknown(n)"}. */
  public static String codeName(int code) {
    switch (code) {
      case MESSAGE_HEADER_ERROR:
        return "Message Header Error";
      case OPEN_MESSAGE_ERROR:
        return "OPEN Message Error";
      case UPDATE_MESSAGE_ERROR:
        return "UPDATE Message Error";
      case HOLD_TIMER_EXPIRED:
        return "Hold Timer Expired";
      case FSM_ERROR:
        return "Finite State Machine Error";
      case CEASE:
        return "Cease";
      case ROUTE_REFRESH_MESSAGE_ERROR:
        return "ROUTE-REFRESH Message Error";
      default:
        return "Unknown(" + code + ")";
    }
  }

  /** The IANA name of a subcode under {@code code}, or {@code "Unknown(n)"}. */
  public static String subcodeName(int code, int subcode) {
    String[] names;
    switch (code) {
      case MESSAGE_HEADER_ERROR:
        names =
            new String[] {
              "Unspecific", "Connection Not Synchronized", "Bad Message Length", "Bad Message Type"
            };
        break;
      case OPEN_MESSAGE_ERROR:
        names =
            new String[] {
              "Unspecific",
              "Unsupported Version Number",
              "Bad Peer AS",
              "Bad BGP Identifier",
              "Unsupported Optional Parameter",
              "Deprecated (5)",
              "Unacceptable Hold Time",
              "Unsupported Capability",
              "Deprecated (8)",
              "Deprecated (9)",
              "Deprecated (10)",
              "Role Mismatch"
            };
        break;
      case UPDATE_MESSAGE_ERROR:
        names =
            new String[] {
              "Unspecific",
              "Malformed Attribute List",
              "Unrecognized Well-known Attribute",
              "Missing Well-known Attribute",
              "Attribute Flags Error",
              "Attribute Length Error",
              "Invalid ORIGIN Attribute",
              "Deprecated (7)",
              "Invalid NEXT_HOP Attribute",
              "Optional Attribute Error",
              "Invalid Network Field",
              "Malformed AS_PATH"
            };
        break;
      case CEASE:
        names =
            new String[] {
              "Unspecific",
              "Maximum Number of Prefixes Reached",
              "Administrative Shutdown",
              "Peer De-configured",
              "Administrative Reset",
              "Connection Rejected",
              "Other Configuration Change",
              "Connection Collision Resolution",
              "Out of Resources",
              "Hard Reset",
              "BFD Down"
            };
        break;
      case ROUTE_REFRESH_MESSAGE_ERROR:
        names = new String[] {"Unspecific", "Invalid Message Length"};
        break;
      case HOLD_TIMER_EXPIRED:
      case FSM_ERROR:
        names = new String[] {"Unspecific"};
        break;
      default:
        names = new String[0];
    }
    return subcode >= 0 && subcode < names.length ? names[subcode] : "Unknown(" + subcode + ")";
  }
}
