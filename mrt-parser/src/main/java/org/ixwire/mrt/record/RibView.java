package org.ixwire.mrt.record;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * A reusable flyweight over a TABLE_DUMP_V2 RIB record (RFC 6396 §4.3.2, §4.3.3; RFC 8050 §4): the
 * AFI/SAFI-specific subtypes (IPv4/IPv6 unicast/multicast, with or without ADD-PATH) and
 * RIB_GENERIC(_ADDPATH). The entries are read through a reused {@link RibEntryView} cursor:
 *
 * <pre>{@code
 * RibEntryView e = rib.wrap(record).entries();
 * while (e.next()) { int peer = e.peerIndex(); ... }
 * }</pre>
 *
 * <p>Entries' attributes use 4-byte AS numbers and the abbreviated MP_REACH_NLRI (RFC 6396 §4.3.4),
 * see {@link #sessionOptions()}. Valid until the next {@link #wrap}.
 */
public final class RibView {
  /** Options for entry attributes: 4-byte AS, abbreviated MP_REACH_NLRI. */
  public static final BgpSessionOptions ATTRIBUTE_OPTIONS =
      BgpSessionOptions.builder().fourOctetAs(true).abbreviatedMpReach(true).build();

  private MrtRecordView record = new MrtRecordView();
  private final RibEntryView entries = new RibEntryView(this);
  private int afi;
  private int safi;
  private boolean generic;
  private boolean addPath;
  private int nlriIndex;
  private int nlriLength;
  private int entryCount;
  private int entriesIndex;

  /** An empty view; call {@link #wrap}. */
  public RibView() {}

  /** Whether {@code subtype} of TABLE_DUMP_V2 is a RIB subtype this view reads. */
  public static boolean isRib(int subtype) {
    return subtype >= 2 && subtype <= 12 && subtype != 7;
  }

  /**
   * Points this view at a TABLE_DUMP_V2 RIB record.
   *
   * @return this view
   * @throws org.ixwire.mrt.MrtDecodeException if the subtype is not a RIB subtype or the fixed part
   *     or NLRI is truncated (entries are checked as the cursor reaches them)
   */
  public RibView wrap(MrtRecordView record) {
    this.record = record;
    int st = record.subtype();
    if (!isRib(st)) {
      throw record.error(record.index() + 6, "header", "not a RIB subtype: " + st);
    }
    ByteBuf buf = record.buffer();
    int i = record.bodyIndex();
    generic = st == MrtSubtype.RIB_GENERIC || st == MrtSubtype.RIB_GENERIC_ADDPATH;
    addPath = st >= MrtSubtype.RIB_IPV4_UNICAST_ADDPATH;
    if (generic) {
      record.check(i, 7, "header");
      afi = buf.getUnsignedShort(i + 4);
      safi = buf.getUnsignedByte(i + 6);
      nlriIndex = i + 7;
      nlriLength = GenericNlri.length(record, nlriIndex, afi, safi, addPath);
    } else {
      int base = addPath ? st - 6 : st;
      afi = base <= 3 ? 1 : 2;
      safi = base == 2 || base == 4 ? 1 : 2;
      record.check(i, 5, "prefix");
      int bits = buf.getUnsignedByte(i + 4);
      int max = afi == 1 ? 32 : 128;
      if (bits > max) {
        throw record.error(i + 4, "prefix", "prefix length " + bits + " exceeds " + max);
      }
      nlriIndex = i + 4;
      nlriLength = 1 + ((bits + 7) >>> 3);
      record.check(nlriIndex, nlriLength, "prefix");
    }
    int c = nlriIndex + nlriLength;
    record.check(c, 2, "entry count");
    entryCount = buf.getUnsignedShort(c);
    entriesIndex = c + 2;
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

  /** SEQUENCE_NUMBER. */
  public long sequence() {
    return buffer().getUnsignedInt(record.bodyIndex());
  }

  /** AFI: from the subtype, or the RIB_GENERIC field. */
  public int afi() {
    return afi;
  }

  /** SAFI: from the subtype, or the RIB_GENERIC field. */
  public int safi() {
    return safi;
  }

  /** Whether this is RIB_GENERIC or RIB_GENERIC_ADDPATH. */
  public boolean isGeneric() {
    return generic;
  }

  /** Whether this is an RFC 8050 ADD-PATH subtype. */
  public boolean isAddPath() {
    return addPath;
  }

  /**
   * Absolute index of the NLRI: for the AFI/SAFI-specific subtypes the prefix length octet followed
   * by the prefix bytes; for RIB_GENERIC the single NLRI as on the wire (with its path identifier
   * for RIB_GENERIC_ADDPATH).
   */
  public int nlriIndex() {
    return nlriIndex;
  }

  /** Length of the NLRI in bytes. */
  public int nlriLength() {
    return nlriLength;
  }

  /** Prefix length in bits of an AFI/SAFI-specific RIB (the first NLRI byte). */
  public int prefixLength() {
    return buffer().getUnsignedByte(nlriIndex);
  }

  /** Absolute index of the prefix bytes of an AFI/SAFI-specific RIB. */
  public int prefixIndex() {
    return nlriIndex + 1;
  }

  /** Entry count field. */
  public int entryCount() {
    return entryCount;
  }

  /** The options to decode entry attributes with. */
  public BgpSessionOptions sessionOptions() {
    return ATTRIBUTE_OPTIONS;
  }

  /** The entry cursor, positioned before the first entry (the same object each time). */
  public RibEntryView entries() {
    entries.reset(entriesIndex, entryCount, addPath && !generic);
    return entries;
  }
}
