package org.ixwire.mrt.format;

import static org.ixwire.mrt.internal.AttributeIndex.u32;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.function.Consumer;
import org.ixwire.mrt.MrtDecodeException;
import org.ixwire.mrt.internal.AttributeIndex;
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
 * Renders MRT records in the one-line formats of bgpdump 1.6.2 ({@code -m}, {@code -M}, with {@code
 * -t change}, {@code -l}, {@code -u}), byte for byte, quirks included (see {@code
 * corpus/mrt/BGPDUMP-FORMAT.md}): next hop {@code 255.255.255.255} when absent, {@code INCOMPLETE}
 * for a missing ORIGIN, bgpdump's IPv6 text, the signed MED/LOCAL_PREF of MP IPv4 announcements,
 * the missing separator of legacy {@code BGP} lines, the RFC 4893 AS4_PATH merge with confederation
 * segments counted.
 *
 * <p>Where bgpdump aborts or loses data this formatter does not copy it: a RIB entry with an
 * out-of-range peer index is reported through the diagnostics sink and skipped, where bgpdump
 * aborts. What bgpdump silently drops (RIB_GENERIC, multicast RIBs, VPN families) is dropped here
 * too, so that output stays comparable; the element stream ({@code org.ixwire.mrt}) has them.
 *
 * <p>Stateful: remembers the last PEER_INDEX_TABLE. Not thread-safe; allocation is limited to the
 * appended text and small scratch arrays.
 */
public final class BgpdumpFormatter {
  private static final int AS_PATH_CAP = 8000;

  private final boolean human;
  private final boolean changeTime;
  private final boolean large;
  private final boolean unknown;
  private Consumer<String> diagnostics = s -> {};

  private final AttributeIndex attrs = new AttributeIndex();
  private final TableDumpView tableDump = new TableDumpView();
  private final RibView rib = new RibView();
  private final Bgp4mpView bgp4mp = new Bgp4mpView();
  private final LegacyBgpView legacy = new LegacyBgpView();
  private @Nullable PeerIndexTable peers;
  private final AsciiBuffer tail = new AsciiBuffer(256);
  private final AsciiBuffer lead = new AsciiBuffer(128);
  private final byte[] scratch16 = new byte[16];
  private final byte[] prefixScratch = new byte[16];
  private final long[] asScratch = new long[1024];
  private final int[] segScratch = new int[256];
  private long lines;
  private final AsciiBuffer charScratch = new AsciiBuffer(1 << 12);
  // "TABLE_DUMP2[_AP]|time|B|" of the last time seen
  private final AsciiBuffer ribLead = new AsciiBuffer(64);
  private long ribLeadTime = Long.MIN_VALUE;
  private boolean ribLeadAddPath;
  // bumped whenever ribLead or the peer texts change; peerLead[p] is valid while peerLeadOf[p]
  // equals it (starts at 1: a fresh peerLeadOf of zeros is stale)
  private long ribLeadGeneration = 1;
  // per peer of peerTextTable: ribLead followed by the peer text, the start of each of its lines
  private byte[][] peerLead = new byte[0][];
  private int[] peerLeadLength = new int[0];
  private long[] peerLeadOf = new long[0];
  // "peer address|peer AS|" per peer of peerTextTable, built on first use
  private byte @Nullable [][] peerText;
  private @Nullable PeerIndexTable peerTextTable;
  private final AsciiBuffer prefixText = new AsciiBuffer(64);
  private final TailCache tails = new TailCache();
  private final byte[] aggregatorScratch = new byte[8];

  private BgpdumpFormatter(Builder b) {
    this.human = b.human;
    this.changeTime = b.changeTime;
    this.large = b.large;
    this.unknown = b.unknown;
  }

  /** A builder for {@code -m} output. */
  public static Builder builder() {
    return new Builder();
  }

  /** Sets where bgpdump-style {@code [warn]}/{@code [error]} diagnostics go (default: dropped). */
  public BgpdumpFormatter diagnostics(Consumer<String> sink) {
    this.diagnostics = sink;
    return this;
  }

  /**
   * Sets the peer index table in effect, as if its record had just been formatted (for a formatter
   * that starts in the middle of a file, as the parallel one does).
   */
  public BgpdumpFormatter peerIndexTable(@Nullable PeerIndexTable table) {
    this.peers = table;
    return this;
  }

  /** The peer index table in effect, if one was seen. */
  public @Nullable PeerIndexTable peerIndexTable() {
    return peers;
  }

