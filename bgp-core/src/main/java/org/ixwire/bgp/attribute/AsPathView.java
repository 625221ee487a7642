package org.ixwire.bgp.attribute;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableLongArray;
import io.netty.buffer.ByteBuf;
import java.util.Objects;
import org.ixwire.bgp.internal.Wire;

/**
 * An allocation-free cursor over an AS_PATH or AS4_PATH value (RFC 4271 §4.3, RFC 6793): call
 * {@link #nextSegment()} and read {@link #segmentType()}, {@link #segmentLength()} and {@link
 * #asn(int)}. The value must have been validated (as {@link PathAttributesView} does). Valid until
 * the next {@code wrap}, and only while the wrapped buffer is.
 */
public final class AsPathView {
  private final Wire own = new Wire(); // the bytes when wrapped on its own
  private Wire wire = own; // own, or the enclosing view's when wrapped as part of it
  // wire's array as of the last wrap: a read loads it from here (through wire, it would take
  // two loads)
  private byte[] mem = own.array();
  private int start;
  private int end;
  private int width;
  private int pos;
  private int segOffset = -1;
  private int segType;
  private int segLength;

  /**
   * Wraps the value bytes {@code [offset, offset+length)}.
   *
   * @param asnWidth 2 or 4
   * @return this view
   * @throws IllegalArgumentException when {@code asnWidth} is neither 2 nor 4
   */
  public AsPathView wrap(ByteBuf buf, int offset, int length, int asnWidth) {
    if (asnWidth != 2 && asnWidth != 4) {
      throw new IllegalArgumentException("ASN width " + asnWidth + " is neither 2 nor 4");
    }
    wire = own.load(buf, offset, length);
    return init(0, length, asnWidth); // positions are relative to the loaded range (Wire)
  }

  /** Wraps bytes its caller has loaded already. */
  AsPathView wrap(Wire loaded, int offset, int length, int asnWidth) {
    if (wire != loaded) {
      wire = loaded;
    }
    return init(offset, length, asnWidth);
  }

  private AsPathView init(int offset, int length, int asnWidth) {
    byte[] a = wire.array(); // the same but after growth: compared (a store costs GC barriers)
    if (mem != a) {
      mem = a;
    }
    this.start = offset;
    this.end = offset + length;
    this.width = asnWidth;
    reset();
    return this;
  }

  /** Moves back before the first segment. */
  public void reset() {
    pos = start;
    segOffset = -1;
    segType = 0;
    segLength = 0;
  }

  /** Whether the path has no segment. */
  public boolean isEmpty() {
    return start >= end;
  }

  /** Advances to the next segment; false at the end (or at a malformed tail). */
  public boolean nextSegment() {
    if (end - pos < 2) {
      return false;
    }
    int n = Wire.u8(mem, pos + 1);
    if (n * width > end - pos - 2) {
      return false;
    }
    segOffset = pos + 2;
    segType = Wire.u8(mem, pos);
    segLength = n;
    pos = segOffset + n * width;
    return true;
  }

  /**
   * The current segment's type (1 AS_SET, 2 AS_SEQUENCE, 3 AS_CONFED_SEQUENCE, 4 AS_CONFED_SET).
   */
  public int segmentType() {
    return segType;
  }

  /** The number of ASNs in the current segment. */
  public int segmentLength() {
    return segLength;
  }

  /**
   * ASN {@code i} of the current segment (unsigned).
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i <} {@link #segmentLength()}
   */
  public long asn(int i) {
    // a constant scale in each branch, so that C2 can drop the range checks of a loop over i
    if (width == 4) {
      return Wire.u32(mem, segOffset + 4 * Objects.checkIndex(i, segLength));
    }
    return Wire.u16(mem, segOffset + 2 * Objects.checkIndex(i, segLength));
  }

  /** Path length for route selection: AS_SEQUENCE ASNs count one each, AS_SET one, confed none. */
  public int pathLength() {
    int save = pos;
    int saveSeg = segOffset;
    int saveType = segType;
    int saveLen = segLength;
    reset();
    int n = 0;
    while (nextSegment()) {
      if (segType == AsPath.AS_SEQUENCE) {
        n += segLength;
      } else if (segType == AsPath.AS_SET) {
        n++;
      }
    }
    pos = save;
    segOffset = saveSeg;
    segType = saveType;
    segLength = saveLen;
    return n;
  }

  /** The origin AS (last ASN when the last segment is an AS_SEQUENCE), or -1. */
  public long originAs() {
    reset();
    long origin = -1;
    while (nextSegment()) {
      origin = segType == AsPath.AS_SEQUENCE && segLength > 0 ? asn(segLength - 1) : -1;
    }
    reset();
    return origin;
  }

  /** The whole path as a value (allocates). */
  public AsPath toValue() {
    reset();
    ImmutableList.Builder<AsPath.Segment> b = ImmutableList.builder();
    while (nextSegment()) {
      ImmutableLongArray.Builder a = ImmutableLongArray.builder(segLength);
      for (int i = 0; i < segLength; i++) {
        a.add(asn(i));
      }
      b.add(new AsPath.Segment(segType, a.build()));
    }
    reset();
    return new AsPath(b.build());
  }
}
