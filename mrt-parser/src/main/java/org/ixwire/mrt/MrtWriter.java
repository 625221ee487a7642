package org.ixwire.mrt;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.mrt.record.MrtRecordView;
import org.ixwire.mrt.record.MrtSubtype;
import org.ixwire.mrt.record.MrtType;
import org.ixwire.mrt.record.PeerIndexTable;

/**
 * Writes MRT records (RFC 6396) into a caller's buffer: verbatim copies of read records (a filtered
 * dump is byte-identical in what it keeps), and TABLE_DUMP_V2 PEER_INDEX_TABLE and RIB records and
 * BGP4MP/BGP4MP_ET messages and state changes built from their parts. Each {@code write…} method
 * appends one whole record at the writer index; {@code …Length} methods give its exact size first.
 * Nothing is retained or released.
 */
public final class MrtWriter {
  private MrtWriter() {}

  /**
   * One RIB entry to write (RFC 6396 §4.3.4; RFC 8050 §4.1 for the path identifier).
   *
   * @param peerIndex index into the PEER_INDEX_TABLE
   * @param originatedTime seconds since the epoch
   * @param pathId the path identifier, written only for the ADD-PATH subtypes
   * @param attributes the path attributes (readable bytes; not released)
   */
  public record RibEntry(int peerIndex, long originatedTime, long pathId, ByteBuf attributes) {}

  /** Copies a record exactly as read (header, microseconds and body). */
  public static void writeRecord(MrtRecordView r, ByteBuf out) {
    out.writeBytes(r.buffer(), r.index(), r.recordLength());
  }

  private static void header(ByteBuf out, long timestamp, int type, int subtype, long length) {
    out.writeInt((int) timestamp).writeShort(type).writeShort(subtype).writeInt((int) length);
  }

  /** Size of a PEER_INDEX_TABLE record for {@code table}. */
  public static int peerIndexTableLength(PeerIndexTable table) {
    int n = 12 + 4 + 2 + table.viewName().getBytes(StandardCharsets.UTF_8).length + 2;
    for (int i = 0; i < table.peerCount(); i++) {
      int t = table.peerType(i);
      n += 1 + 4 + ((t & 1) != 0 ? 16 : 4) + ((t & 2) != 0 ? 4 : 2);
    }
    return n;
  }

  /** Writes a PEER_INDEX_TABLE record (RFC 6396 §4.3.1). */
  public static void writePeerIndexTable(long timestamp, PeerIndexTable table, ByteBuf out) {
    byte[] name = table.viewName().getBytes(StandardCharsets.UTF_8);
    header(
        out,
        timestamp,
        MrtType.TABLE_DUMP_V2.code(),
        MrtSubtype.PEER_INDEX_TABLE,
        peerIndexTableLength(table) - 12L);
    out.writeInt((int) table.collectorBgpId()).writeShort(name.length).writeBytes(name);
    out.writeShort(table.peerCount());
    for (int i = 0; i < table.peerCount(); i++) {
      int t = table.peerType(i);
      out.writeByte(t).writeInt((int) table.peerBgpId(i));
      table.peerAddress(i).writeTo(out);
      if ((t & 2) != 0) {
        out.writeInt((int) table.peerAs(i));
      } else {
        out.writeShort((int) table.peerAs(i));
      }
    }
  }

  private static boolean ribAddPath(int subtype) {
    return subtype >= MrtSubtype.RIB_IPV4_UNICAST_ADDPATH
        && subtype <= MrtSubtype.RIB_IPV6_MULTICAST_ADDPATH;
  }

  /** Size of an AFI/SAFI-specific RIB record. */
  public static int ribLength(int subtype, int prefixLength, List<RibEntry> entries) {
    int n = 12 + 4 + 1 + ((prefixLength + 7) >>> 3) + 2;
    int fixed = ribAddPath(subtype) ? 12 : 8;
    for (RibEntry e : entries) {
      n += fixed + e.attributes().readableBytes();
    }
    return n;
  }