  /** Lines written so far. */
  public long lineCount() {
    return lines;
  }

  /**
   * Appends the lines of one record (possibly none) to {@code out}. A record whose content cannot
   * be framed is reported to the diagnostics sink; the lines before the problem stay in {@code
   * out}.
   */
  public void format(MrtRecordView r, StringBuilder out) {
    charScratch.setLength(0);
    format(r, charScratch);
    out.append(charScratch);
  }

  /**
   * Appends the lines of one record (possibly none) to {@code out}, as ASCII bytes: the fast path.
   * A record whose content cannot be framed is reported to the diagnostics sink; the lines before
   * the problem stay in {@code out}.
   */
  public void format(MrtRecordView r, AsciiBuffer out) {
    try {
      switch (r.typeCode()) {
        case 12:
          tableDump(r, out);
          break;
        case 13:
          tableDumpV2(r, out);
          break;
        case 16:
        case 17:
          bgp4mp(r, out);
          break;
        case 5:
          legacy(r, out);
          break;
        default:
          diagnostics.accept("[warn] unsupported record type " + r.typeName());
      }
    } catch (MrtDecodeException e) {
      diagnostics.accept("[error] " + e.getMessage());
    }
  }

  // ---- TABLE_DUMP (v1) -------------------------------------------------------------------

  private void tableDump(MrtRecordView r, AsciiBuffer out) {
    TableDumpView v = tableDump.wrap(r);
    ByteBuf buf = r.buffer();
    lead.setLength(0);
    lead.append("TABLE_DUMP|");
    time(lead, changeTime ? v.originatedTime() : r.timestamp(), -1);
    lead.append("|B|");
    BgpdumpText.ip(lead, buf, v.peerAddressIndex(), v.addressLength(), scratch16);
    lead.append('|').append(v.peerAs()).append('|');
    BgpdumpText.prefix(
        lead, buf, v.prefixIndex(), v.prefixLength(), v.addressLength(), prefixScratch);
    attrs.wrap(buf, v.attributesIndex(), v.attributesLength());
    tail.setLength(0);
    routeTail(tail, v.fourOctetAs(), nextHopTableDump(), false, true);
    out.append(lead).append('|').append(tail).append('\n');
    lines++;
  }

  private long nextHopTableDump() {
    // MP_REACH (full form in TABLE_DUMP v1) of IPv6 unicast, else NEXT_HOP.
    if (attrs.has(14)) {
      ByteBuf buf = attrs.buffer();
      int i = attrs.index(14);
      int len = attrs.length(14);
      if (len >= 4 && buf.getUnsignedShort(i) == 2) {
        int nhLen = buf.getUnsignedByte(i + 3);
        if (nhLen >= 16 && len >= 4 + 16) {
          return nh(i + 4, 16);
        }
      }
    }
    return classicNextHop();
  }

  // Next hop encoding for routeTail: packed (index << 6 | length); length 0 means print nothing,
  // NO_NEXT_HOP means 255.255.255.255.
  private static final long NO_NEXT_HOP = -1;

  private static long nh(int index, int length) {
    return (long) index << 6 | length;
  }

  private long classicNextHop() {
    if (attrs.has(3) && attrs.length(3) >= 4) {
      return nh(attrs.index(3), 4);
    }
    return NO_NEXT_HOP;
  }

  // ---- TABLE_DUMP_V2 -----------------------------------------------------------------------

