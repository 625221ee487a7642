package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.internal.Wire;

/**
 * An allocation-free cursor over every path attribute in wire order, known or not (RFC 4271 §4.3):
 * call {@link #next()} and read {@link #flags()}, {@link #type()}, {@link #valueOffset()}, {@link
 * #valueLength()}. Stops at the end or where an attribute cannot be framed. Valid until the next
 * {@code wrap} of its {@link PathAttributesView}, and only while the buffer is.
 */
public final class AttributeCursor {
  private Wire wire = new Wire(); // the view's: what it loaded, and from which buffer
  private int[] values = new int[0]; // value offset of each attribute, relative (Wire)
  private int[] metas = new int[0];
  private int count;
  // the current attribute's flags << 24 | type << 16 | value length, which the accessors decode
  // (a step stores it and the index, nothing else); its header offset is read when asked for
  private int meta;
  private int index = -1;

  /** Iterates the attributes the view framed (no re-reading of the field). */
  AttributeCursor wrap(Wire wire, int[] values, int[] metas, int count) {
    // the same three on every call but the first and after growth: a compare is cheaper than a
    // reference store with its GC barriers
    if (this.values != values || this.metas != metas || this.wire != wire) {
      this.wire = wire;
      this.values = values;
      this.metas = metas;
    }
    this.count = count;
    reset();
    return this;
  }

  /** Moves back before the first attribute. */
  public void reset() {
    index = -1;
    meta = 0;
  }

  /** Advances to the next attribute; false after the last one that could be framed. */
  public boolean next() {
    int i = index + 1;
    if (i >= count) {
      return false;
    }
    index = i;
    meta = metas[i];
    return true;
  }

  /** Zero-based index of the current attribute. */
  public int index() {
    return index;
  }

  /** The current attribute's flags. */
  public int flags() {
    return meta >>> 24;
  }

  /** The current attribute's type code. */
  public int type() {
    return (meta >>> 16) & 0xff;
  }

  /** Absolute offset of the current attribute's flags byte. */
  public int headerOffset() {
    return index < 0 ? 0 : valueOffset() - headerLength();
  }

  /** Length of the whole attribute (header and value). */
  public int totalLength() {
    return valueOffset() + valueLength() - headerOffset();
  }

  /** Absolute offset of the current attribute's value. */
  public int valueOffset() {
    return index < 0 ? 3 : values[index] + wire.origin(); // before next(): 0 + a 3-byte header
  }

  private int headerLength() {
    return (meta & AttributeFlags.EXTENDED_LENGTH << 24) != 0 ? 4 : 3;
  }

  /** Length of the current attribute's value. */
  public int valueLength() {
    return meta & 0xffff;
  }

  /** The buffer the cursor reads. */
  public ByteBuf buffer() {
    return wire.buffer();
  }
}
