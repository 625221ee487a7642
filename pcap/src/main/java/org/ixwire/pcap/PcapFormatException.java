package org.ixwire.pcap;

/**
 * The one exception this module throws on a damaged capture file (GUIDE §3).
 *
 * <p>It carries the absolute {@link #offset()} into the file (of the record or block at fault,
 * unless a more precise position is known), a {@link #context()} such as {@code pcapng/EPB[frame
 * 12]} or {@code pcap/record[frame 3]}, and a message ending in a hex window of at most 32 bytes of
 * the data around the offset. {@link #isFatal()} says whether the reader can go on: after a fatal
 * exception {@link PcapReader#next()} returns {@code null}; after a non-fatal one it continues with
 * the next record. Created without a stack trace: damaged input produces it routinely.
 */
public final class PcapFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long offset;
  private final String context;
  private final boolean fatal;

  PcapFormatException(String reason, long offset, String context, String hex, boolean fatal) {
    super(
        context
            + " at file offset "
            + offset
            + ": "
            + reason
            + (fatal ? " (reading stopped)" : " (record skipped)")
            + (hex.isEmpty() ? "" : " bytes: " + hex),
        null,
        false,
        false);
    this.offset = offset;
    this.context = context;
    this.fatal = fatal;
  }

  /** Absolute byte offset into the capture file (or stream) of the damage. */
  public long offset() {
    return offset;
  }

  /** Where in the file's structure the damage was found, e.g. {@code pcapng/EPB[frame 12]}. */
  public String context() {
    return context;
  }

  /**
   * True when the file's framing is lost (truncation, impossible length): the reader has stopped.
   * False when only one record was skipped and reading can continue.
   */
  public boolean isFatal() {
    return fatal;
  }
}