  private void tableDumpV2(MrtRecordView r, AsciiBuffer out) {
    int st = r.subtype();
    if (st == MrtSubtype.PEER_INDEX_TABLE) {
      peers = PeerIndexTable.decode(r);
      return;
    }
    boolean unicast =
        st == MrtSubtype.RIB_IPV4_UNICAST
            || st == MrtSubtype.RIB_IPV6_UNICAST
            || st == MrtSubtype.RIB_IPV4_UNICAST_ADDPATH
            || st == MrtSubtype.RIB_IPV6_UNICAST_ADDPATH;
    if (!unicast) {
      return; // bgpdump prints nothing for multicast, RIB_GENERIC and GEO_PEER_TABLE
    }
    PeerIndexTable pt = peers;
    if (pt == null) {
      diagnostics.accept(
          "[error] process_mrtd_table_dump_v2_"
              + (st == 2 || st == 8 ? "ipv4" : "ipv6")
              + "_unicast: missing peer index table");
      return;
    }
    RibView v = rib.wrap(r);
    ByteBuf buf = r.buffer();
    int addressLength = v.afi() == 1 ? 4 : 16;
    boolean addPath = v.isAddPath();
    byte[][] peerTexts = peerTexts(pt);
    prefixText.setLength(0);
    BgpdumpText.prefix(
        prefixText, buf, v.prefixIndex(), v.prefixLength(), addressLength, prefixScratch);
    prefixText.append('|');
    RibEntryView e = v.entries();
    while (e.next()) {
      int p = e.peerIndex();
      if (p >= peerTexts.length) {
        diagnostics.accept(
            "[error] "
                + r.typeName()
                + " record "
                + r.recordIndex()
                + " (offset "
                + r.fileOffset()
                + ") entry "
                + e.ordinal()
                + ": peer index "
                + p
                + " out of range (table has "
                + pt.peerCount()
                + " peers); entry skipped");
        continue;
      }
      ribLead(changeTime ? e.originatedTime() : r.timestamp(), addPath);
      if (peerLeadOf[p] != ribLeadGeneration) {
        peerLead(p, peerTexts[p]);
      }
      out.append(peerLead[p], 0, peerLeadLength[p]);
      out.append(prefixText);
      if (addPath) {
        out.append(e.pathId()).append('|');
      }
      tail(out, buf, e.attributesIndex(), e.attributesLength());
      out.append('\n');
      lines++;
    }
  }

  /**
   * The route tail of a RIB entry: a function of the entry's attribute bytes alone, so made once
   * per distinct blob while it stays in {@link TailCache}.
   */
  private void tail(AsciiBuffer out, ByteBuf buf, int index, int length) {
    attrs.load(buf, index, length);
    byte[] blob = attrs.array();
    int from = index + attrs.offset();
    if (tails.appendIfKept(blob, from, length, out)) {
      return;
    }
    attrs.frame();
    int start = out.length();
    routeTail(out, true, nextHopRib(), false, true);
    tails.store(blob, from, length, out, start);
  }

  private void ribLead(long seconds, boolean addPath) {
    if (seconds != ribLeadTime || addPath != ribLeadAddPath) {
      ribLead.setLength(0);
      ribLead.append(addPath ? "TABLE_DUMP2_AP|" : "TABLE_DUMP2|");
      time(ribLead, seconds, -1);
      ribLead.append("|B|");
      ribLeadTime = seconds;
      ribLeadAddPath = addPath;
      ribLeadGeneration++;
    }
  }

  /** Builds peer {@code p}'s line start: the current {@link #ribLead} and its peer text. */
  private void peerLead(int p, byte[] peerText) {
    int n = ribLead.length() + peerText.length;
    byte[] b = peerLead[p];
    if (b == null || b.length < n) {
      b = new byte[n + 16];
      peerLead[p] = b;
    }
    ribLead.copyTo(0, ribLead.length(), b);
    System.arraycopy(peerText, 0, b, ribLead.length(), peerText.length);
    peerLeadLength[p] = n;
    peerLeadOf[p] = ribLeadGeneration;
  }

  private byte[][] peerTexts(PeerIndexTable pt) {
    byte[][] texts = peerText;
    if (texts == null || peerTextTable != pt) {
      texts = new byte[pt.peerCount()][];
      AsciiBuffer t = new AsciiBuffer(64);
      byte[] a = new byte[16];
      for (int p = 0; p < texts.length; p++) {
        t.setLength(0);
        org.ixwire.bgp.nlri.IpAddress peer = pt.peerAddress(p);
        for (int k = 0; k < peer.length(); k++) {
          a[k] = (byte) peer.byteAt(k);
        }
        if (peer.length() == 4) {
          BgpdumpText.ipv4(t, a, 0);
        } else {
          BgpdumpText.ipv6(t, a);
        }
        t.append('|').append(pt.peerAs(p)).append('|');
        texts[p] = t.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      }
      peerText = texts;
      peerTextTable = pt;
      if (peerLead.length < texts.length) {
        peerLead = Arrays.copyOf(peerLead, texts.length);
        peerLeadLength = Arrays.copyOf(peerLeadLength, texts.length);
        peerLeadOf = Arrays.copyOf(peerLeadOf, texts.length);
      }
      ribLeadGeneration++; // every peer's line start is stale
    }
    return texts;
  }

