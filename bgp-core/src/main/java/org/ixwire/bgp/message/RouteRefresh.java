package org.ixwire.bgp.message;

import org.ixwire.bgp.attribute.Bytes;
import org.ixwire.bgp.nlri.AfiSafi;

/**
 * ROUTE-REFRESH (RFC 2918 §3; subtype RFC 7313 §3.2; ORF entries RFC 5291 kept raw).
 *
 * @param family the AFI/SAFI to refresh
 * @param subtype 0 normal request, 1 Beginning of Route Refresh, 2 End of Route Refresh
 * @param orf raw Outbound Route Filtering entries after the fixed part (RFC 5291), usually empty
 */
public record RouteRefresh(AfiSafi family, int subtype, Bytes orf) implements BgpMessage {
  /** Normal route refresh request. */
  public static final int REQUEST = 0;

  /** Beginning of Route Refresh (RFC 7313). */
  public static final int BORR = 1;

  /** End of Route Refresh (RFC 7313). */
  public static final int EORR = 2;

  /** A plain request for {@code family}. */
  public static RouteRefresh request(AfiSafi family) {
    return new RouteRefresh(family, REQUEST, Bytes.EMPTY);
  }

  @Override
  public MessageType type() {
    return MessageType.ROUTE_REFRESH;
  }

  /** The subtype's name: request, BoRR, EoRR or reserved(n). */
  public String subtypeName() {
    switch (subtype) {
      case REQUEST:
        return "request";
      case BORR:
        return "BoRR";
      case EORR:
        return "EoRR";
      default:
        return "reserved(" + subtype + ")";
    }
  }
}
