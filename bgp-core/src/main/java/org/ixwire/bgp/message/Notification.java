package org.ixwire.bgp.message;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.ixwire.bgp.attribute.Bytes;
import org.ixwire.bgp.error.ErrorCodes;

/**
 * NOTIFICATION (RFC 4271 §4.5).
 *
 * @param code the error code
 * @param subcode the error subcode
 * @param data the data field
 */
public record Notification(int code, int subcode, Bytes data) implements BgpMessage {
  /** Maximum shutdown communication length (RFC 9003 §2). */
  public static final int MAX_SHUTDOWN_COMMUNICATION = 255;

  @Override
  public MessageType type() {
    return MessageType.NOTIFICATION;
  }

  /** A NOTIFICATION without data. */
  public static Notification of(int code, int subcode) {
    return new Notification(code, subcode, Bytes.EMPTY);
  }

  /**
   * A Cease / Administrative Shutdown (or Reset) with a shutdown communication (RFC 9003 §2).
   *
   * @throws IllegalArgumentException if the UTF-8 text exceeds 255 bytes
   */
  public static Notification shutdown(int subcode, String message) {
    byte[] t = message.getBytes(StandardCharsets.UTF_8);
    if (t.length > MAX_SHUTDOWN_COMMUNICATION) {
      throw new IllegalArgumentException("shutdown communication exceeds 255 bytes");
    }
    byte[] d = new byte[t.length + 1];
    d[0] = (byte) t.length;
    System.arraycopy(t, 0, d, 1, t.length);
    return new Notification(ErrorCodes.CEASE, subcode, Bytes.of(d));
  }

  /** Whether this is a Cease with subcode Administrative Shutdown or Administrative Reset. */
  public boolean isAdministrativeShutdownOrReset() {
    return code == ErrorCodes.CEASE
        && (subcode == ErrorCodes.CEASE_ADMINISTRATIVE_SHUTDOWN
            || subcode == ErrorCodes.CEASE_ADMINISTRATIVE_RESET);
  }

  /**
   * The shutdown communication (RFC 8203, RFC 9003): present when this is an administrative
   * shutdown or reset whose data is a length octet followed by exactly that many bytes of valid
   * UTF-8. Malformed data (length beyond the data, invalid UTF-8) gives empty; the data stays
   * available.
   */
  public Optional<String> shutdownCommunication() {
    if (!isAdministrativeShutdownOrReset() || data.length() == 0) {
      return Optional.empty();
    }
    int n = data.get(0);
    if (n + 1 > data.length()) {
      return Optional.empty();
    }
    byte[] b = data.toByteArray();
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, 1, n))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * For a Cease / Hard Reset (RFC 8538 §3), the NOTIFICATION it wraps (code, subcode, data), if the
   * data holds at least code and subcode.
   */
  public Optional<Notification> hardResetCause() {
    if (code != ErrorCodes.CEASE || subcode != ErrorCodes.CEASE_HARD_RESET || data.length() < 2) {
      return Optional.empty();
    }
    byte[] b = data.toByteArray();
    return Optional.of(
        new Notification(
            b[0] & 0xff, b[1] & 0xff, Bytes.of(java.util.Arrays.copyOfRange(b, 2, b.length))));
  }

  @Override
  public String toString() {
    return "Notification["
        + code
        + "/"
        + subcode
        + " "
        + ErrorCodes.codeName(code)
        + ", "
        + ErrorCodes.subcodeName(code, subcode)
        + (data.length() > 0 ? ", data " + data : "")
        + "]";
  }
}