  private long nextHopRib() {
    if (attrs.has(14) && attrs.length(14) > 0) {
      byte[] a = attrs.array();
      int o = attrs.offset();
      int i = attrs.index(14);
      int len = attrs.length(14);
      int nhLen;
      int nhIndex;
      if (a[i + o] == 0) {
        if (len < 4) {
          return classicNextHop();
        }
        nhLen = a[i + 3 + o] & 0xff;
        nhIndex = i + 4;
      } else {
        nhLen = a[i + o] & 0xff;
        nhIndex = i + 1;
      }
      if (nhIndex + nhLen > i + len) {
        return classicNextHop();
      }
      return mpNextHop(nhIndex, nhLen);
    }
    return classicNextHop();
  }

  private static long mpNextHop(int index, int length) {
    if (length == 4) {
      return nh(index, 4);
    }
    if (length == 16 || length == 32) {
      return nh(index, 16);
    }
    return 0;
  }

  // ---- BGP4MP -----------------------------------------------------------------------------

  private void bgp4mp(MrtRecordView r, AsciiBuffer out) {
    int st = r.subtype();
    if (st == MrtSubtype.BGP4MP_ENTRY || st == MrtSubtype.BGP4MP_SNAPSHOT) {
      diagnostics.accept(
          "[warn] process_zebra_bgp_"
              + (st == 2 ? "entry" : "snapshot")
              + ": record type not implemented yet");
      return;
    }
    if (st > 11) {
      diagnostics.accept("[warn] unknown BGP4MP subtype " + st);
      return;
    }
    Bgp4mpView v = bgp4mp.wrap(r);
    boolean et = r.typeCode() == 17;
    long us = et ? r.microseconds() : -1;
    ByteBuf buf = r.buffer();
    if (v.isStateChange()) {
      if (v.isShortStateChange()) {
        diagnostics.accept(
            "[warn] process_zebra_bgp_state_change: 8-byte state change (zebra bug?)");
      }
      out.append(et ? "BGP4MP_ET|" : "BGP4MP|");
      time(out, r.timestamp(), us);
      out.append("|STATE|");
      if (v.addressLength() == 0) {
        out.append("0.0.0.0");
      } else {
        BgpdumpText.ip(out, buf, v.peerAddressIndex(), v.addressLength(), scratch16);
      }
      out.append('|').append(v.peerAs()).append('|').append(v.oldState()).append('|');
      out.append(v.newState()).append('\n');
      lines++;
      return;
    }
    int m = v.messageIndex();
    int type = v.messageType();
    if (type == 5) {
      diagnostics.accept("[warn] bgp_message: MSG_ROUTE_REFRESH_01 not implemented yet");
      return;
    }
    if (type != 2) {
      return;
    }
    int msgLen = buf.getUnsignedShort(m + 16);
    int end = m + Math.min(Math.max(msgLen, 19), v.messageLength());
    lead.setLength(0);
    lead.append("BGP4MP");
    if (et) {
      lead.append("_ET");
    }
    if (v.isLocal()) {
      lead.append("_LOCAL");
    }
    if (v.isAddPath()) {
      lead.append("_AP");
    }
    lead.append('|');
    time(lead, r.timestamp(), us);
    int peerLead = lead.length();
    lead.append("|X|");
    int ipIndex = v.isLocal() ? v.localAddressIndex() : v.peerAddressIndex();
    BgpdumpText.ip(lead, buf, ipIndex, v.addressLength(), scratch16);
    lead.append('|').append(v.isLocal() ? v.localAs() : v.peerAs()).append('|');
    update(out, buf, m + 19, end, v.fourOctetAs(), v.isAddPath(), peerLead, false, null);
  }

