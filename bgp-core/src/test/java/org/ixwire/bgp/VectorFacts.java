package org.ixwire.bgp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ixwire.bgp.attribute.AggregatorAttribute;
import org.ixwire.bgp.attribute.AsPath;
import org.ixwire.bgp.attribute.AsPathAttribute;
import org.ixwire.bgp.attribute.AtomicAggregateAttribute;
import org.ixwire.bgp.attribute.ClusterListAttribute;
import org.ixwire.bgp.attribute.CommunitiesAttribute;
import org.ixwire.bgp.attribute.ExtendedCommunitiesAttribute;
import org.ixwire.bgp.attribute.Ipv6ExtendedCommunitiesAttribute;
import org.ixwire.bgp.attribute.Ipv6ExtendedCommunity;
import org.ixwire.bgp.attribute.LargeCommunitiesAttribute;
import org.ixwire.bgp.attribute.LargeCommunity;
import org.ixwire.bgp.attribute.LocalPrefAttribute;
import org.ixwire.bgp.attribute.MpReachAttribute;
import org.ixwire.bgp.attribute.MpUnreachAttribute;
import org.ixwire.bgp.attribute.MultiExitDiscAttribute;
import org.ixwire.bgp.attribute.NextHopAttribute;
import org.ixwire.bgp.attribute.OriginAttribute;
import org.ixwire.bgp.attribute.OriginatorIdAttribute;
import org.ixwire.bgp.attribute.OtcAttribute;
import org.ixwire.bgp.attribute.PathAttribute;
import org.ixwire.bgp.attribute.UnknownAttribute;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.capability.FourOctetAsCapability;
import org.ixwire.bgp.capability.MultiprotocolCapability;
import org.ixwire.bgp.capability.SoftwareVersionCapability;
import org.ixwire.bgp.message.BgpMessage;
import org.ixwire.bgp.message.Notification;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.LabeledNlri;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.bgp.nlri.VpnNlri;
import org.jspecify.annotations.Nullable;

/**
 * The facts a differential test compares: the same canonical strings are derived from a bgp-core
 * value and from a reference decode (ExaBGP JSON), so that a difference reads as a line of text.
 *
 * <p>Facts: announced and withdrawn routes of the families bgp-core decodes (prefix, path id,
 * labels, RD, next hop), the families of routes it keeps raw, End-of-RIB, ORIGIN, AS path, MED,
 * LOCAL_PREF, ATOMIC_AGGREGATE, AGGREGATOR, the three kinds of communities (and RFC 5701), OTC,
 * ORIGINATOR_ID, CLUSTER_LIST, attributes unknown to the reference, OPEN fields and capabilities,
 * NOTIFICATION code and subcode. IP addresses are written in one uncompressed form on both sides.
 */
final class VectorFacts {
  private VectorFacts() {}

  /** Attribute types the reference decodes into JSON we do not compare (PMSI, tunnel-encap...). */
  static final Set<Integer> REFERENCE_NAMED_UNCOMPARED = Set.of(22, 23, 26, 29, 40);

  /** JSON attribute keys deliberately not compared (bgp-core keeps those attributes raw). */
  static final Set<String> JSON_UNCOMPARED =
      Set.of("bgp-prefix-sid", "tunnel-encap", "bgp-ls", "pmsi-tunnel", "aigp");

  // ------------------------------------------------------------------ names and addresses

  static String afiName(int afi) {
    switch (afi) {
      case 1:
        return "ipv4";
      case 2:
        return "ipv6";
      case 25:
        return "l2vpn";
      case 16388:
        return "bgp-ls";
      default:
        return "afi" + afi;
    }
  }

  static String safiName(int safi) {
    switch (safi) {
      case 1:
        return "unicast";
      case 2:
        return "multicast";
      case 4:
        return "nlri-mpls";
      case 5:
        return "mcast-vpn";
      case 65:
        return "vpls";
      case 70:
        return "evpn";
      case 71:
        return "bgp-ls";
      case 72:
        return "bgp-ls-vpn";
      case 73:
        return "sr-policy";
      case 85:
        return "mup";
      case 128:
        return "mpls-vpn";
      case 132:
        return "rtc";
      case 133:
        return "flow";
      case 134:
        return "flow-vpn";
      default:
        return "safi" + safi;
    }
  }

