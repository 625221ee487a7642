package org.ixwire.sflow;

import io.netty.buffer.ByteBuf;
import org.ixwire.sflow.internal.HexWindow;

/**
 * The one exception sflow-codec throws on malformed input (GUIDE §3). It carries the absolute
 * {@link #offset()} into the buffer given to the public entry point, a structural {@link
 * #context()} such as {@code datagram/samples[2]:FLOW_SAMPLE/records[1]:0:1001}, and a message with
 * a hex window of at most 32 bytes around the offset. It is created without a stack trace, since
 * hostile input produces it routinely.
 */
public final class SflowDecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int offset;
  private final String context;

  private SflowDecodeException(String message, int offset, String context) {
    super(message, null, false, false);
    this.offset = offset;
    this.context = context;
  }

  /**
   * Creates an exception for a problem at absolute index {@code offset} of {@code buf}; the hex
   * window is taken from {@code [lo, hi)}.
   */
  public static SflowDecodeException of(
      ByteBuf buf, int offset, int lo, int hi, String context, String reason) {
    String msg =
        context
            + " at offset "
            + offset
            + ": "
            + reason
            + " bytes: "
            + HexWindow.around(buf, offset, lo, hi);
    return new SflowDecodeException(msg, offset, context);
  }

  /** Absolute index into the buffer given to the public entry point where the problem lies. */
  public int offset() {
    return offset;
  }

  /** Structural path of the element being decoded. */
  public String context() {
    return context;
  }
}