  /**
   * The W and A lines of an UPDATE body in {@code [i, end)}. {@code lead} holds the line start with
   * {@code |X|} at {@code kindAt} to be replaced by the kind.
   */
  private void update(
      AsciiBuffer out,
      ByteBuf buf,
      int i,
      int end,
      boolean as4,
      boolean addPath,
      int kindAt,
      boolean legacyLine,
      byte @Nullable [] legacyPeer) {
    if (end - i < 2) {
      return;
    }
    int wLen = buf.getUnsignedShort(i);
    int w = i + 2;
    int wEnd = Math.min(w + wLen, end);
    int a = wEnd + 2;
    if (a > end) {
      nlri(out, buf, w, wEnd, 4, addPath, kindAt, 'W', legacyPeer);
      return;
    }
    int aLen = buf.getUnsignedShort(wEnd);
    int aEnd = Math.min(a + aLen, end);
    attrs.wrap(buf, a, aEnd - a);
    // withdrawals: classic, then MP_UNREACH
    nlri(out, buf, w, wEnd, 4, addPath, kindAt, 'W', legacyPeer);
    if (attrs.has(15)) {
      int u = attrs.index(15);
      int uLen = attrs.length(15);
      if (uLen >= 3) {
        int afi = buf.getUnsignedShort(u);
        int safi = buf.getUnsignedByte(u + 2);
        if ((afi == 1 || afi == 2) && safi >= 1 && safi <= 3) {
          nlri(out, buf, u + 3, u + uLen, afi == 1 ? 4 : 16, addPath, kindAt, 'W', null);
        } else {
          diagnostics.accept(
              "[warn] process_mp_withdraw: unknown AFI,SAFI " + afi + "," + safi + "!");
        }
      }
    }
    boolean classic = aEnd < end;
    boolean mp = false;
    int mpAfi = 0;
    int mpNlri = 0;
    int mpEnd = 0;
    long mpNh = 0;
    if (attrs.has(14)) {
      int r = attrs.index(14);
      int rLen = attrs.length(14);
      if (rLen >= 5) {
        int afi = buf.getUnsignedShort(r);
        int safi = buf.getUnsignedByte(r + 2);
        int nhLen = buf.getUnsignedByte(r + 3);
        if ((afi == 1 || afi == 2) && safi >= 1 && safi <= 3 && 4 + nhLen + 1 <= rLen) {
          mp = true;
          mpAfi = afi;
          mpNh = mpNextHop(r + 4, nhLen);
          mpNlri = r + 4 + nhLen + 1;
          mpEnd = r + rLen;
        } else {
          diagnostics.accept(
              "[warn] process_mp_announce: unknown protocol(AFI=" + afi + ", SAFI=" + safi + ")!");
        }
      }
    }
    if (!classic && !mp) {
      return;
    }
    if (classic) {
      tail.setLength(0);
      routeTail(tail, as4, classicNextHop(), false, !legacyLine);
      nlriWithTail(out, buf, aEnd, end, 4, addPath, kindAt, legacyLine);
    }
    if (mp) {
      tail.setLength(0);
      routeTail(tail, as4, mpNh, mpAfi == 1, true);
      nlriWithTail(out, buf, mpNlri, mpEnd, mpAfi == 1 ? 4 : 16, addPath, kindAt, false);
    }
  }

  private void nlri(
      AsciiBuffer out,
      ByteBuf buf,
      int i,
      int end,
      int addressLength,
      boolean addPath,
      int kindAt,
      char kind,
      byte @Nullable [] legacyPeer) {
    while (i < end) {
      long pathId = 0;
      if (addPath) {
        if (end - i < 5) { // a path identifier and a length octet
          return;
        }
        pathId = buf.getUnsignedInt(i);
        i += 4;
      }
      int bits = buf.getUnsignedByte(i);
      int n = (bits + 7) >>> 3;
      if (i + 1 + n > end || n > addressLength) {
        diagnostics.accept("[warn] NLRI truncated or invalid (prefix length " + bits + ")");
        return;
      }
      lead.setCharAt(kindAt + 1, kind);
      out.append(lead);
      if (legacyPeer != null) {
        BgpdumpText.ipv4(out, legacyPeer, 0);
        out.append('/').append(bits);
      } else {
        BgpdumpText.prefix(out, buf, i + 1, bits, addressLength, prefixScratch);
      }
      if (addPath) {
        out.append('|').append(pathId);
      }
      out.append('\n');
      lines++;
      i += 1 + n;
    }
  }

  private void nlriWithTail(
      AsciiBuffer out,
      ByteBuf buf,
      int i,
      int end,
      int addressLength,
      boolean addPath,
      int kindAt,
      boolean legacyLine) {
    while (i < end) {
      long pathId = 0;
      if (addPath) {
        if (end - i < 5) { // a path identifier and a length octet
          return;
        }
        pathId = buf.getUnsignedInt(i);
        i += 4;
      }
      int bits = buf.getUnsignedByte(i);
      int n = (bits + 7) >>> 3;
      if (i + 1 + n > end || n > addressLength) {
        diagnostics.accept("[warn] NLRI truncated or invalid (prefix length " + bits + ")");
        return;
      }
      lead.setCharAt(kindAt + 1, 'A');
      out.append(lead);
      BgpdumpText.prefix(out, buf, i + 1, bits, addressLength, prefixScratch);
      out.append('|');
      if (addPath) {
        out.append(pathId).append('|');
      }
      out.append(tail).append('\n');
      lines++;
      i += 1 + n;
    }
  }

