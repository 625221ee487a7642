package org.ixwire.mrt.record;

import io.netty.buffer.ByteBuf;

/**
 * A decoded TABLE_DUMP_V2 GEO_PEER_TABLE (RFC 6397 §4): collector and peer WGS84 coordinates
 * (single-precision floats, possibly NaN), peers in PEER_INDEX_TABLE order. An immutable value.
 */
public final class GeoPeerTable {
  private final long collectorBgpId;
  private final float collectorLatitude;
  private final float collectorLongitude;
  private final int[] peerType;
  private final long[] peerBgpId;
  private final float[] latitude;
  private final float[] longitude;

  private GeoPeerTable(
      long collectorBgpId,
      float collectorLatitude,
      float collectorLongitude,
      int[] peerType,
      long[] peerBgpId,
      float[] latitude,
      float[] longitude) {
    this.collectorBgpId = collectorBgpId;
    this.collectorLatitude = collectorLatitude;
    this.collectorLongitude = collectorLongitude;
    this.peerType = peerType;
    this.peerBgpId = peerBgpId;
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /**
   * Decodes a GEO_PEER_TABLE record.
   *
   * @throws org.ixwire.mrt.MrtDecodeException if it is truncated
   */
  public static GeoPeerTable decode(MrtRecordView r) {
    ByteBuf buf = r.buffer();
    int i = r.bodyIndex();
    r.check(i, 14, "collector");
    long id = buf.getUnsignedInt(i);
    float lat = buf.getFloat(i + 4);
    float lon = buf.getFloat(i + 8);
    int count = buf.getUnsignedShort(i + 12);
    i += 14;
    r.check(i, count * 13, "peers");
    int[] type = new int[count];
    long[] bgpId = new long[count];
    float[] plat = new float[count];
    float[] plon = new float[count];
    for (int p = 0; p < count; p++, i += 13) {
      type[p] = buf.getUnsignedByte(i);
      bgpId[p] = buf.getUnsignedInt(i + 1);
      plat[p] = buf.getFloat(i + 5);
      plon[p] = buf.getFloat(i + 9);
    }
    return new GeoPeerTable(id, lat, lon, type, bgpId, plat, plon);
  }

  /** The collector's BGP identifier. */
  public long collectorBgpId() {
    return collectorBgpId;
  }

  /** Collector latitude in decimal degrees, or NaN. */
  public float collectorLatitude() {
    return collectorLatitude;
  }

  /** Collector longitude in decimal degrees, or NaN. */
  public float collectorLongitude() {
    return collectorLongitude;
  }

  /** Number of peers. */
  public int peerCount() {
    return peerType.length;
  }

  /** Peer type bits of peer {@code i}. */
  public int peerType(int i) {
    return peerType[i];
  }

  /** BGP identifier of peer {@code i}. */
  public long peerBgpId(int i) {
    return peerBgpId[i];
  }

  /** Latitude of peer {@code i}, or NaN. */
  public float peerLatitude(int i) {
    return latitude[i];
  }

  /** Longitude of peer {@code i}, or NaN. */
  public float peerLongitude(int i) {
    return longitude[i];
  }
}
