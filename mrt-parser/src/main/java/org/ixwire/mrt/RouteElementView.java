package org.ixwire.mrt;

import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.bgp.nlri.Prefix;
import org.ixwire.mrt.record.MrtRecordView;

/**
 * One route of an MRT input, flattened: one element per prefix and peer (RIB entry, announcement or
 * withdrawal), with the record's time, the peer, the prefix and path identifier, and the path
 * attributes as bgp-core's {@link PathAttributesView} (AS path, origin, next hop, LOCAL_PREF, MED,
 * communities of all three kinds, aggregator, OTC, …).
 *
 * <p>A reused flyweight handed out by {@link RouteElementReader}: valid until its next {@code
 * next()}; nothing is allocated per element except by the methods that say so.
 */
public final class RouteElementView {
  final byte[] peer = new byte[16];
  int peerLength;
  long peerAs;
  final byte[] prefix = new byte[16];
  int prefixLength;
  int afi;
  int safi;
  long pathId = Nlri.NO_PATH_ID;
  ElementType type = ElementType.RIB;
  long timestamp;
  long microseconds;
  PathAttributesView attributes = new PathAttributesView();
  MrtRecordView record = new MrtRecordView();

  RouteElementView() {}

  /** RIB entry, announcement or withdrawal. */
  public ElementType type() {
    return type;
  }

  /**
   * Seconds since the epoch: the record's time (for RIB entries the dump time; see {@link
   * #originatedTime()}).
   */
  public long timestamp() {
    return timestamp;
  }

  /** Microseconds of BGP4MP_ET records, else 0. */
  public long microseconds() {
    return microseconds;
  }

  /** The record the element comes from (valid as long as the element). */
  public MrtRecordView record() {
    return record;
  }

  /** 4 or 16. */
  public int peerAddressLength() {
    return peerLength;
  }

  /** Byte {@code i} of the peer address. */
  public int peerAddressByte(int i) {
    return peer[i] & 0xff;
  }

  /** Copies the peer address (4 or 16 bytes) into {@code dst}. */
  public void copyPeerAddress(byte[] dst) {
    System.arraycopy(peer, 0, dst, 0, peerLength);
  }

  /** Whether the peer address equals {@code a}. */
  public boolean peerAddressEquals(IpAddress a) {
    if (a.length() != peerLength) {
      return false;
    }
    for (int i = 0; i < peerLength; i++) {
      if (a.byteAt(i) != (peer[i] & 0xff)) {
        return false;
      }
    }
    return true;
  }

  /** The peer address (allocates). */
  public IpAddress peerAddress() {
    return IpAddress.of(java.util.Arrays.copyOf(peer, peerLength));
  }

  /** The peer AS (the sender's for {@code _LOCAL} BGP4MP subtypes: the collector's). */
  public long peerAs() {
    return peerAs;
  }

  /** AFI of the prefix (1 IPv4, 2 IPv6). */
  public int afi() {
    return afi;
  }

  /** SAFI of the route (1 unicast, 2 multicast, …). */
  public int safi() {
    return safi;
  }

  /** Prefix length in bits. */
  public int prefixLength() {
    return prefixLength;
  }

  /** Byte {@code i} of the prefix address (bits beyond the length are zero). */
  public int prefixByte(int i) {
    return prefix[i] & 0xff;
  }

  /** Copies the prefix address (4 or 16 bytes, masked) into {@code dst}. */
  public void copyPrefixAddress(byte[] dst) {
    System.arraycopy(prefix, 0, dst, 0, afi == 1 ? 4 : 16);
  }

  /** The prefix (allocates). */
  public Prefix prefix() {
    return Prefix.of(java.util.Arrays.copyOf(prefix, afi == 1 ? 4 : 16), prefixLength);
  }

  /** Whether the element's prefix lies within {@code p} (equal or more specific). */
  public boolean prefixWithin(Prefix p) {
    return within(p.address().toByteArray(), p.length());
  }

  /** Whether the element's prefix covers {@code p} (equal or less specific). */
  public boolean prefixCovers(Prefix p) {
    return covers(p.address().toByteArray(), p.length());
  }

  boolean within(byte[] a, int bits) {
    return a.length == (afi == 1 ? 4 : 16) && prefixLength >= bits && sameBits(a, bits);
  }

  boolean covers(byte[] a, int bits) {
    return a.length == (afi == 1 ? 4 : 16) && prefixLength <= bits && sameBits(a, prefixLength);
  }

  private boolean sameBits(byte[] a, int bits) {
    int full = bits >>> 3;
    for (int i = 0; i < full; i++) {
      if (prefix[i] != a[i]) {
        return false;
      }
    }
    int rem = bits & 7;
    if (rem == 0) {
      return true;
    }
    int m = (0xff << (8 - rem)) & 0xff;
    return (prefix[full] & m) == (a[full] & m);
  }

  /** The ADD-PATH path identifier, or {@link Nlri#NO_PATH_ID}. */
  public long pathId() {
    return pathId;
  }

  /**
   * The path attributes (for withdrawals those of the UPDATE, usually none). Valid as long as the
   * element.
   */
  public PathAttributesView attributes() {
    return attributes;
  }

  /** The origin AS: the last ASN of the AS path when it ends in an AS_SEQUENCE, else -1. */
  public long originAs() {
    if (type == ElementType.WITHDRAW) {
      return -1;
    }
    if (attributes.hasAs4Path()) {
      return attributes.as4Path().originAs();
    }
    return attributes.asPath().originAs();
  }

  @Override
  public String toString() {
    return type
        + " "
        + timestamp
        + " "
        + peerAddress()
        + " AS"
        + peerAs
        + " "
        + prefix()
        + (pathId != Nlri.NO_PATH_ID ? " path " + pathId : "");
  }
}