  // ---- legacy BGP (type 5) -----------------------------------------------------------------

  private void legacy(MrtRecordView r, AsciiBuffer out) {
    int st = r.subtype();
    if (st != MrtSubtype.BGP_UPDATE && st != MrtSubtype.BGP_STATE_CHANGE) {
      return;
    }
    LegacyBgpView v = legacy.wrap(r);
    ByteBuf buf = r.buffer();
    if (st == MrtSubtype.BGP_STATE_CHANGE) {
      out.append("BGP|");
      time(out, r.timestamp(), -1);
      out.append("|STATE|");
      BgpdumpText.ipv4(out, buf, v.peerAddressIndex());
      out.append('|').append(v.peerAs()).append('|').append(v.oldState()).append('|');
      out.append(v.newState()).append('\n');
      lines++;
      return;
    }
    lead.setLength(0);
    lead.append("BGP|");
    time(lead, r.timestamp(), -1);
    int kindAt = lead.length();
    lead.append("|X|");
    BgpdumpText.ipv4(lead, buf, v.peerAddressIndex());
    lead.append('|').append(v.peerAs()).append('|');
    // bgpdump prints the peer address as the withdrawn prefix's address (a bug kept here)
    byte[] peer = new byte[4];
    buf.getBytes(v.peerAddressIndex(), peer);
    update(
        out,
        buf,
        v.messageBodyIndex(),
        v.messageBodyIndex() + v.messageBodyLength(),
        false,
        false,
        kindAt,
        true,
        peer);
  }

  // ---- shared field rendering ---------------------------------------------------------------

  private void time(AsciiBuffer sb, long seconds, long micros) {
    if (human) {
      BgpdumpText.humanTime(sb, seconds);
    } else {
      sb.append(seconds);
    }
    if (micros >= 0) {
      BgpdumpText.micros(sb, micros);
    }
  }

  /**
   * Renders {@code as_path|origin|next_hop|local_pref|med|communities|[large|]AG|agg|[unknown|]},
   * or with {@code -M} only {@code as_path|origin}.
   */
  private void routeTail(
      AsciiBuffer sb, boolean as4, long nextHop, boolean signed, boolean separatorAfterMed) {
    asPath(sb, as4);
    sb.append('|');
    byte[] a = attrs.array();
    int o = attrs.offset();
    int origin = attrs.has(1) && attrs.length(1) >= 1 ? a[attrs.index(1) + o] & 0xff : 2;
    sb.append(origin == 0 ? "IGP" : origin == 1 ? "EGP" : "INCOMPLETE");
    if (human) {
      return;
    }
    sb.append('|');
    // the next hop lies in the blob: an attribute's value (NEXT_HOP, MP_REACH_NLRI)
    if (nextHop == NO_NEXT_HOP) {
      sb.append("255.255.255.255");
    } else if ((nextHop & 63) == 4) {
      BgpdumpText.ipv4(sb, a, (int) (nextHop >>> 6) + o);
    } else if ((nextHop & 63) == 16) {
      System.arraycopy(a, (int) (nextHop >>> 6) + o, scratch16, 0, 16);
      BgpdumpText.ipv6(sb, scratch16);
    }
    sb.append('|');
    long lp = attrs.has(5) && attrs.length(5) >= 4 ? u32(a, attrs.index(5) + o) : 0;
    long med = attrs.has(4) && attrs.length(4) >= 4 ? u32(a, attrs.index(4) + o) : 0;
    if (signed) {
      sb.append((int) lp).append('|').append((int) med);
    } else {
      sb.append(lp).append('|').append(med);
    }
    if (separatorAfterMed) {
      sb.append('|');
    }
    communities(sb);
    sb.append('|');
    if (large) {
      largeCommunities(sb);
      sb.append('|');
    }
    sb.append(attrs.has(6) ? "AG" : "NAG").append('|');
    aggregator(sb, as4);
    sb.append('|');
    if (unknown && separatorAfterMed) {
      unknownAttributes(sb);
      sb.append('|');
    }
  }

