package org.ixwire.mrt;

import io.netty.buffer.ByteBuf;
import java.io.Closeable;
import java.util.function.Consumer;
import org.ixwire.bgp.BgpDecodeException;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.bgp.nlri.NlriCursor;
import org.ixwire.mrt.record.Bgp4mpView;
import org.ixwire.mrt.record.LegacyBgpView;
import org.ixwire.mrt.record.MrtRecordView;
import org.ixwire.mrt.record.MrtSubtype;
import org.ixwire.mrt.record.PeerIndexTable;
import org.ixwire.mrt.record.RibEntryView;
import org.ixwire.mrt.record.RibView;
import org.ixwire.mrt.record.TableDumpView;
import org.jspecify.annotations.Nullable;

/**
 * Flattens an MRT input into route elements, one per prefix and peer: every RIB entry of TABLE_DUMP
 * and TABLE_DUMP_V2 (all RIB subtypes, RIB_GENERIC and multicast included), every withdrawal and
 * announcement of BGP4MP/BGP4MP_ET and legacy BGP UPDATEs (classic fields and MP_(UN)REACH_NLRI of
 * any family bgp-core frames). BGP content is decoded by bgp-core with the session options the
 * record subtype implies.
 *
 * <pre>{@code
 * try (RouteElementReader r = new RouteElementReader(MrtReader.open(path))) {
 *   r.filter(ElementFilter.originAs(13335));
 *   while (r.next()) {
 *     RouteElementView e = r.element();
 *   }
 * }
 * }</pre>
 *
 * <p>UPDATEs of the plain BGP4MP subtypes whose NLRI only parse with path identifiers (BIRD writes
 * ADD-PATH NLRI there) are read as ADD-PATH and counted in {@link #addPathGuesses()}.
 *
 * <p>Allocation-free per element on the view path. A record whose content cannot be framed, or a
 * RIB entry naming a peer the PEER_INDEX_TABLE lacks, goes to the {@link #errors(Consumer)} sink
 * and is skipped; framing damage is in {@link MrtReader#damage()}. Not thread-safe.
 */
public final class RouteElementReader implements Closeable {
  private enum Phase {
    IDLE,
    SINGLE,
    RIB,
    WITHDRAWN,
    MP_UNREACH,
    NLRI,
    MP_REACH
  }

  private final MrtReader reader;
  private final RouteElementView e = new RouteElementView();
  private final TableDumpView tableDump = new TableDumpView();
  private final RibView rib = new RibView();
  private final Bgp4mpView bgp4mp = new Bgp4mpView();
  private final LegacyBgpView legacy = new LegacyBgpView();
  private final UpdateView update = new UpdateView();
  private final PathAttributesView ribAttributes = new PathAttributesView();
  private final NlriCursor genericNlri = new NlriCursor();
  private @Nullable PeerIndexTable peers;
  private ElementFilter filter = ElementFilter.ALL;
  private Consumer<MrtDecodeException> errors = x -> {};
  private Phase phase = Phase.IDLE;
  private @Nullable RibEntryView entries;
  private @Nullable NlriCursor cursor;
  private long errorCount;
  private long skippedRecords;
  private long addPathGuesses;

  /** Reads the records of {@code reader}, taking ownership ({@link #close()} closes it). */
  public RouteElementReader(MrtReader reader) {
    this.reader = reader;
  }

  /** Only elements {@code filter} accepts are returned. */
  public RouteElementReader filter(ElementFilter filter) {
    this.filter = filter;
    return this;
  }

  /** Where undecodable records and entries are reported (default: counted only). */
  public RouteElementReader errors(Consumer<MrtDecodeException> sink) {
    this.errors = sink;
    return this;
  }

  /** The record reader (for {@link MrtReader#damage()}). */
  public MrtReader records() {
    return reader;
  }

  /** Records and entries that could not be decoded so far. */
  public long errorCount() {
    return errorCount;
  }

  /** Records of types and subtypes that carry no routes this reader knows (counted, skipped). */
  public long skippedRecords() {
    return skippedRecords;
  }

  /** The current element; valid until the next call to {@link #next()}. */
  public RouteElementView element() {
    return e;
  }

  /** Advances to the next element the filter accepts; false at the end of input. */
  public boolean next() {
    while (true) {
      if (phase == Phase.IDLE) {
        if (!reader.next()) {
          return false;
        }
        MrtRecordView r = reader.record();
        if (!filter.acceptsRecord(r)) {
          continue;
        }
        try {
          startRecord(r);
        } catch (MrtDecodeException x) {
          error(x);
          phase = Phase.IDLE;
        } catch (BgpDecodeException x) {
          error(r.error(x.offset(), "BGP message", String.valueOf(x.getMessage())));
          phase = Phase.IDLE;
        }
        continue;
      }
      boolean have;
      try {
        have = advance();
      } catch (MrtDecodeException x) {
        error(x);
        phase = Phase.IDLE;
        continue;
      }
      if (have && filter.test(e)) {
        return true;
      }
    }
  }

