package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;

/**
 * An allocation-free cursor over every path attribute in wire order, known or not (RFC 4271 §4.3):
 * call {@link #next()} and read {@link #flags()}, {@link #type()}, {@link #valueOffset()}, {@link
 * #valueLength()}. Stops at the end or where an attribute cannot be framed. Valid until the next
 * {@code wrap} of its {@link PathAttributesView}, and only while the buffer is.
 */
public final class AttributeCursor {
  private ByteBuf buf = io.netty.buffer.Unpooled.EMPTY_BUFFER;
  private int start;
  private int end;
  private int pos;
  private int header;
  private int flags;
  private int type;
  private int valueOffset;
  private int valueLength;
  private int index = -1;

  AttributeCursor wrap(ByteBuf buf, int start, int end) {
    this.buf = buf;
    this.start = start;
    this.end = end;
    reset();
    return this;
  }

  /** Moves back before the first attribute. */
  public void reset() {
    pos = start;
    index = -1;
  }

  /** Advances to the next attribute; false at the end or at an attribute that cannot be framed. */
  public boolean next() {
    if (end - pos < 3) {
      return false;
    }
    int f = buf.getUnsignedByte(pos);
    int h = (f & AttributeFlags.EXTENDED_LENGTH) != 0 ? 4 : 3;
    if (end - pos < h) {
      return false;
    }
    int len = h == 4 ? buf.getUnsignedShort(pos + 2) : buf.getUnsignedByte(pos + 2);
    if (len > end - pos - h) {
      return false;
    }
    header = pos;
    flags = f;
    type = buf.getUnsignedByte(pos + 1);
    valueOffset = pos + h;
    valueLength = len;
    pos = valueOffset + len;
    index++;
    return true;
  }

  /** Zero-based index of the current attribute. */
  public int index() {
    return index;
  }

  /** The current attribute's flags. */
  public int flags() {
    return flags;
  }

  /** The current attribute's type code. */
  public int type() {
    return type;
  }

  /** Absolute offset of the current attribute's flags byte. */
  public int headerOffset() {
    return header;
  }

  /** Length of the whole attribute (header and value). */
  public int totalLength() {
    return valueOffset + valueLength - header;
  }

  /** Absolute offset of the current attribute's value. */
  public int valueOffset() {
    return valueOffset;
  }

  /** Length of the current attribute's value. */
  public int valueLength() {
    return valueLength;
  }

  /** The buffer the cursor reads. */
  public ByteBuf buffer() {
    return buf;
  }
}