  private void communities(AsciiBuffer sb) {
    if (!attrs.has(8)) {
      return;
    }
    byte[] a = attrs.array();
    int i = attrs.index(8) + attrs.offset();
    int end = i + (attrs.length(8) & ~3);
    boolean first = true;
    for (; i < end; i += 4) {
      if (!first) {
        sb.append(' ');
      }
      first = false;
      long c = u32(a, i);
      if (c == 0xFFFFFF01L) {
        sb.append("no-export");
      } else if (c == 0xFFFFFF02L) {
        sb.append("no-advertise");
      } else if (c == 0xFFFFFF03L) {
        sb.append("local-AS");
      } else {
        sb.append(c >>> 16).append(':').append(c & 0xffff);
      }
    }
  }

  private void largeCommunities(AsciiBuffer sb) {
    if (!attrs.has(32)) {
      return;
    }
    ByteBuf buf = attrs.buffer();
    int i = attrs.index(32);
    int end = i + attrs.length(32) / 12 * 12;
    for (boolean first = true; i < end; i += 12, first = false) {
      if (!first) {
        sb.append(' ');
      }
      sb.append(buf.getUnsignedInt(i))
          .append(':')
          .append(buf.getUnsignedInt(i + 4))
          .append(':')
          .append(buf.getUnsignedInt(i + 8));
    }
  }

  private void aggregator(AsciiBuffer sb, boolean as4) {
    if (!attrs.has(7)) {
      return;
    }
    byte[] blob = attrs.array();
    int o = attrs.offset();
    int asLen = as4 ? 4 : 2;
    // AS and address: at v of array a
    byte[] a = blob;
    int v = attrs.index(7) + o;
    if (attrs.length(7) < asLen + 4) {
      // bgpdump 1.6.2 reads a short AGGREGATOR as if zero-padded to its full size (Debian's
      // bgpdump, in TABLE_DUMP, TABLE_DUMP_V2 and BGP4MP records alike): read it from a padded
      // copy, so that the text depends on the attribute's bytes alone, as TailCache requires
      a = aggregatorScratch;
      Arrays.fill(a, (byte) 0);
      System.arraycopy(blob, v, a, 0, attrs.length(7));
      v = 0;
    }
    long as = as4 ? u32(a, v) : AttributeIndex.u16(a, v);
    int ip = v + asLen;
    if (!as4 && as == 23456 && attrs.has(18) && attrs.length(18) >= 8) {
      a = blob;
      as = u32(a, attrs.index(18) + o);
      ip = attrs.index(18) + o + 4;
    }
    if (AttributeIndex.s32(a, ip) == -1) {
      return;
    }
    sb.append(as).append(' ');
    BgpdumpText.ipv4(sb, a, ip);
  }

  private void unknownAttributes(AsciiBuffer sb) {
    ByteBuf buf = attrs.buffer();
    boolean first = true;
    for (int k = 0; k < attrs.count(); k++) {
      int t = attrs.typeAt(k);
      if ((t >= 1 && t <= 10) || t == 14 || t == 15 || t == 17 || t == 18 || t == 32) {
        continue;
      }
      if (!first) {
        sb.append(' ');
      }
      first = false;
      hexByte(sb, t);
      sb.append(':');
      hexByte(sb, attrs.flags(t));
      sb.append(':');
      int i = attrs.index(t);
      for (int j = 0; j < attrs.length(t); j++) {
        hexByte(sb, buf.getUnsignedByte(i + j));
      }
    }
  }

  private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

  private static void hexByte(AsciiBuffer sb, int b) {
    sb.append(HEX_DIGITS[(b >> 4) & 15]).append(HEX_DIGITS[b & 15]);
  }

  // ---- AS path ---------------------------------------------------------------------------

  /**
   * Parses AS path segments of {@code [i, end)} into {@code asScratch} (ASNs) and {@code
   * segScratch} (pairs type, count). Returns the number of segments, or -1 if malformed.
   */
  private static int segments(
      byte[] a, int i, int end, int asLen, long[] ases, int[] segs, int[] n) {
    int segCount = 0;
    int asCount = 0;
    while (i < end) {
      if (end - i < 2) {
        return -1;
      }
      int type = a[i] & 0xff;
      int count = a[i + 1] & 0xff;
      i += 2;
      if (type < 1 || type > 4 || end - i < count * asLen) {
        return -1;
      }
      if (2 * segCount + 1 >= segs.length || asCount + count > ases.length) {
        return -1;
      }
      segs[2 * segCount] = type;
      segs[2 * segCount + 1] = count;
      segCount++;
      for (int k = 0; k < count; k++, i += asLen) {
        ases[asCount++] = asLen == 4 ? u32(a, i) : AttributeIndex.u16(a, i);
      }
    }
    n[0] = asCount;
    return segCount;
  }

