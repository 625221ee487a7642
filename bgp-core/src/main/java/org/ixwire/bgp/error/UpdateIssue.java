package org.ixwire.bgp.error;

import org.ixwire.bgp.attribute.Bytes;

/**
 * One problem found in an UPDATE, with the RFC 7606 action it calls for and the NOTIFICATION (RFC
 * 4271 §6.3) a speaker would send if the action were (or were escalated to) a session reset.
 *
 * @param attributeType the path attribute type code, or -1 when the problem is not in an attribute
 *     (withdrawn routes, NLRI field, lengths)
 * @param action the RFC 7606 action
 * @param errorCode NOTIFICATION error code (3, UPDATE Message Error, for attribute problems)
 * @param errorSubcode NOTIFICATION error subcode
 * @param data NOTIFICATION data (e.g. the erroneous attribute)
 * @param offset absolute offset of the problem in the buffer given to the decoder
 * @param reason a human-readable explanation citing the rule
 */
public record UpdateIssue(
    int attributeType,
    ErrorAction action,
    int errorCode,
    int errorSubcode,
    Bytes data,
    int offset,
    String reason) {

  @Override
  public String toString() {
    return action
        + " ("
        + errorCode
        + "/"
        + errorSubcode
        + " "
        + ErrorCodes.subcodeName(errorCode, errorSubcode)
        + ") at offset "
        + offset
        + (attributeType >= 0 ? " attribute " + attributeType : "")
        + ": "
        + reason;
  }
}
