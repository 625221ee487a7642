package org.ixwire.mrt.record;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.nlri.IpAddress;

/**
 * A reusable flyweight over a TABLE_DUMP record (RFC 6396 §4.2): one RIB entry with its prefix,
 * peer and path attributes. Subtypes 1 (IPv4) and 2 (IPv6), and bgpdump's 3 and 4 with a 4-byte
 * peer AS. Attributes use 2-byte AS numbers except in subtypes 3 and 4 (see {@link
 * #sessionOptions()}).
 *
 * <p>Valid until the next {@link #wrap}; reads the record's buffer with absolute indices.
 */
public final class TableDumpView {
  private MrtRecordView record = new MrtRecordView();
  private int addressLength;
  private boolean as4;
  private int prefixIndex;
  private int peerIndex;
  private int attributesIndex;
  private int attributesLength;

  /** An empty view; call {@link #wrap}. */
  public TableDumpView() {}

  /**
   * Points this view at a TABLE_DUMP record.
   *
   * @return this view
   * @throws org.ixwire.mrt.MrtDecodeException if the subtype is unknown or the entry is truncated
   */
  public TableDumpView wrap(MrtRecordView record) {
    this.record = record;
    int subtype = record.subtype();
    if (subtype < 1 || subtype > 4) {
      throw record.error(record.index() + 6, "header", "unknown TABLE_DUMP subtype " + subtype);
    }
    addressLength = subtype == 1 || subtype == 3 ? 4 : 16;
    as4 = subtype >= 3;
    ByteBuf buf = record.buffer();
    int i = record.bodyIndex();
    int fixed = 4 + addressLength + 2 + 4 + addressLength + (as4 ? 4 : 2) + 2;
    record.check(i, fixed, "entry");
    prefixIndex = i + 4;
    peerIndex = prefixIndex + addressLength + 2 + 4;
    int lenIndex = peerIndex + addressLength + (as4 ? 4 : 2);
    attributesLength = buf.getUnsignedShort(lenIndex);
    attributesIndex = lenIndex + 2;
    record.check(attributesIndex, attributesLength, "attributes");
    return this;
  }

  /** The record this view wraps. */
  public MrtRecordView record() {
    return record;
  }

  /** The buffer. */
  public ByteBuf buffer() {
    return record.buffer();
  }

  /** VIEW_NUM. */
  public int viewNumber() {
    return buffer().getUnsignedShort(record.bodyIndex());
  }

  /** SEQUENCE_NUM. */
  public int sequence() {
    return buffer().getUnsignedShort(record.bodyIndex() + 2);
  }

  /** 4 for IPv4 subtypes, 16 for IPv6. */
  public int addressLength() {
    return addressLength;
  }

  /** Whether the peer AS and the attributes' AS numbers are 4 bytes (subtypes 3 and 4). */
  public boolean fourOctetAs() {
    return as4;
  }

  /** The options to decode the attributes with: 2-byte AS unless {@link #fourOctetAs()}. */
  public BgpSessionOptions sessionOptions() {
    return as4 ? BgpSessionOptions.AS4 : BgpSessionOptions.DEFAULT;
  }

  /** Absolute index of the prefix address ({@link #addressLength()} bytes). */
  public int prefixIndex() {
    return prefixIndex;
  }

  /** Prefix length in bits (not validated). */
  public int prefixLength() {
    return buffer().getUnsignedByte(prefixIndex + addressLength);
  }

  /** STATUS (RFC 6396: unused, 1). */
  public int status() {
    return buffer().getUnsignedByte(prefixIndex + addressLength + 1);
  }

  /** ORIGINATED TIME, seconds since the epoch. */
  public long originatedTime() {
    return buffer().getUnsignedInt(prefixIndex + addressLength + 2);
  }

  /** Absolute index of the peer address ({@link #addressLength()} bytes). */
  public int peerAddressIndex() {
    return peerIndex;
  }

  /** The peer address (allocates). */
  public IpAddress peerAddress() {
    return IpAddress.read(buffer(), peerIndex, addressLength);
  }

  /** The peer AS. */
  public long peerAs() {
    int i = peerIndex + addressLength;
    return as4 ? buffer().getUnsignedInt(i) : buffer().getUnsignedShort(i);
  }

  /** Absolute index of the path attributes. */
  public int attributesIndex() {
    return attributesIndex;
  }

  /** Length of the path attributes. */
  public int attributesLength() {
    return attributesLength;
  }

  /** Bytes of the record after the attributes (old RIS dumps pack further entries there). */
  public int trailingBytes() {
    return record.bodyIndex() + record.bodyLength() - attributesIndex - attributesLength;
  }
}
