package org.ixwire.mrt.record;

import io.netty.buffer.ByteBuf;

/**
 * A cursor over the RIB entries of a {@link RibView} (RFC 6396 §4.3.4; RFC 8050 §4.1 adds the path
 * identifier). Reused: valid until the owning view is wrapped again.
 */
public final class RibEntryView {
  private final RibView rib;
  private int next;
  private int remaining;
  private boolean pathIds;
  private int ordinal = -1;
  private int index;
  private int attributesIndex;
  private int attributesLength;

  RibEntryView(RibView rib) {
    this.rib = rib;
  }

  void reset(int first, int count, boolean pathIds) {
    this.next = first;
    this.remaining = count;
    this.pathIds = pathIds;
    this.ordinal = -1;
  }

  /**
   * Moves to the next entry.
   *
   * @return false after the last entry
   * @throws org.ixwire.mrt.MrtDecodeException if the entry is truncated
   */
  public boolean next() {
    if (remaining == 0) {
      return false;
    }
    MrtRecordView r = rib.record();
    ByteBuf buf = r.buffer();
    ordinal++;
    int fixed = pathIds ? 12 : 8;
    int end = r.bodyIndex() + r.bodyLength();
    if (end - next < fixed) {
      r.check(next, fixed, "entry[" + ordinal + "]"); // throws, with the context built only now
    }
    index = next;
    attributesLength = buf.getUnsignedShort(next + fixed - 2);
    attributesIndex = next + fixed;
    if (end - attributesIndex < attributesLength) {
      r.check(attributesIndex, attributesLength, "entry[" + ordinal + "]/attributes");
    }
    next = attributesIndex + attributesLength;
    remaining--;
    return true;
  }

  /** 0-based position of the current entry in the record. */
  public int ordinal() {
    return ordinal;
  }

  /** The RIB view. */
  public RibView rib() {
    return rib;
  }

  /** PEER_INDEX into the current {@link PeerIndexTable}. */
  public int peerIndex() {
    return rib.buffer().getUnsignedShort(index);
  }

  /** ORIGINATED_TIME, seconds since the epoch. */
  public long originatedTime() {
    return rib.buffer().getUnsignedInt(index + 2);
  }

  /** Whether the entry carries a path identifier (AFI/SAFI-specific ADD-PATH subtypes). */
  public boolean hasPathId() {
    return pathIds;
  }

  /** The RFC 8050 path identifier, or 0 when there is none. */
  public long pathId() {
    return pathIds ? rib.buffer().getUnsignedInt(index + 6) : 0;
  }

  /** Absolute index of the entry's path attributes. */
  public int attributesIndex() {
    return attributesIndex;
  }

  /** Length of the entry's path attributes. */
  public int attributesLength() {
    return attributesLength;
  }
}