  private void error(MrtDecodeException x) {
    errorCount++;
    errors.accept(x);
  }

  private void startRecord(MrtRecordView r) {
    e.record = r;
    e.timestamp = r.timestamp();
    e.microseconds = r.microseconds();
    e.pathId = Nlri.NO_PATH_ID;
    ByteBuf buf = r.buffer();
    switch (r.typeCode()) {
      case 12:
        {
          TableDumpView v = tableDump.wrap(r);
          e.type = ElementType.RIB;
          e.peerLength = v.addressLength();
          buf.getBytes(v.peerAddressIndex(), e.peer, 0, e.peerLength);
          e.peerAs = v.peerAs();
          e.afi = v.addressLength() == 4 ? 1 : 2;
          e.safi = 1;
          setPrefix(buf, v.prefixIndex(), Math.min(v.prefixLength(), v.addressLength() * 8));
          ribAttributes.wrap(buf, v.attributesIndex(), v.attributesLength(), v.sessionOptions());
          e.attributes = ribAttributes;
          phase = Phase.SINGLE;
          return;
        }
      case 13:
        startTableDumpV2(r);
        return;
      case 16:
      case 17:
        {
          int st = r.subtype();
          if (!Bgp4mpView.isSupported(st)
              || st == MrtSubtype.BGP4MP_STATE_CHANGE
              || st == MrtSubtype.BGP4MP_STATE_CHANGE_AS4) {
            skippedRecords += Bgp4mpView.isSupported(st) ? 0 : 1;
            return;
          }
          Bgp4mpView v = bgp4mp.wrap(r);
          if (v.messageType() != 2) {
            return;
          }
          boolean local = v.isLocal();
          e.peerLength = v.addressLength();
          buf.getBytes(
              local ? v.localAddressIndex() : v.peerAddressIndex(), e.peer, 0, e.peerLength);
          e.peerAs = local ? v.localAs() : v.peerAs();
          int len = buf.getUnsignedShort(v.messageIndex() + 16);
          if (len > v.messageLength()) {
            throw r.error(
                v.messageIndex() + 16, "message", "BGP length " + len + " exceeds record");
          }
          update.wrap(buf, v.messageIndex(), len, v.sessionOptions());
          if (!v.isAddPath() && !clean(update)) {
            guessAddPath(buf, v.messageIndex(), len, v);
          }
          startUpdate();
          return;
        }
      case 5:
        {
          if (r.subtype() != MrtSubtype.BGP_UPDATE) {
            return;
          }
          LegacyBgpView v = legacy.wrap(r);
          e.peerLength = 4;
          buf.getBytes(v.peerAddressIndex(), e.peer, 0, 4);
          e.peerAs = v.peerAs();
          update.wrapBody(buf, v.messageBodyIndex(), v.messageBodyLength(), v.sessionOptions());
          startUpdate();
          return;
        }
      default:
        skippedRecords++;
    }
  }

  /** Whether every NLRI field of the UPDATE parses and no attribute had to be dropped. */
  private static boolean clean(UpdateView u) {
    PathAttributesView a = u.attributes();
    return u.action() == ErrorAction.NONE
        && u.withdrawn().validate()
        && u.nlri().validate()
        && (!a.hasMpReach() || a.mpReachNlri().validate())
        && (!a.hasMpUnreach() || a.mpUnreachNlri().validate());
  }

  /**
   * Re-reads an UPDATE of a plain subtype whose NLRI do not parse as ADD-PATH NLRI (RFC 7911), as
   * BIRD writes them; keeps that reading only if it is clean.
   */
  private void guessAddPath(ByteBuf buf, int index, int len, Bgp4mpView v) {
    try {
      update.wrap(buf, index, len, v.sessionOptions(true));
      if (clean(update)) {
        addPathGuesses++;
        return;
      }
    } catch (BgpDecodeException x) {
      // fall back to the plain reading
    }
    update.wrap(buf, index, len, v.sessionOptions(false));
  }

  /** UPDATEs of plain subtypes that parsed only as ADD-PATH NLRI (and were read that way). */
  public long addPathGuesses() {
    return addPathGuesses;
  }