  /** "ipv4 unicast", as ExaBGP names families in its JSON. */
  static String family(AfiSafi f) {
    return afiName(f.afi().code()) + " " + safiName(f.safi().code());
  }

  /** Whether bgp-core decodes routes of {@code family} (ExaBGP name) into prefixes. */
  static boolean decodedFamily(String family) {
    String[] f = family.split(" ");
    return (f[0].equals("ipv4") || f[0].equals("ipv6"))
        && Set.of("unicast", "multicast", "nlri-mpls", "mpls-vpn").contains(f[1]);
  }

  /** An address as text: dotted quad, or eight uncompressed hex groups. */
  static String ip(byte[] b) {
    if (b.length == 4) {
      return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i += 2) {
      sb.append(i == 0 ? "" : ":")
          .append(Integer.toHexString((b[i] & 0xff) << 8 | b[i + 1] & 0xff));
    }
    return sb.toString();
  }

  static String ip(IpAddress a) {
    return ip(a.toByteArray());
  }

  /** Parses an IPv4 or IPv6 text address (IPv6 with "::" and an embedded IPv4 tail). */
  static byte[] parseIp(String text) {
    String t = text.trim();
    if (t.indexOf(':') < 0) {
      String[] q = t.split("\\.");
      if (q.length != 4) {
        throw new IllegalArgumentException("not an address: " + text);
      }
      byte[] b = new byte[4];
      for (int i = 0; i < 4; i++) {
        b[i] = (byte) Integer.parseInt(q[i]);
      }
      return b;
    }
    List<Integer> head = new ArrayList<>();
    List<Integer> tail = new ArrayList<>();
    int dc = t.indexOf("::");
    groups(dc < 0 ? t : t.substring(0, dc), head);
    if (dc >= 0) {
      groups(t.substring(dc + 2), tail);
    }
    byte[] b = new byte[16];
    int i = 0;
    for (int g : head) {
      b[i++] = (byte) (g >>> 8);
      b[i++] = (byte) g;
    }
    i = 16 - 2 * tail.size();
    for (int g : tail) {
      b[i++] = (byte) (g >>> 8);
      b[i++] = (byte) g;
    }
    return b;
  }

  private static void groups(String s, List<Integer> out) {
    if (s.isEmpty()) {
      return;
    }
    for (String g : s.split(":")) {
      if (g.indexOf('.') >= 0) {
        byte[] v4 = parseIp(g);
        out.add((v4[0] & 0xff) << 8 | v4[1] & 0xff);
        out.add((v4[2] & 0xff) << 8 | v4[3] & 0xff);
      } else {
        out.add(Integer.parseInt(g, 16));
      }
    }
  }

  static String canonIp(String text) {
    return ip(parseIp(text));
  }

  /** "a.b.c.d/len" or "v6/len" in canonical form. */
  static String canonPrefix(String text) {
    int slash = text.indexOf('/');
    return canonIp(text.substring(0, slash)) + text.substring(slash);
  }

  // ------------------------------------------------------------------ bgp-core side

  /** The facts of a bgp-core message decoded under {@code options}. */
  static List<String> of(BgpMessage m, BgpSessionOptions options) {
    List<String> out = new ArrayList<>();
    if (m instanceof Update) {
      update((Update) m, options, out);
    } else if (m instanceof Open) {
      open((Open) m, out);
    } else if (m instanceof Notification) {
      Notification n = (Notification) m;
      out.add("notification " + n.code() + "/" + n.subcode());
    } else {
      out.add(m.type().toString().toLowerCase(Locale.ROOT));
    }
    out.sort(null);
    return out;
  }

  private static void open(Open o, List<String> out) {
    out.add("version " + o.version());
    out.add("asn " + o.myAs());
    out.add("hold " + o.holdTime());
    out.add("router-id " + ip(o.bgpIdentifier()));
    Set<String> caps = new TreeSet<>();
    for (Capability c : o.capabilities()) {
      caps.add("capability " + c.code().code());
      if (c instanceof MultiprotocolCapability) {
        AfiSafi f = ((MultiprotocolCapability) c).family();
        caps.add("mp " + afiName(f.afi().code()) + "/" + safiName(f.safi().code()));
      } else if (c instanceof FourOctetAsCapability) {
        caps.add("asn4 " + ((FourOctetAsCapability) c).asn());
      } else if (c instanceof SoftwareVersionCapability) {
        caps.add("software " + ((SoftwareVersionCapability) c).text());
      } else if (c instanceof org.ixwire.bgp.capability.FqdnCapability) {
        org.ixwire.bgp.capability.FqdnCapability q = (org.ixwire.bgp.capability.FqdnCapability) c;
        caps.add("fqdn " + q.hostnameText() + " " + q.domainText());
      }
    }
    out.addAll(caps);
  }

