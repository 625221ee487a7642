package org.ixwire.sflow.record;

import io.netty.buffer.ByteBuf;

/**
 * Reusable flyweight over one flow or counter record (sFlow v5 §5.4/§5.5: data_format, length,
 * body) in a borrowed buffer. Valid only during the visitor call that hands it out. Reads use
 * absolute indices; the buffer's indices and reference count are never touched. Allocation-free.
 */
public final class RecordView {
  private ByteBuf buf;
  private DataFormat.Kind kind = DataFormat.Kind.FLOW;
  private int tag;
  private int bodyOffset;
  private int bodyLength;
  private int index;

  /** Creates an unwrapped view (for the decoder and tests). */
  public RecordView() {
    this.buf = io.netty.buffer.Unpooled.EMPTY_BUFFER;
  }

  /** Points the view at a record whose 8-byte header starts at {@code headerOffset}. */
  public RecordView wrap(
      ByteBuf buf, DataFormat.Kind kind, int headerOffset, int bodyLength, int index) {
    this.buf = buf;
    this.kind = kind;
    this.tag = buf.getInt(headerOffset);
    this.bodyOffset = headerOffset + 8;
    this.bodyLength = bodyLength;
    this.index = index;
    return this;
  }

  /** The buffer this view reads. */
  public ByteBuf buffer() {
    return buf;
  }

  /** Flow or counter record. */
  public DataFormat.Kind kind() {
    return kind;
  }

  /** The 32-bit data_format tag. */
  public int tag() {
    return tag;
  }

  /** The 20-bit enterprise. */
  public int enterprise() {
    return tag >>> 12;
  }

  /** The 12-bit format. */
  public int format() {
    return tag & 0xfff;
  }

  /** The format as an open-enum value (may allocate for unknown formats). */
  public DataFormat dataFormat() {
    return DataFormat.ofTag(kind, tag);
  }

  /** Position of this record in its sample. */
  public int index() {
    return index;
  }

  /** Absolute index of the record body. */
  public int bodyOffset() {
    return bodyOffset;
  }

  /** Length of the record body as declared. */
  public int bodyLength() {
    return bodyLength;
  }

  /** True for enterprise 0 with the given format number. */
  public boolean is(int standardFormat) {
    return tag == standardFormat;
  }

  /** An unsigned 32-bit word at {@code relative} bytes into the body, or -1 when out of range. */
  public long u32(int relative) {
    if (relative < 0 || relative + 4 > bodyLength) {
      return -1;
    }
    return buf.getUnsignedInt(bodyOffset + relative);
  }

  /** A 64-bit word at {@code relative} bytes into the body, or 0 when out of range. */
  public long u64(int relative) {
    if (relative < 0 || relative + 8 > bodyLength) {
      return 0;
    }
    return buf.getLong(bodyOffset + relative);
  }

  // sampled_header (0:1): header_protocol, frame_length, stripped, header<>

  /**
   * True when this is a well-formed sampled_header (0:1) record whose header bytes fit in the body.
   */
  public boolean isSampledHeader() {
    return tag == 1 && bodyLength >= 16 && buf.getUnsignedInt(bodyOffset + 12) <= bodyLength - 16;
  }

  /** sampled_header: header protocol (1 = Ethernet, 11 = IPv4, 12 = IPv6, …). */
  public int headerProtocol() {
    return buf.getInt(bodyOffset);
  }

  /** sampled_header: original frame length. */
  public long frameLength() {
    return buf.getUnsignedInt(bodyOffset + 4);
  }

  /** sampled_header: bytes stripped from the frame (e.g. FCS). */
  public long stripped() {
    return buf.getUnsignedInt(bodyOffset + 8);
  }

  /** sampled_header: number of header bytes (check {@link #isSampledHeader()} first). */
  public int headerLength() {
    return buf.getInt(bodyOffset + 12);
  }

  /** sampled_header: absolute index of the first header byte. */
  public int headerOffset() {
    return bodyOffset + 16;
  }

  /** extended_switch (0:1001): source VLAN, or -1 when this is not one. */
  public long switchSrcVlan() {
    return tag == 1001 ? u32(0) : -1;
  }

  /** extended_switch (0:1001): destination VLAN, or -1 when this is not one. */
  public long switchDstVlan() {
    return tag == 1001 ? u32(8) : -1;
  }
}
