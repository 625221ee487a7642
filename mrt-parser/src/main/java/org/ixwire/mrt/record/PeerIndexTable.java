package org.ixwire.mrt.record;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import org.ixwire.bgp.nlri.IpAddress;

/**
 * A decoded TABLE_DUMP_V2 PEER_INDEX_TABLE (RFC 6396 §4.3.1): the collector and the peers that RIB
 * entries refer to by index. An immutable value: it outlives its record, since every following RIB
 * record needs it (a later table replaces it).
 */
public final class PeerIndexTable {
  private final long collectorBgpId;
  private final String viewName;
  private final int[] peerType;
  private final long[] peerBgpId;
  private final ImmutableList<IpAddress> peerAddress;
  private final long[] peerAs;

  private PeerIndexTable(
      long collectorBgpId,
      String viewName,
      int[] peerType,
      long[] peerBgpId,
      ImmutableList<IpAddress> peerAddress,
      long[] peerAs) {
    this.collectorBgpId = collectorBgpId;
    this.viewName = viewName;
    this.peerType = peerType;
    this.peerBgpId = peerBgpId;
    this.peerAddress = peerAddress;
    this.peerAs = peerAs;
  }

  /**
   * One peer of a table (RFC 6396 §4.3.1).
   *
   * @param type peer type bits: 1 = IPv6 address, 2 = 4-byte AS
   * @param bgpId BGP identifier (unsigned 32-bit)
   * @param address IPv4 or IPv6 address, matching bit 1 of {@code type}
   * @param as AS number, at most 65535 unless bit 2 of {@code type} is set
   */
  public record Peer(int type, long bgpId, IpAddress address, long as) {
    /** Validates the fields against each other. */
    public Peer {
      if (((type & 1) != 0) != (address.length() == 16)) {
        throw new IllegalArgumentException("peer type " + type + " does not match " + address);
      }
      if ((type & 2) == 0 && as > 65535) {
        throw new IllegalArgumentException("AS " + as + " needs the 4-byte AS peer type bit");
      }
    }
  }

  /** A table of {@code peers} (at most 65535). */
  public static PeerIndexTable of(
      long collectorBgpId, String viewName, java.util.List<Peer> peers) {
    int n = peers.size();
    if (n > 65535) {
      throw new IllegalArgumentException("too many peers: " + n);
    }
    int[] type = new int[n];
    long[] id = new long[n];
    long[] as = new long[n];
    ImmutableList.Builder<IpAddress> a = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      Peer p = peers.get(i);
      type[i] = p.type();
      id[i] = p.bgpId();
      as[i] = p.as();
      a.add(p.address());
    }
    return new PeerIndexTable(collectorBgpId, viewName, type, id, a.build(), as);
  }

  /** Peer {@code i} as a value. */
  public Peer peer(int i) {
    return new Peer(peerType[i], peerBgpId[i], peerAddress.get(i), peerAs[i]);
  }

  /**
   * Decodes a PEER_INDEX_TABLE record.
   *
   * @throws org.ixwire.mrt.MrtDecodeException if the record is truncated
   */
  public static PeerIndexTable decode(MrtRecordView r) {
    ByteBuf buf = r.buffer();
    int i = r.bodyIndex();
    r.check(i, 6, "collector");
    long collector = buf.getUnsignedInt(i);
    int nameLength = buf.getUnsignedShort(i + 4);
    i += 6;
    r.check(i, nameLength + 2, "view name");
    String name = buf.toString(i, nameLength, StandardCharsets.UTF_8);
    i += nameLength;
    int count = buf.getUnsignedShort(i);
    i += 2;
    // every peer entry takes at least 11 bytes: check the count before allocating for it
    r.check(i, count * 11, "peers");
    int[] type = new int[count];
    long[] bgpId = new long[count];
    long[] as = new long[count];
    ImmutableList.Builder<IpAddress> addresses = ImmutableList.builderWithExpectedSize(count);
    for (int p = 0; p < count; p++) {
      r.check(i, 5, "peer[" + p + "]");
      int t = buf.getUnsignedByte(i);
      int addressLength = (t & 1) != 0 ? 16 : 4;
      int asLength = (t & 2) != 0 ? 4 : 2;
      r.check(i, 5 + addressLength + asLength, "peer[" + p + "]");
      type[p] = t;
      bgpId[p] = buf.getUnsignedInt(i + 1);
      addresses.add(IpAddress.read(buf, i + 5, addressLength));
      int a = i + 5 + addressLength;
      as[p] = asLength == 4 ? buf.getUnsignedInt(a) : buf.getUnsignedShort(a);
      i = a + asLength;
    }
    return new PeerIndexTable(collector, name, type, bgpId, addresses.build(), as);
  }

  /** The collector's BGP identifier as an unsigned 32-bit value. */
  public long collectorBgpId() {
    return collectorBgpId;
  }

  /** The view name (may be empty). */
  public String viewName() {
    return viewName;
  }

  /** Number of peers. */
  public int peerCount() {
    return peerType.length;
  }

  /** The peer type bits of peer {@code i}: 1 = IPv6 address, 2 = 4-byte AS. */
  public int peerType(int i) {
    return peerType[i];
  }

  /** The BGP identifier of peer {@code i}. */
  public long peerBgpId(int i) {
    return peerBgpId[i];
  }

  /** The address of peer {@code i}. */
  public IpAddress peerAddress(int i) {
    return peerAddress.get(i);
  }

  /** The AS of peer {@code i}. */
  public long peerAs(int i) {
    return peerAs[i];
  }

  @Override
  public String toString() {
    return "PeerIndexTable{view=" + viewName + ", peers=" + peerType.length + "}";
  }
}
