package org.ixwire.bgp;

import static org.ixwire.bgp.error.ErrorCodes.HEADER_BAD_MESSAGE_LENGTH;
import static org.ixwire.bgp.error.ErrorCodes.HEADER_BAD_MESSAGE_TYPE;
import static org.ixwire.bgp.error.ErrorCodes.HEADER_CONNECTION_NOT_SYNCHRONIZED;
import static org.ixwire.bgp.error.ErrorCodes.MESSAGE_HEADER_ERROR;

import io.netty.buffer.ByteBuf;

/**
 * Message boundaries in a BGP byte stream and the header checks of RFC 4271 §6.1: marker of all
 * ones (else NOTIFICATION 1/1), length within 19..4096 — or 65535 once RFC 8654 extended messages
 * are negotiated — and at least the minimum of its type (else 1/2 with the length field as data),
 * and a known type (else 1/3 with the type as data).
 */
public final class BgpFraming {
  /** Length of the header: 16-byte marker, 2-byte length, 1-byte type. */
  public static final int HEADER_LENGTH = 19;

  private BgpFraming() {}

  /**
   * Returns the length of the message starting at absolute {@code offset}, or -1 when fewer than
   * {@code available} bytes hold its header or the whole message (read more, then call again).
   *
   * @param available bytes readable from {@code offset}
   * @param maxLength 4096, or 65535 with extended messages ({@link
   *     BgpSessionOptions#maxMessageLength})
   * @throws BgpDecodeException with the NOTIFICATION of RFC 4271 §6.1 for a bad header
   */
  public static int frameLength(ByteBuf buf, int offset, int available, int maxLength) {
    if (available < HEADER_LENGTH) {
      return -1;
    }
    checkHeader(buf, offset, maxLength);
    int len = buf.getUnsignedShort(offset + 16);
    return len <= available ? len : -1;
  }

  /**
   * Checks the header at absolute {@code offset} (which must have 19 readable bytes) and returns
   * the message length.
   *
   * @throws BgpDecodeException for a bad marker, length or type
   */
  public static int checkHeader(ByteBuf buf, int offset, int maxLength) {
    int hi = Math.min(buf.capacity(), offset + HEADER_LENGTH);
    if (buf.getLong(offset) != -1L || buf.getLong(offset + 8) != -1L) {
      int i = 0;
      while (buf.getUnsignedByte(offset + i) == 0xff) {
        i++;
      }
      throw BgpDecodeException.of(
          buf,
          offset + i,
          offset,
          hi,
          "header/marker",
          MESSAGE_HEADER_ERROR,
          HEADER_CONNECTION_NOT_SYNCHRONIZED,
          "marker is not all ones (RFC 4271 §6.1)");
    }
    int len = buf.getUnsignedShort(offset + 16);
    int type = buf.getUnsignedByte(offset + 18);
    int min;
    switch (type) {
      case 1:
        min = 29;
        break;
      case 2:
        min = 23;
        break;
      case 3:
        min = 21;
        break;
      case 4:
        min = 19;
        break;
      case 5:
        min = 23;
        break;
      default:
        throw BgpDecodeException.of(
            buf,
            offset + 18,
            offset,
            hi,
            "header/type",
            MESSAGE_HEADER_ERROR,
            HEADER_BAD_MESSAGE_TYPE,
            new byte[] {(byte) type},
            "unknown message type " + type + " (RFC 4271 §6.1)");
    }
    if (len < min || len > maxLength || (type == 4 && len != 19)) {
      throw BgpDecodeException.of(
          buf,
          offset + 16,
          offset,
          hi,
          "header/length",
          MESSAGE_HEADER_ERROR,
          HEADER_BAD_MESSAGE_LENGTH,
          new byte[] {(byte) (len >>> 8), (byte) len},
          "length "
              + len
              + " invalid for type "
              + type
              + " (minimum "
              + min
              + ", maximum "
              + (type == 4 ? 19 : maxLength)
              + ", RFC 4271 §6.1)");
    }
    return len;
  }
}
