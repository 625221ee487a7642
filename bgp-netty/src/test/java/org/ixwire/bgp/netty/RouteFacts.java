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
 * A route's attributes as a map of plain strings, the common ground for comparing what ixwire
 * decoded or sent with what GoBGP, FRR or ExaBGP print: origin (0-2), as_path (ASNs separated by
 * spaces), next_hop, med, local_pref, community (asn:value ...), ext_community (16 hex digits ...),
 * large_community (a:b:c ...), otc. Attributes outside this list fail loudly.
 */
final class RouteFacts {
  private RouteFacts() {}

  static Map<String, String> of(Update u) {
    Map<String, String> m = new TreeMap<>();
    for (PathAttribute a : u.attributes()) {
      if (a instanceof OriginAttribute o) {
        m.put("origin", Integer.toString(o.value()));
      } else if (a instanceof AsPathAttribute p) {
        m.put("as_path", p.path().toString());
      } else if (a instanceof NextHopAttribute n) {
        m.put("next_hop", n.address().toString());
      } else if (a instanceof MpReachAttribute r) {
        StringJoiner j = new StringJoiner(" ");
        for (IpAddress x : r.nextHopAddresses()) {
          j.add(address(x));
        }
        m.put("next_hop", j.toString());
      } else if (a instanceof MultiExitDiscAttribute d) {
        m.put("med", Long.toString(d.value()));
      } else if (a instanceof LocalPrefAttribute l) {
        m.put("local_pref", Long.toString(l.value()));
      } else if (a instanceof CommunitiesAttribute c) {
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < c.values().length(); i++) {
          j.add(community(c.values().get(i)));
        }
        m.put("community", j.toString());
      } else if (a instanceof ExtendedCommunitiesAttribute x) {
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < x.values().length(); i++) {
          j.add(String.format("%016x", x.values().get(i)));
        }
        m.put("ext_community", j.toString());
      } else if (a instanceof LargeCommunitiesAttribute l) {
        StringJoiner j = new StringJoiner(" ");
        for (LargeCommunity c : l.values()) {
          j.add(c.global() + ":" + c.local1() + ":" + c.local2());
        }
        m.put("large_community", j.toString());
      } else if (a instanceof OtcAttribute o) {
        m.put("otc", Long.toString(o.asn()));
      } else {
        throw new IllegalArgumentException("no fact for " + a);
      }
    }
    return m;
  }

  /** IPv4-mapped IPv6 addresses in their RFC 4291 §2.5.5.2 text form, others as usual. */
  static String address(IpAddress a) {
    byte[] b = a.toByteArray();
    if (b.length == 16 && b[10] == (byte) 0xff && b[11] == (byte) 0xff) {
      boolean mapped = true;
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped) {
        return "::ffff:"
            + (b[12] & 0xff)
            + "."
            + (b[13] & 0xff)
            + "."
            + (b[14] & 0xff)
            + "."
            + (b[15] & 0xff);
      }
    }
    return a.toString();
  }

  static String community(long v) {
    return ((v >>> 16) & 0xffff) + ":" + (v & 0xffff);
  }

  /**
   * A two-octet-AS specific extended community (RFC 4360 §3.1) from its type, subtype, AS, value.
   */
  static String extended(int type, int subtype, long asn, long value) {
    return String.format(
        "%016x", ((long) type << 56) | ((long) subtype << 48) | (asn << 32) | value);
  }
}