  /**
   * Writes an AFI/SAFI-specific RIB record (RIB_IPV4_UNICAST … RIB_IPV6_MULTICAST_ADDPATH, RFC 6396
   * §4.3.2, RFC 8050 §4.1). {@code prefix} holds the significant prefix bytes at {@code
   * prefixIndex} of {@code prefixBuf}.
   *
   * @throws IllegalArgumentException for a subtype that is not AFI/SAFI-specific, or too many
   *     entries
   */
  public static void writeRib(
      long timestamp,
      int subtype,
      long sequence,
      ByteBuf prefixBuf,
      int prefixIndex,
      int prefixLength,
      List<RibEntry> entries,
      ByteBuf out) {
    if (subtype < 2 || subtype > 11 || subtype == 6 || subtype == 7) {
      throw new IllegalArgumentException("not an AFI/SAFI-specific RIB subtype: " + subtype);
    }
    if (entries.size() > 65535) {
      throw new IllegalArgumentException("too many entries: " + entries.size());
    }
    boolean addPath = ribAddPath(subtype);
    header(
        out,
        timestamp,
        MrtType.TABLE_DUMP_V2.code(),
        subtype,
        ribLength(subtype, prefixLength, entries) - 12L);
    out.writeInt((int) sequence).writeByte(prefixLength);
    out.writeBytes(prefixBuf, prefixIndex, (prefixLength + 7) >>> 3);
    out.writeShort(entries.size());
    for (RibEntry e : entries) {
      out.writeShort(e.peerIndex()).writeInt((int) e.originatedTime());
      if (addPath) {
        out.writeInt((int) e.pathId());
      }
      ByteBuf a = e.attributes();
      out.writeShort(a.readableBytes()).writeBytes(a, a.readerIndex(), a.readableBytes());
    }
  }

  private static boolean as4(int subtype) {
    return subtype == 4 || subtype == 5 || subtype == 7 || subtype == 9 || subtype == 11;
  }

  /** Size of a BGP4MP(_ET) record with {@code payloadLength} bytes after the addresses. */
  public static int bgp4mpLength(boolean et, int subtype, IpAddress peer, int payloadLength) {
    return 12 + (et ? 4 : 0) + (as4(subtype) ? 8 : 4) + 4 + 2 * peer.length() + payloadLength;
  }

  private static void bgp4mpHead(
      long timestamp,
      long microseconds,
      int subtype,
      long peerAs,
      long localAs,
      int interfaceIndex,
      IpAddress peer,
      IpAddress local,
      int payloadLength,
      ByteBuf out) {
    if (peer.length() != local.length()) {
      throw new IllegalArgumentException("peer and local addresses of different families");
    }
    boolean et = microseconds >= 0;
    header(
        out,
        timestamp,
        et ? MrtType.BGP4MP_ET.code() : MrtType.BGP4MP.code(),
        subtype,
        bgp4mpLength(et, subtype, peer, payloadLength) - 12L);
    if (et) {
      out.writeInt((int) microseconds);
    }
    if (as4(subtype)) {
      out.writeInt((int) peerAs).writeInt((int) localAs);
    } else {
      out.writeShort((int) peerAs).writeShort((int) localAs);
    }
    out.writeShort(interfaceIndex).writeShort(peer.length() == 4 ? 1 : 2);
    peer.writeTo(out);
    local.writeTo(out);
  }

  /**
   * Writes a BGP4MP MESSAGE record of any message subtype (1, 4, 6–11; RFC 6396 §4.4, RFC 8050 §3):
   * BGP4MP_ET with {@code microseconds >= 0}, else BGP4MP. {@code message} is the whole BGP
   * message, marker included (its readable bytes; not released).
   */
  public static void writeBgp4mpMessage(
      long timestamp,
      long microseconds,
      int subtype,
      long peerAs,
      long localAs,
      int interfaceIndex,
      IpAddress peer,
      IpAddress local,
      ByteBuf message,
      ByteBuf out) {
    if (subtype == 0 || subtype == 2 || subtype == 3 || subtype == 5 || subtype > 11) {
      throw new IllegalArgumentException("not a BGP4MP message subtype: " + subtype);
    }
    bgp4mpHead(
        timestamp,
        microseconds,
        subtype,
        peerAs,
        localAs,
        interfaceIndex,
        peer,
        local,
        message.readableBytes(),
        out);
    out.writeBytes(message, message.readerIndex(), message.readableBytes());
  }

  /** Writes a BGP4MP STATE_CHANGE (subtype 0) or STATE_CHANGE_AS4 (5) record (RFC 6396 §4.4.1). */
  public static void writeBgp4mpStateChange(
      long timestamp,
      long microseconds,
      int subtype,
      long peerAs,
      long localAs,
      int interfaceIndex,
      IpAddress peer,
      IpAddress local,
      int oldState,
      int newState,
      ByteBuf out) {
    if (subtype != 0 && subtype != 5) {
      throw new IllegalArgumentException("not a state change subtype: " + subtype);
    }
    bgp4mpHead(
        timestamp, microseconds, subtype, peerAs, localAs, interfaceIndex, peer, local, 4, out);
    out.writeShort(oldState).writeShort(newState);
  }
}