  private static String nlri(Nlri n) {
    StringBuilder sb = new StringBuilder();
    if (n instanceof PrefixNlri) {
      PrefixNlri p = (PrefixNlri) n;
      sb.append(ip(p.prefix().address())).append('/').append(p.prefix().length());
    } else if (n instanceof LabeledNlri) {
      LabeledNlri p = (LabeledNlri) n;
      sb.append(ip(p.prefix().address())).append('/').append(p.prefix().length());
      sb.append(" label=").append(p.labels());
    } else if (n instanceof VpnNlri) {
      VpnNlri p = (VpnNlri) n;
      sb.append(ip(p.prefix().address())).append('/').append(p.prefix().length());
      sb.append(" label=").append(p.labels());
      sb.append(" rd=").append(p.rd());
    } else {
      throw new IllegalStateException("not a prefix: " + n);
    }
    if (n.hasPathId()) {
      sb.append(" path=").append(n.pathId());
    }
    return sb.toString();
  }

  private static void update(Update u, BgpSessionOptions o, List<String> out) {
    u.endOfRibFamily().ifPresent(f -> out.add("eor " + family(f)));
    String ipv4Nh = "-";
    AsPath path = null;
    AsPath as4Path = null;
    AggregatorAttribute aggregator = null;
    AggregatorAttribute as4Aggregator = null;
    for (PathAttribute a : u.attributes()) {
      if (a instanceof OriginAttribute) {
        out.add(
            "origin "
                + OriginAttribute.name(((OriginAttribute) a).value()).toLowerCase(Locale.ROOT));
      } else if (a instanceof AsPathAttribute) {
        AsPathAttribute p = (AsPathAttribute) a;
        if (p.as4Path()) {
          as4Path = p.path();
        } else {
          path = p.path();
        }
      } else if (a instanceof NextHopAttribute) {
        ipv4Nh = ip(((NextHopAttribute) a).address());
      } else if (a instanceof MultiExitDiscAttribute) {
        out.add("med " + ((MultiExitDiscAttribute) a).value());
      } else if (a instanceof LocalPrefAttribute) {
        out.add("local-pref " + ((LocalPrefAttribute) a).value());
      } else if (a instanceof AtomicAggregateAttribute) {
        out.add("atomic-aggregate");
      } else if (a instanceof AggregatorAttribute) {
        AggregatorAttribute g = (AggregatorAttribute) a;
        if (g.as4Aggregator()) {
          as4Aggregator = g;
        } else {
          aggregator = g;
        }
      } else if (a instanceof CommunitiesAttribute) {
        List<String> l = new ArrayList<>();
        for (int c : ((CommunitiesAttribute) a).values().toArray()) {
          l.add((c >>> 16) + ":" + (c & 0xffff));
        }
        out.add("community " + l);
      } else if (a instanceof ExtendedCommunitiesAttribute) {
        List<String> l = new ArrayList<>();
        for (long c : ((ExtendedCommunitiesAttribute) a).values().toArray()) {
          l.add(Long.toUnsignedString(c));
        }
        out.add("ext-community " + l);
      } else if (a instanceof Ipv6ExtendedCommunitiesAttribute) {
        List<String> l = new ArrayList<>();
        for (Ipv6ExtendedCommunity c : ((Ipv6ExtendedCommunitiesAttribute) a).values()) {
          byte[] b = new byte[20];
          b[0] = (byte) c.type();
          b[1] = (byte) c.subtype();
          System.arraycopy(c.global().toByteArray(), 0, b, 2, 16);
          b[18] = (byte) (c.local() >>> 8);
          b[19] = (byte) c.local();
          l.add(new BigInteger(1, b).toString());
        }
        out.add("ext-community-ipv6 " + l);
      } else if (a instanceof LargeCommunitiesAttribute) {
        List<String> l = new ArrayList<>();
        for (LargeCommunity c : ((LargeCommunitiesAttribute) a).values()) {
          l.add(c.global() + ":" + c.local1() + ":" + c.local2());
        }
        out.add("large-community " + l);
      } else if (a instanceof OriginatorIdAttribute) {
        out.add("originator-id " + ip(((OriginatorIdAttribute) a).id()));
      } else if (a instanceof ClusterListAttribute) {
        List<String> l = new ArrayList<>();
        for (int c : ((ClusterListAttribute) a).ids().toArray()) {
          l.add(ip(IpAddress.ipv4(c)));
        }
        out.add("cluster-list " + l);
      } else if (a instanceof OtcAttribute) {
        out.add("otc " + ((OtcAttribute) a).asn());
      } else if (a instanceof UnknownAttribute) {
        UnknownAttribute x = (UnknownAttribute) a;
        if (!REFERENCE_NAMED_UNCOMPARED.contains(x.typeCode())) {
          out.add(
              String.format(
                  "attribute 0x%02X flags 0x%02X value %s",
                  x.typeCode(), x.flags(), x.value().toHex().toLowerCase(Locale.ROOT)));
        }
      }
    }
    if (path != null) {
      AsPath effective = path;
      if (!o.fourOctetAs() && as4Path != null) {
        effective = AsPath.merge(path, as4Path);
      }
      if (!effective.segments().isEmpty()) {
        out.add("as-path " + asPath(effective));
      }
    }
    if (aggregator != null) {
      long as = aggregator.asn();
      IpAddress addr = aggregator.address();
      if (!o.fourOctetAs() && as == AsPath.AS_TRANS && as4Aggregator != null) {
        as = as4Aggregator.asn();
        addr = as4Aggregator.address();
      }
      out.add("aggregator " + as + ":" + ip(addr));
    }
    for (Nlri n : u.nlri()) {
      out.add("announce ipv4 unicast " + nlri(n) + " nh=" + ipv4Nh);
    }
    for (Nlri n : u.withdrawn()) {
      out.add("withdraw ipv4 unicast " + nlri(n));
    }
    u.attribute(MpReachAttribute.class)
        .ifPresent(
            r -> {
              String fam = family(r.family());
              List<IpAddress> nhs = r.nextHopAddresses();
              String nh = nhs.isEmpty() ? "-" : ip(nhs.get(0));
              addRoutes("announce", fam, r.nlri(), " nh=" + nh, out);
            });
    u.attribute(MpUnreachAttribute.class)
        .ifPresent(r -> addRoutes("withdraw", family(r.family()), r.nlri(), "", out));
  }

