package org.ixwire.mrt.record;

import io.netty.buffer.ByteBuf;

/** Length of the single NLRI of a RIB_GENERIC record, by AFI/SAFI encoding family. */
final class GenericNlri {
  private GenericNlri() {}

  static int length(MrtRecordView r, int i, int afi, int safi, boolean addPath) {
    ByteBuf buf = r.buffer();
    int start = i;
    if (addPath) {
      r.check(i, 4, "nlri/path id");
      i += 4;
    }
    r.check(i, 1, "nlri");
    switch (safi) {
      case 1: // unicast
      case 2: // multicast
      case 4: // labeled unicast (RFC 8277)
      case 128: // MPLS VPN (RFC 4364)
      case 129: // multicast VPN
        {
          int bits = buf.getUnsignedByte(i);
          int n = 1 + ((bits + 7) >>> 3);
          r.check(i, n, "nlri");
          return i + n - start;
        }
      case 133: // flow spec (RFC 8955 §4.1)
      case 134:
        {
          int len = buf.getUnsignedByte(i);
          int n = 1;
          if (len >= 0xf0) {
            r.check(i, 2, "nlri");
            len = buf.getUnsignedShort(i) & 0x0fff;
            n = 2;
          }
          r.check(i, n + len, "nlri");
          return i + n + len - start;
        }
      case 70: // EVPN (RFC 7432 §7): route type, length
        {
          r.check(i, 2, "nlri");
          int n = 2 + buf.getUnsignedByte(i + 1);
          r.check(i, n, "nlri");
          return i + n - start;
        }
      case 71: // BGP-LS (RFC 9552): type(2), length(2)
      case 72:
        {
          r.check(i, 4, "nlri");
          int n = 4 + buf.getUnsignedShort(i + 2);
          r.check(i, n, "nlri");
          return i + n - start;
        }
      default:
        throw r.error(i, "nlri", "cannot frame NLRI of AFI " + afi + " SAFI " + safi);
    }
  }
}
