package org.ixwire.bgp;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.error.ErrorCodes;
import org.ixwire.bgp.internal.HexWindow;

/**
 * The one exception bgp-core throws on malformed input (GUIDE §3): it carries the absolute {@link
 * #offset()} into the buffer given to the public entry point, a structural {@link #context()} such
 * as {@code UPDATE/attributes[3]:AS_PATH/segment[1]}, and the NOTIFICATION (RFC 4271 §6) a BGP
 * speaker would send: {@link #errorCode()}, {@link #errorSubcode()}, {@link #errorData()}.
 *
 * <p>Malformed path attributes do not throw: they are RFC 7606 outcomes reported as values. This
 * exception is for framing errors (header, message lengths, OPEN, NOTIFICATION, ROUTE-REFRESH
 * structure) and for UPDATEs whose attribute or NLRI fields cannot be framed. It is created without
 * a stack trace, since hostile input produces it routinely.
 */
public final class BgpDecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final byte[] NO_DATA = new byte[0];

  private final int offset;
  private final String context;
  private final int errorCode;
  private final int errorSubcode;
  private final byte[] errorData;

  private BgpDecodeException(
      String message, int offset, String context, int code, int subcode, byte[] data) {
    super(message, null, false, false);
    this.offset = offset;
    this.context = context;
    this.errorCode = code;
    this.errorSubcode = subcode;
    this.errorData = data;
  }

  /**
   * Creates an exception for a problem at absolute index {@code offset} of {@code buf}, rendering a
   * hex window of at most 32 bytes from the region {@code [lo, hi)}.
   *
   * @param data the NOTIFICATION data (copied)
   */
  public static BgpDecodeException of(
      ByteBuf buf,
      int offset,
      int lo,
      int hi,
      String context,
      int code,
      int subcode,
      byte[] data,
      String reason) {
    String msg =
        context
            + " at offset "
            + offset
            + ": "
            + reason
            + " (NOTIFICATION "
            + code
            + "/"
            + subcode
            + " "
            + ErrorCodes.subcodeName(code, subcode)
            + ") bytes: "
            + HexWindow.around(buf, offset, lo, hi);
    return new BgpDecodeException(msg, offset, context, code, subcode, data.clone());
  }

  /** As {@link #of(ByteBuf, int, int, int, String, int, int, byte[], String)} with no data. */
  public static BgpDecodeException of(
      ByteBuf buf,
      int offset,
      int lo,
      int hi,
      String context,
      int code,
      int subcode,
      String reason) {
    return of(buf, offset, lo, hi, context, code, subcode, NO_DATA, reason);
  }

  /** Absolute index into the buffer given to the public entry point where the problem lies. */
  public int offset() {
    return offset;
  }

  /** Structural path of the element being decoded, e.g. {@code UPDATE/attributes[2]:AS_PATH}. */
  public String context() {
    return context;
  }

  /** NOTIFICATION error code (RFC 4271 §4.5) a speaker would send. */
  public int errorCode() {
    return errorCode;
  }

  /** NOTIFICATION error subcode. */
  public int errorSubcode() {
    return errorSubcode;
  }

  /** NOTIFICATION data (a copy). */
  public byte[] errorData() {
    return errorData.clone();
  }
}