  private final long[] as4Scratch = new long[1024];
  private final int[] seg4Scratch = new int[256];
  private final int[] countOut = new int[1];

  private void asPath(AsciiBuffer sb, boolean as4) {
    if (!attrs.has(2)) {
      return;
    }
    byte[] bytes = attrs.array();
    int o = attrs.offset();
    int start = sb.length();
    int segs =
        segments(
            bytes,
            attrs.index(2) + o,
            attrs.index(2) + o + attrs.length(2),
            as4 ? 4 : 2,
            asScratch,
            segScratch,
            countOut);
    if (segs < 0) {
      sb.append("! Error !");
      return;
    }
    if (!as4 && attrs.has(17)) {
      int segs4 =
          segments(
              bytes,
              attrs.index(17) + o,
              attrs.index(17) + o + attrs.length(17),
              4,
              as4Scratch,
              seg4Scratch,
              countOut);
      if (segs4 >= 0) {
        int len = pathLength(segScratch, segs);
        int len4 = pathLength(seg4Scratch, segs4);
        if (len4 <= len) {
          int keep = len - len4;
          int a = 0;
          boolean any = false;
          for (int s = 0; s < segs && keep > 0; s++) {
            int type = segScratch[2 * s];
            int count = segScratch[2 * s + 1];
            boolean set = type == 1 || type == 4;
            int take = set ? count : Math.min(count, keep);
            if (any) {
              sb.append(' ');
            }
            segment(sb, type, asScratch, a, take);
            any = true;
            keep -= set ? 1 : take;
            a += count;
          }
          int b = 0;
          for (int s = 0; s < segs4; s++) {
            int count = seg4Scratch[2 * s + 1];
            if (any) {
              sb.append(' ');
            }
            segment(sb, seg4Scratch[2 * s], as4Scratch, b, count);
            any = true;
            b += count;
          }
          cap(sb, start);
          return;
        }
      }
    }
    int a = 0;
    for (int s = 0; s < segs; s++) {
      if (s > 0) {
        sb.append(' ');
      }
      int count = segScratch[2 * s + 1];
      segment(sb, segScratch[2 * s], asScratch, a, count);
      a += count;
    }
    cap(sb, start);
  }

  private static int pathLength(int[] segs, int n) {
    int len = 0;
    for (int s = 0; s < n; s++) {
      int type = segs[2 * s];
      len += type == 1 || type == 4 ? 1 : segs[2 * s + 1];
    }
    return len;
  }

  private static void segment(AsciiBuffer sb, int type, long[] ases, int from, int count) {
    char open;
    char close;
    char sep;
    switch (type) {
      case 1:
        open = '{';
        close = '}';
        sep = ',';
        break;
      case 3:
        open = '(';
        close = ')';
        sep = ' ';
        break;
      case 4:
        open = '[';
        close = ']';
        sep = ',';
        break;
      default:
        open = 0;
        close = 0;
        sep = ' ';
    }
    if (open != 0) {
      sb.append(open);
    }
    for (int k = 0; k < count; k++) {
      if (k > 0) {
        sb.append(sep);
      }
      sb.append(ases[from + k]);
    }
    if (close != 0) {
      sb.append(close);
    }
  }

  private static void cap(AsciiBuffer sb, int start) {
    if (sb.length() - start > AS_PATH_CAP) {
      sb.setLength(start + AS_PATH_CAP);
      sb.append("...");
    }
  }

  /** Options of {@link BgpdumpFormatter}, named after bgpdump's flags. */
  public static final class Builder {
    private boolean human;
    private boolean changeTime;
    private boolean large;
    private boolean unknown;

    private Builder() {}

    /** {@code -M}: human-readable time, lines end after the origin. */
    public Builder humanReadable(boolean v) {
      this.human = v;
      return this;
    }

    /** {@code -t change}: RIB lines carry the entry's originated time. */
    public Builder changeTime(boolean v) {
      this.changeTime = v;
      return this;
    }

    /** {@code -l}: adds the large-communities column. */
    public Builder largeCommunities(boolean v) {
      this.large = v;
      return this;
    }

    /** {@code -u}: adds the unknown-attributes column. */
    public Builder unknownAttributes(boolean v) {
      this.unknown = v;
      return this;
    }

    /** The formatter. */
    public BgpdumpFormatter build() {
      return new BgpdumpFormatter(this);
    }
  }
}
