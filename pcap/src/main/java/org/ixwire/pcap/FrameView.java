package org.ixwire.pcap;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * One captured frame (a classic pcap record or a pcapng EPB/SPB/OPB), as a reused flyweight.
 *
 * <p>Valid only until the next {@link PcapReader#next()} or {@link PcapReader#close()}: the bytes
 * live in the reader's reusable buffer. {@link #buffer()} with {@link #dataOffset()} and {@link
 * #capturedLength()} address them without allocation; {@link #data()} is a convenience slice. Both
 * are borrowed: never release them.
 */
public final class FrameView {
  /** Value of {@link #timestampNanos()} for a pcapng Simple Packet Block, which has none. */
  public static final long NO_TIMESTAMP = Long.MIN_VALUE;

  private ByteBuf buffer = Unpooled.EMPTY_BUFFER;
  private int dataOffset;
  private int capturedLength;
  private long originalLength;
  private long timestampNanos;
  private long frameNumber;
  private int interfaceId;
  private LinkType linkType = LinkType.ETHERNET;
  private long fileOffset;

  FrameView() {}

  void set(
      ByteBuf buffer,
      int dataOffset,
      int capturedLength,
      long originalLength,
      long timestampNanos,
      long frameNumber,
      int interfaceId,
      LinkType linkType,
      long fileOffset) {
    this.buffer = buffer;
    this.dataOffset = dataOffset;
    this.capturedLength = capturedLength;
    this.originalLength = originalLength;
    this.timestampNanos = timestampNanos;
    this.frameNumber = frameNumber;
    this.interfaceId = interfaceId;
    this.linkType = linkType;
    this.fileOffset = fileOffset;
  }

  /** Frame number, 1-based, counting every packet record of the file (as tshark numbers them). */
  public long frameNumber() {
    return frameNumber;
  }

  /**
   * Capture time in nanoseconds since the Unix epoch (UTC), converted from the file's resolution
   * (pcap: µs or ns; pcapng: {@code if_tsresol}, powers of 10 or 2, plus {@code if_tsoffset}), or
   * {@link #NO_TIMESTAMP} for a pcapng Simple Packet Block.
   */
  public long timestampNanos() {
    return timestampNanos;
  }

  /** Interface index within the pcapng section (always 0 for classic pcap). */
  public int interfaceId() {
    return interfaceId;
  }

  /** Link-layer type of the frame's interface. */
  public LinkType linkType() {
    return linkType;
  }

  /** Bytes present in the file (caplen). */
  public int capturedLength() {
    return capturedLength;
  }

  /** Length of the frame on the wire (origlen); larger than captured when the snaplen cut it. */
  public long originalLength() {
    return originalLength;
  }

  /** Absolute file offset of the record (pcap record header, or pcapng block start). */
  public long fileOffset() {
    return fileOffset;
  }

  /** The reader's buffer holding the frame at {@link #dataOffset()}; borrowed, do not release. */
  public ByteBuf buffer() {
    return buffer;
  }

  /** Absolute index of the first frame byte in {@link #buffer()}. */
  public int dataOffset() {
    return dataOffset;
  }

  /** A slice of the frame bytes (allocates a small wrapper); borrowed, do not release. */
  public ByteBuf data() {
    return buffer.slice(dataOffset, capturedLength);
  }

  @Override
  public String toString() {
    return "Frame#"
        + frameNumber
        + "[if="
        + interfaceId
        + " "
        + linkType
        + " ts="
        + timestampNanos
        + " caplen="
        + capturedLength
        + " len="
        + originalLength
        + "]";
  }
}
