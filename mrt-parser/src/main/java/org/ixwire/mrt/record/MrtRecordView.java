package org.ixwire.mrt.record;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.ixwire.mrt.MrtDecodeException;

/**
 * A reusable flyweight over one framed MRT record: the common header (RFC 6396 §2), the microsecond
 * timestamp of the {@code _ET} types (RFC 6396 §3) and the message body.
 *
 * <p>Reads with absolute indices; never touches the buffer's indices or reference count. Valid only
 * during the call that hands it out, or until the next {@link #wrap}. Typed views ({@link
 * TableDumpView}, {@link RibView}, {@link Bgp4mpView}, {@link LegacyBgpView}) wrap a record view.
 */
public final class MrtRecordView {
  /** Length of the common header (RFC 6396 §2). */
  public static final int HEADER_LENGTH = 12;

  private ByteBuf buf = Unpooled.EMPTY_BUFFER;
  private int index;
  private int bodyIndex;
  private int bodyLength;
  private long fileOffset;
  private long recordIndex;

  /** An empty view; call {@link #wrap}. */
  public MrtRecordView() {}

  /**
   * Points this view at the record whose header starts at absolute {@code index} of {@code buf}.
   * The caller (normally {@link org.ixwire.mrt.MrtReader}) has checked that the whole record, as
   * the header declares it, lies within the buffer.
   *
   * @param fileOffset the position of the header in the whole input
   * @param recordIndex the 0-based index of the record in the input
   * @return this view
   * @throws MrtDecodeException if the record is shorter than its header needs
   */
  public MrtRecordView wrap(ByteBuf buf, int index, long fileOffset, long recordIndex) {
    this.buf = buf;
    this.index = index;
    this.fileOffset = fileOffset;
    this.recordIndex = recordIndex;
    long length = buf.getUnsignedInt(index + 8);
    int headerLength = headerLength(buf.getUnsignedShort(index + 4));
    int extra = headerLength - HEADER_LENGTH;
    if (length < extra) {
      this.bodyIndex = index + HEADER_LENGTH;
      this.bodyLength = 0;
      throw error(index + 8, "header", "length " + length + " too short for the microseconds");
    }
    this.bodyIndex = index + headerLength;
    this.bodyLength = (int) (length - extra);
    return this;
  }

  /** The header length for records of type {@code type}: 16 for the {@code _ET} types, else 12. */
  public static int headerLength(int type) {
    return MrtType.hasExtendedTimestamp(type) ? HEADER_LENGTH + 4 : HEADER_LENGTH;
  }

  /** The buffer this view reads. */
  public ByteBuf buffer() {
    return buf;
  }

  /** Absolute index of the record's first header byte in {@link #buffer()}. */
  public int index() {
    return index;
  }

  /** Seconds since the Unix epoch (unsigned 32-bit). */
  public long timestamp() {
    return buf.getUnsignedInt(index);
  }

  /** Whether the record carries microseconds (the {@code _ET} types). */
  public boolean hasMicroseconds() {
    return MrtType.hasExtendedTimestamp(typeCode());
  }

  /** Microseconds of an {@code _ET} record (RFC 6396 §3), else 0. */
  public long microseconds() {
    return hasMicroseconds() ? buf.getUnsignedInt(index + HEADER_LENGTH) : 0;
  }

  /** The type code. */
  public int typeCode() {
    return buf.getUnsignedShort(index + 4);
  }

  /** The type as an open enum. */
  public MrtType type() {
    return MrtType.of(typeCode());
  }

  /** The subtype code. */
  public int subtype() {
    return buf.getUnsignedShort(index + 6);
  }

  /** The length field of the header (includes the microseconds of {@code _ET} types). */
  public long declaredLength() {
    return buf.getUnsignedInt(index + 8);
  }

  /** Absolute index of the message body (after the microseconds of {@code _ET} types). */
  public int bodyIndex() {
    return bodyIndex;
  }

  /** Length of the message body (without the microseconds of {@code _ET} types). */
  public int bodyLength() {
    return bodyLength;
  }

  /** The whole record length, header included. */
  public int recordLength() {
    return bodyIndex - index + bodyLength;
  }

  /** Position of the header in the whole (decompressed) input. */
  public long fileOffset() {
    return fileOffset;
  }

  /** 0-based index of the record in the input. */
  public long recordIndex() {
    return recordIndex;
  }

  /** {@code TYPE/SUBTYPE}, e.g. {@code TABLE_DUMP_V2/RIB_IPV4_UNICAST}. */
  public String typeName() {
    return MrtType.of(typeCode()).name() + "/" + MrtSubtype.name(typeCode(), subtype());
  }

  /**
   * An exception for a problem at absolute index {@code at} of this record, with the file offset
   * and record index filled in.
   */
  public MrtDecodeException error(int at, String context, String reason) {
    return MrtDecodeException.of(
        buf,
        at,
        index,
        bodyIndex + bodyLength,
        fileOffset + (at - index),
        recordIndex,
        typeName() + "/" + context,
        reason);
  }

  /** Throws unless {@code n} bytes at {@code at} lie within the body. */
  public void check(int at, int n, String context) {
    if (n < 0 || at < bodyIndex || (long) at + n > (long) bodyIndex + bodyLength) {
      throw error(
          Math.min(Math.max(at, bodyIndex), bodyIndex + bodyLength),
          context,
          "needs " + n + " bytes, " + Math.max(0, bodyIndex + bodyLength - at) + " remain");
    }
  }

  @Override
  public String toString() {
    return typeName() + " @" + fileOffset + " #" + recordIndex + " len=" + bodyLength;
  }
}
