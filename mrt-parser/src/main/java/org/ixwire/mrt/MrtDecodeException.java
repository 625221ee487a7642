package org.ixwire.mrt;

import io.netty.buffer.ByteBuf;
import org.ixwire.mrt.internal.Hex;

/**
 * The one exception mrt-parser throws on malformed input (GUIDE §3). It carries the {@link
 * #fileOffset()} of the problem in the whole (decompressed) input, the {@link #recordIndex()} of
 * the record (0-based, counting every framed record), the absolute {@link #offset()} into the
 * buffer the record was read from, a structural {@link #context()} such as {@code
 * TABLE_DUMP_V2/RIB_IPV4_UNICAST/entry[3]}, and a message with a hex window of at most 32 bytes.
 *
 * <p>Created without a stack trace, since damaged archives produce it routinely. {@link MrtReader}
 * never throws it for a damaged record; it reports {@link MrtDamage} and goes on. Record views
 * throw it when a record's content cannot be framed.
 */
public final class MrtDecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long fileOffset;
  private final long recordIndex;
  private final int offset;
  private final String context;
  private final String reason;

  private MrtDecodeException(
      String message,
      long fileOffset,
      long recordIndex,
      int offset,
      String context,
      String reason) {
    super(message, null, false, false);
    this.fileOffset = fileOffset;
    this.recordIndex = recordIndex;
    this.offset = offset;
    this.context = context;
    this.reason = reason;
  }

  /**
   * An exception for a problem at absolute index {@code offset} of {@code buf}, rendering at most
   * 32 bytes of the region {@code [lo, hi)} around it.
   *
   * @param fileOffset the position of {@code offset} in the whole input
   * @param recordIndex the 0-based index of the record
   */
  public static MrtDecodeException of(
      ByteBuf buf,
      int offset,
      int lo,
      int hi,
      long fileOffset,
      long recordIndex,
      String context,
      String reason) {
    String msg =
        context
            + " (record "
            + recordIndex
            + ", file offset "
            + fileOffset
            + "): "
            + reason
            + "; bytes: "
            + Hex.window(buf, offset, lo, hi);
    return new MrtDecodeException(msg, fileOffset, recordIndex, offset, context, reason);
  }

  /** The position of the problem in the whole (decompressed) input. */
  public long fileOffset() {
    return fileOffset;
  }

  /** The 0-based index of the record, counting every framed record of the input. */
  public long recordIndex() {
    return recordIndex;
  }

  /** The absolute index of the problem in the buffer the record view wraps. */
  public int offset() {
    return offset;
  }

  /** Structural path of what was being decoded, e.g. {@code TABLE_DUMP_V2/RIB_GENERIC/nlri}. */
  public String context() {
    return context;
  }

  /** The reason alone, without position or bytes. */
  public String reason() {
    return reason;
  }
}