  private void startTableDumpV2(MrtRecordView r) {
    int st = r.subtype();
    if (st == MrtSubtype.PEER_INDEX_TABLE) {
      peers = PeerIndexTable.decode(r);
      return;
    }
    if (!RibView.isRib(st)) {
      return; // GEO_PEER_TABLE: no routes
    }
    if (peers == null) {
      throw r.error(r.bodyIndex(), "RIB", "no PEER_INDEX_TABLE before this RIB record");
    }
    RibView v = rib.wrap(r);
    e.type = ElementType.RIB;
    e.afi = v.afi();
    e.safi = v.safi();
    ByteBuf buf = r.buffer();
    if (v.isGeneric()) {
      NlriCursor c =
          genericNlri.wrap(buf, v.nlriIndex(), v.nlriLength(), v.afi(), v.safi(), v.isAddPath());
      if (c.isRaw() || !c.next()) {
        throw r.error(v.nlriIndex(), "RIB_GENERIC/nlri", "cannot decode the NLRI of this family");
      }
      java.util.Arrays.fill(e.prefix, (byte) 0);
      if (e.afi == 1 || e.afi == 2) {
        c.copyAddress(e.prefix);
      }
      e.prefixLength = c.prefixLength();
      e.pathId = c.pathId();
    } else {
      setPrefix(buf, v.prefixIndex(), v.prefixLength());
    }
    entries = v.entries();
    e.attributes = ribAttributes;
    phase = Phase.RIB;
  }

  private void startUpdate() {
    e.attributes = update.attributes();
    phase = Phase.WITHDRAWN;
    cursor = update.withdrawn();
    e.type = ElementType.WITHDRAW;
    e.afi = 1;
    e.safi = 1;
  }

  private void setPrefix(ByteBuf buf, int index, int bits) {
    int max = e.afi == 1 ? 32 : 128;
    bits = Math.min(bits, max);
    int n = (bits + 7) >>> 3;
    java.util.Arrays.fill(e.prefix, (byte) 0);
    buf.getBytes(index, e.prefix, 0, n);
    if ((bits & 7) != 0) {
      e.prefix[n - 1] &= (byte) (0xff << (8 - (bits & 7)));
    }
    e.prefixLength = bits;
  }

  private boolean advance() {
    switch (phase) {
      case SINGLE:
        phase = Phase.IDLE;
        return true;
      case RIB:
        return nextRibEntry();
      case WITHDRAWN:
      case MP_UNREACH:
      case NLRI:
      case MP_REACH:
        return nextRoute();
      default:
        phase = Phase.IDLE;
        return false;
    }
  }

  @SuppressWarnings("NullAway") // entries and peers are set when phase is RIB
  private boolean nextRibEntry() {
    RibEntryView en = entries;
    PeerIndexTable pt = peers;
    if (!en.next()) {
      phase = Phase.IDLE;
      return false;
    }
    int p = en.peerIndex();
    MrtRecordView r = en.rib().record();
    if (p >= pt.peerCount()) {
      error(
          r.error(
              r.bodyIndex(),
              "entry[" + en.ordinal() + "]",
              "peer index " + p + " out of range (table has " + pt.peerCount() + " peers)"));
      return false;
    }
    IpAddress a = pt.peerAddress(p);
    e.peerLength = a.length();
    for (int i = 0; i < e.peerLength; i++) {
      e.peer[i] = (byte) a.byteAt(i);
    }
    e.peerAs = pt.peerAs(p);
    if (en.hasPathId()) {
      e.pathId = en.pathId();
    } else if (!rib.isGeneric()) {
      e.pathId = Nlri.NO_PATH_ID;
    }
    ribAttributes.wrap(
        r.buffer(), en.attributesIndex(), en.attributesLength(), rib.sessionOptions());
    return true;
  }

  @SuppressWarnings("NullAway") // cursor is set in the update phases
  private boolean nextRoute() {
    while (true) {
      NlriCursor c = cursor;
      if (c.next()) {
        if (c.isRaw() || (c.afi() != 1 && c.afi() != 2)) {
          continue;
        }
        e.afi = c.afi();
        e.safi = c.safi();
        java.util.Arrays.fill(e.prefix, (byte) 0);
        c.copyAddress(e.prefix);
        e.prefixLength = c.prefixLength();
        e.pathId = c.pathId();
        return true;
      }
      if (c.malformed()) {
        MrtRecordView r = e.record;
        error(r.error(Math.max(c.errorOffset(), r.bodyIndex()), "NLRI", c.errorReason()));
      }
      if (!nextField()) {
        phase = Phase.IDLE;
        return false;
      }
    }
  }

  /** Moves to the next NLRI field of the UPDATE that is present; false after the last. */
  private boolean nextField() {
    PathAttributesView a = update.attributes();
    while (true) {
      switch (phase) {
        case WITHDRAWN:
          phase = Phase.MP_UNREACH;
          if (a.hasMpUnreach()) {
            cursor = a.mpUnreachNlri();
            return true;
          }
          break;
        case MP_UNREACH:
          phase = Phase.NLRI;
          e.type = ElementType.ANNOUNCE;
          cursor = update.nlri();
          return true;
        case NLRI:
          phase = Phase.MP_REACH;
          if (a.hasMpReach()) {
            cursor = a.mpReachNlri();
            return true;
          }
          break;
        default:
          return false;
      }
    }
  }

  /** Closes the record reader. */
  @Override
  public void close() {
    reader.close();
  }
}
