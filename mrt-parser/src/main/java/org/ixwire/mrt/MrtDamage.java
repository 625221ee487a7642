package org.ixwire.mrt;

/**
 * A damaged stretch of an MRT input that {@link MrtReader} skipped (GUIDE §3: streams report a bad
 * record and keep every good one).
 *
 * @param fileOffset position of the damage in the whole (decompressed) input
 * @param recordIndex index the damaged record would have had (records delivered before it)
 * @param skippedBytes bytes skipped until the next intact record header, or to the end of input
 * @param reason what was wrong, e.g. {@code truncated record: header declares 1985 bytes, 712
 *     remain}
 */
public record MrtDamage(long fileOffset, long recordIndex, long skippedBytes, String reason) {
  @Override
  public String toString() {
    return "record "
        + recordIndex
        + " at offset "
        + fileOffset
        + ": "
        + reason
        + (skippedBytes > 0 ? " (" + skippedBytes + " bytes skipped)" : "");
  }
}