  private static void addRoutes(
      String kind, String fam, List<Nlri> routes, String suffix, List<String> out) {
    if (routes.isEmpty()) {
      return;
    }
    if (!decodedFamily(fam)) {
      out.add(kind + "-family " + fam);
      return;
    }
    for (Nlri n : routes) {
      out.add(kind + " " + fam + " " + nlri(n) + suffix);
    }
  }

  static String asPath(AsPath p) {
    StringBuilder sb = new StringBuilder();
    for (AsPath.Segment s : p.segments()) {
      String name;
      switch (s.type()) {
        case AsPath.AS_SET:
          name = "set";
          break;
        case AsPath.AS_SEQUENCE:
          name = "seq";
          break;
        case AsPath.AS_CONFED_SEQUENCE:
          name = "cseq";
          break;
        default:
          name = "cset";
      }
      sb.append(sb.length() == 0 ? "" : " ").append(name).append('(');
      long[] asns = s.asns().toArray();
      for (int i = 0; i < asns.length; i++) {
        sb.append(i == 0 ? "" : " ").append(asns[i]);
      }
      sb.append(')');
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ ExaBGP side

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(@Nullable Object o) {
    return o instanceof Map ? (Map<String, Object>) o : new LinkedHashMap<>();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(@Nullable Object o) {
    return o instanceof List ? (List<Object>) o : new ArrayList<>();
  }

  static String num(Object o) {
    return ((BigDecimal) o).toBigIntegerExact().toString();
  }

  /** The ExaBGP "neighbor" object's message payload: the "update"/"open"/"eor" maps. */
  static Map<String, Object> neighbor(Map<String, Object> json) {
    return map(json.get("neighbor"));
  }

  /** The facts of an ExaBGP JSON message (v4 and v6 formats). */
  static List<String> ofExabgp(Map<String, Object> json) {
    List<String> out = new ArrayList<>();
    Map<String, Object> n = neighbor(json);
    String type = String.valueOf(json.get("type"));
    if (type.equals("open")) {
      exabgpOpen(map(n.get("open")), out);
    } else if (type.equals("update")) {
      Map<String, Object> msg = map(n.get("message"));
      if (msg.containsKey("eor")) {
        Map<String, Object> e = map(msg.get("eor"));
        out.add("eor " + e.get("afi") + " " + e.get("safi"));
      } else {
        exabgpUpdate(map(msg.get("update")), out);
      }
    } else if (type.equals("notification")) {
      Map<String, Object> no = map(n.get("notification"));
      out.add("notification " + num(no.get("code")) + "/" + num(no.get("subcode")));
    } else {
      out.add(type);
    }
    out.sort(null);
    return out;
  }

  private static void exabgpOpen(Map<String, Object> o, List<String> out) {
    out.add("version " + num(o.get("version")));
    out.add("asn " + num(o.get("asn")));
    out.add("hold " + num(o.get("hold_time")));
    out.add("router-id " + canonIp((String) o.get("router_id")));
    Set<String> caps = new TreeSet<>();
    for (Map.Entry<String, Object> e : map(o.get("capabilities")).entrySet()) {
      caps.add("capability " + e.getKey());
      Map<String, Object> c = map(e.getValue());
      switch (e.getKey()) {
        case "1":
          for (Object f : list(c.get("families"))) {
            caps.add("mp " + f);
          }
          break;
        case "65":
          caps.add("asn4 " + num(c.get("asn4")));
          break;
        case "75":
          caps.add("software " + c.get("software"));
          break;
        case "73":
          caps.add("fqdn " + c.get("host-name") + " " + c.get("domain-name"));
          break;
        default:
          break;
      }
    }
    out.addAll(caps);
  }

  private static void exabgpUpdate(Map<String, Object> u, List<String> out) {
    for (Map.Entry<String, Object> e : map(u.get("attribute")).entrySet()) {
      String k = e.getKey();
      Object v = e.getValue();
      switch (k) {
        case "origin":
          out.add("origin " + v);
          break;
        case "as-path":
          {
            String p = exabgpAsPath(v);
            if (!p.isEmpty()) {
              out.add("as-path " + p);
            }
            break;
          }
        case "confederation-path":
          if (!list(v).isEmpty()) {
            out.add("unhandled confederation-path " + v);
          }
          break;
        case "med":
          out.add("med " + num(v));
          break;
        case "local-preference":
          out.add("local-pref " + num(v));
          break;
        case "atomic-aggregate":
          out.add("atomic-aggregate");
          break;
        case "aggregator":
          {
            String s = (String) v;
            int c = s.indexOf(':');
            out.add("aggregator " + s.substring(0, c) + ":" + canonIp(s.substring(c + 1)));
            break;
          }
        case "community":
          {
            List<String> l = new ArrayList<>();
            for (Object c : list(v)) {
              l.add(num(list(c).get(0)) + ":" + num(list(c).get(1)));
            }
            out.add("community " + l);
            break;
          }
        case "extended-community":
        case "extended-community-ipv6":
          {
            List<String> l = new ArrayList<>();
            for (Object c : list(v)) {
              l.add(num(map(c).get("value")));
            }
            out.add(
                (k.equals("extended-community") ? "ext-community " : "ext-community-ipv6 ") + l);
            break;
          }
        case "large-community":
          {
            List<String> l = new ArrayList<>();
            for (Object c : list(v)) {
              List<Object> x = list(c);
              l.add(num(x.get(0)) + ":" + num(x.get(1)) + ":" + num(x.get(2)));
            }
            out.add("large-community " + l);
            break;
          }
        case "originator-id":
          out.add("originator-id " + canonIp((String) v));
          break;
        case "cluster-list":
          {
            List<String> l = new ArrayList<>();
            for (Object c : list(v)) {
              l.add(canonIp((String) c));
            }
            out.add("cluster-list " + l);
            break;
          }
        default:
          if (k.startsWith("attribute-0x")) {
            // generic attribute: "attribute-0xTT-0xFF": "0xVALUE"
            int type = Integer.parseInt(k.substring(12, 14), 16);
            int flags = Integer.parseInt(k.substring(17, 19), 16);
            String value = ((String) v).substring(2).toLowerCase(Locale.ROOT);
            if (type == 35 && value.length() == 8) {
              // ExaBGP 4.0 predates RFC 9234 and prints OTC as a generic attribute
              out.add("otc " + Long.parseLong(value, 16));
            } else {
              out.add(String.format("attribute 0x%02X flags 0x%02X value %s", type, flags, value));
            }
          } else if (!JSON_UNCOMPARED.contains(k)) {
            out.add("unhandled json attribute " + k);
          }
      }
    }
    for (Map.Entry<String, Object> f : map(u.get("announce")).entrySet()) {
      String fam = f.getKey();
      for (Map.Entry<String, Object> nh : map(f.getValue()).entrySet()) {
        for (Object r : list(nh.getValue())) {
          if (!decodedFamily(fam)) {
            if (!out.contains("announce-family " + fam)) {
              out.add("announce-family " + fam);
            }
            continue;
          }
          String hop = nh.getKey().equals("no-nexthop") ? "-" : canonIp(nh.getKey());
          out.add("announce " + fam + " " + exabgpRoute(map(r)) + " nh=" + hop);
        }
      }
    }
    for (Map.Entry<String, Object> f : map(u.get("withdraw")).entrySet()) {
      String fam = f.getKey();
      for (Object r : list(f.getValue())) {
        if (!decodedFamily(fam)) {
          if (!out.contains("withdraw-family " + fam)) {
            out.add("withdraw-family " + fam);
          }
          continue;
        }
        out.add("withdraw " + fam + " " + exabgpRoute(map(r)));
      }
    }
  }

  private static String exabgpRoute(Map<String, Object> r) {
    StringBuilder sb = new StringBuilder(canonPrefix((String) r.get("nlri")));
    if (r.containsKey("label")) {
      List<String> raw = new ArrayList<>();
      for (Object l : list(r.get("label"))) {
        raw.add(num(list(l).get(1)));
      }
      sb.append(" label=").append(raw);
    }
    if (r.containsKey("rd")) {
      sb.append(" rd=").append(r.get("rd"));
    }
    if (r.containsKey("path-information")) {
      byte[] b = parseIp((String) r.get("path-information"));
      sb.append(" path=").append(new BigInteger(1, b));
    }
    return sb.toString();
  }

  private static String exabgpAsPath(Object v) {
    StringBuilder sb = new StringBuilder();
    if (v instanceof List) {
      // ExaBGP 4: a flat list is one AS_SEQUENCE; a nested list is an AS_SET
      List<String> seq = new ArrayList<>();
      for (Object x : list(v)) {
        if (x instanceof List) {
          throw new IllegalArgumentException("AS_SET in ExaBGP 4 JSON not handled: " + v);
        }
        seq.add(num(x));
      }
      if (!seq.isEmpty()) {
        sb.append("seq(").append(String.join(" ", seq)).append(')');
      }
      return sb.toString();
    }
    for (Object seg : map(v).values()) {
      Map<String, Object> s = map(seg);
      String el = String.valueOf(s.get("element"));
      String name =
          el.contains("confed")
              ? (el.contains("set") ? "cset" : "cseq")
              : (el.contains("set") ? "set" : "seq");
      List<String> asns = new ArrayList<>();
      for (Object x : list(s.get("value"))) {
        asns.add(num(x));
      }
      sb.append(sb.length() == 0 ? "" : " ")
          .append(name)
          .append('(')
          .append(String.join(" ", asns))
          .append(')');
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ session options

  /**
   * Session options as the reference vector shows them: 4-octet AS unless told otherwise, ADD-PATH
   * for every family whose routes carry "path-information", iBGP/eBGP from the neighbor's ASNs,
   * extended next hop for IPv4 families announced with an IPv6 next hop, extended messages.
   */
  static BgpSessionOptions optionsFrom(Collection<Map<String, Object>> jsons, boolean fourOctetAs) {
    BgpSessionOptions.Builder b =
        BgpSessionOptions.builder().fourOctetAs(fourOctetAs).extendedMessage(true);
    for (Map<String, Object> j : jsons) {
      Map<String, Object> asn = map(neighbor(j).get("asn"));
      if (asn.containsKey("local") && asn.containsKey("peer")) {
        b.peerType(
            num(asn.get("local")).equals(num(asn.get("peer")))
                ? BgpSessionOptions.PeerType.INTERNAL
                : BgpSessionOptions.PeerType.EXTERNAL);
      }
      Map<String, Object> u = map(map(neighbor(j).get("message")).get("update"));
      for (String kind : List.of("announce", "withdraw")) {
        for (Map.Entry<String, Object> f : map(u.get(kind)).entrySet()) {
          AfiSafi fam = parseFamily(f.getKey());
          if (fam == null) {
            continue;
          }
          List<Object> routes = new ArrayList<>();
          if (kind.equals("announce")) {
            for (Map.Entry<String, Object> nh : map(f.getValue()).entrySet()) {
              routes.addAll(list(nh.getValue()));
              if (fam.afi().code() == 1 && nh.getKey().contains(":")) {
                b.extendedNextHop(fam);
              }
            }
          } else {
            routes.addAll(list(f.getValue()));
          }
          for (Object r : routes) {
            if (map(r).containsKey("path-information")) {
              b.addPath(fam);
            }
          }
        }
      }
    }
    return b.build();
  }

  static @Nullable AfiSafi parseFamily(String exabgpName) {
    String[] f = exabgpName.split(" ");
    int afi = -1;
    int safi = -1;
    for (int a : new int[] {1, 2, 25, 16388}) {
      if (afiName(a).equals(f[0])) {
        afi = a;
      }
    }
    for (int s = 0; s < 256; s++) {
      if (safiName(s).equals(f[1])) {
        safi = s;
      }
    }
    return afi < 0 || safi < 0 ? null : AfiSafi.of(afi, safi);
  }

  // ------------------------------------------------------------------ known differences

  /** The checked-in known differences: key → reason ("BUG: ..." or a reference-side quirk). */
  static Map<String, String> knownDifferences() {
    Map<String, String> m = new LinkedHashMap<>();
    try (var in = VectorFacts.class.getResourceAsStream("vector-known-differences.tsv")) {
      if (in == null) {
        return m;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t", 2);
          m.put(f[0].trim(), f.length > 1 ? f[1].trim() : "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  /**
   * Collects per-vector outcomes: a vector with problems must be a known difference; a known
   * difference without problems is reported as stale (printed, so that the list can shrink).
   */
  static final class Tally {
    private final String source;
    private final Map<String, String> known = knownDifferences();
    private final List<String> failures = new ArrayList<>();
    private final List<String> stale = new ArrayList<>();
    int pass;
    int knownDiff;
    int skipped;

    Tally(String source) {
      this.source = source;
    }

    /** Records the outcome of vector {@code key}: {@code problems} empty means it matched. */
    void record(String key, List<String> problems) {
      if (problems.isEmpty()) {
        pass++;
        if (known.containsKey(key)) {
          stale.add(key);
        }
        return;
      }
      if (known.containsKey(key)) {
        knownDiff++;
        return;
      }
      failures.add(key + ":\n    " + String.join("\n    ", problems));
    }

    void skip() {
      skipped++;
    }

    /** Prints the summary and fails on unexplained differences. */
    void finish() {
      System.out.println(
          source
              + ": "
              + pass
              + " match, "
              + knownDiff
              + " known differences, "
              + skipped
              + " not applicable, "
              + failures.size()
              + " unexplained");
      if (!stale.isEmpty()) {
        System.out.println(
            source + ": known differences that now match (remove from the list): " + stale);
      }
      if (!failures.isEmpty()) {
        org.junit.jupiter.api.Assertions.fail(
            source
                + ": "
                + failures.size()
                + " unexplained differences (fix, or list in vector-known-differences.tsv):\n"
                + String.join("\n", failures));
      }
    }
  }

  /** The differences between two fact lists, as "- only in reference" / "+ only in bgp-core". */
  static List<String> diff(List<String> reference, List<String> ours) {
    List<String> out = new ArrayList<>();
    List<String> theirs = new ArrayList<>(reference);
    List<String> mine = new ArrayList<>(ours);
    for (String s : reference) {
      if (mine.remove(s)) {
        theirs.remove(s);
      }
    }
    for (String s : theirs) {
      out.add("- reference: " + s);
    }
    for (String s : mine) {
      out.add("+ bgp-core:  " + s);
    }
    return out;
  }
}
