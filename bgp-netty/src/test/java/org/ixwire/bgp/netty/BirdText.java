package org.ixwire.bgp.netty;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.ixwire.bgp.attribute.AsPathAttribute;
import org.ixwire.bgp.attribute.CommunitiesAttribute;
import org.ixwire.bgp.attribute.ExtendedCommunitiesAttribute;
import org.ixwire.bgp.attribute.LargeCommunitiesAttribute;
import org.ixwire.bgp.attribute.LargeCommunity;
import org.ixwire.bgp.attribute.LocalPrefAttribute;
import org.ixwire.bgp.attribute.MpReachAttribute;
import org.ixwire.bgp.attribute.MultiExitDiscAttribute;
import org.ixwire.bgp.attribute.NextHopAttribute;
import org.ixwire.bgp.attribute.OriginAttribute;
import org.ixwire.bgp.attribute.OtcAttribute;
import org.ixwire.bgp.attribute.PathAttribute;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.IpAddress;

/**
 * An UPDATE's attributes written the way {@code birdc show route all} writes them (BGP.origin,
 * BGP.as_path, ...; BIRD 2.0 nest/a-path.c, proto/bgp/attrs.c formats), so both can be compared as
 * maps. Attributes the interop routes do not carry are not covered and fail loudly.
 */
final class BirdText {
  private BirdText() {}

  static Map<String, String> of(Update u) {
    Map<String, String> m = new TreeMap<>();
    for (PathAttribute a : u.attributes()) {
      if (a instanceof OriginAttribute o) {
        m.put("origin", new String[] {"IGP", "EGP", "Incomplete"}[o.value()]);
      } else if (a instanceof AsPathAttribute p) {
        m.put("as_path", p.path().toString());
      } else if (a instanceof NextHopAttribute n) {
        m.put("next_hop", n.address().toString());
      } else if (a instanceof MpReachAttribute r) {
        StringJoiner j = new StringJoiner(" ");
        for (IpAddress x : r.nextHopAddresses()) {
          j.add(x.toString());
        }
        m.put("next_hop", j.toString());
      } else if (a instanceof MultiExitDiscAttribute d) {
        m.put("med", Long.toString(d.value()));
      } else if (a instanceof LocalPrefAttribute l) {
        m.put("local_pref", Long.toString(l.value()));
      } else if (a instanceof CommunitiesAttribute c) {
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < c.values().length(); i++) {
          int v = c.values().get(i);
          j.add("(" + (v >>> 16) + "," + (v & 0xffff) + ")");
        }
        m.put("community", j.toString());
      } else if (a instanceof ExtendedCommunitiesAttribute x) {
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < x.values().length(); i++) {
          j.add(extended(x.values().get(i)));
        }
        m.put("ext_community", j.toString());
      } else if (a instanceof LargeCommunitiesAttribute l) {
        StringJoiner j = new StringJoiner(" ");
        for (LargeCommunity c : l.values()) {
          j.add("(" + c.global() + ", " + c.local1() + ", " + c.local2() + ")");
        }
        m.put("large_community", j.toString());
      } else if (a instanceof OtcAttribute o) {
        m.put("otc", Long.toString(o.asn()));
      } else {
        throw new IllegalArgumentException("no BIRD text for " + a);
      }
    }
    return m;
  }

  /** Two-octet-AS route target / route origin (RFC 4360 §4), as BIRD prints them. */
  static String extended(long v) {
    int type = (int) (v >>> 56) & 0xff;
    int sub = (int) (v >>> 48) & 0xff;
    if (type == 0x00 && (sub == 0x02 || sub == 0x03)) {
      return "("
          + (sub == 2 ? "rt" : "ro")
          + ", "
          + ((v >>> 32) & 0xffff)
          + ", "
          + (v & 0xffffffffL)
          + ")";
    }
    throw new IllegalArgumentException(
        "no BIRD text for extended community " + Long.toHexString(v));
  }
}
