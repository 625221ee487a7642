package org.ixwire.mrt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ixwire.bgp.attribute.AsPathView;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Prefix;
import org.ixwire.mrt.record.MrtRecordView;

/**
 * A predicate over {@link RouteElementView}s, evaluated without allocation (except the AS-path
 * regular expression, which renders the path into a reused buffer). Filters combine with {@link
 * #and}. A filter may also reject whole records early ({@link #acceptsRecord}), which the time
 * filter does.
 *
 * <p>Instances with state (the AS-path matcher) are not thread-safe: one per reader.
 */
public abstract class ElementFilter {
  /** Accepts everything. */
  public static final ElementFilter ALL =
      new ElementFilter() {
        @Override
        public boolean test(RouteElementView e) {
          return true;
        }
      };

  /** Whether the element passes. */
  public abstract boolean test(RouteElementView e);

  /** Whether any element of the record could pass (default true). */
  public boolean acceptsRecord(MrtRecordView r) {
    return true;
  }

  /** Both this filter and {@code other}. */
  public ElementFilter and(ElementFilter other) {
    ElementFilter self = this;
    return new ElementFilter() {
      @Override
      public boolean test(RouteElementView e) {
        return self.test(e) && other.test(e);
      }

      @Override
      public boolean acceptsRecord(MrtRecordView r) {
        return self.acceptsRecord(r) && other.acceptsRecord(r);
      }
    };
  }

  /** Elements from the peer with address {@code address}. */
  public static ElementFilter peerAddress(IpAddress address) {
    return new ElementFilter() {
      @Override
      public boolean test(RouteElementView e) {
        return e.peerAddressEquals(address);
      }
    };
  }

  /** Elements from peers of AS {@code asn}. */
  public static ElementFilter peerAs(long asn) {
    return new ElementFilter() {
      @Override
      public boolean test(RouteElementView e) {
        return e.peerAs() == asn;
      }
    };
  }

  /** Elements whose prefix equals {@code p}. */
  public static ElementFilter prefixExact(Prefix p) {
    byte[] a = p.address().toByteArray();
    int bits = p.length();
    return new ElementFilter() {
      @Override
      public boolean test(RouteElementView e) {
        return e.prefixLength() == bits && e.within(a, bits);
      }
    };
  }

  /** Elements whose prefix is {@code p} or more specific. */
  public static ElementFilter prefixMoreSpecific(Prefix p) {
    byte[] a = p.address().toByteArray();
    int bits = p.length();
    return new ElementFilter() {
      @Override
      public boolean test(RouteElementView e) {
        return e.within(a, bits);
      }
    };
  }

  /** Elements whose prefix is {@code p} or less specific (covers it). */
  public static ElementFilter prefixLessSpecific(Prefix p) {
    byte[] a = p.address().toByteArray();
    int bits = p.length();
    return new ElementFilter() {
      @Override
      public boolean test(RouteElementView e) {
        return e.covers(a, bits);
      }
    };
  }

  /** Announcements and RIB entries whose AS path ends in {@code asn} (RFC 6793 merge applied). */
  public static ElementFilter originAs(long asn) {
    return new ElementFilter() {
      @Override
      public boolean test(RouteElementView e) {
        return e.originAs() == asn;
      }
    };
  }

  /**
   * Announcements and RIB entries whose AS path, rendered as in bgpdump ({@code 1 2 {3,4}}), has a
   * match of {@code regex} ({@link Matcher#find()}).
   */
  public static ElementFilter asPath(Pattern regex) {
    StringBuilder sb = new StringBuilder(128);
    Matcher m = regex.matcher(sb);
    return new ElementFilter() {
      @Override
      public boolean test(RouteElementView e) {
        if (e.type() == ElementType.WITHDRAW) {
          return false;
        }
        sb.setLength(0);
        PathAttributesView a = e.attributes();
        render(a.asPath(), sb);
        if (a.hasAs4Path()) {
          sb.setLength(0);
          sb.append(a.effectiveAsPath());
        }
        m.reset(sb);
        return m.find();
      }
    };
  }

  static void render(AsPathView p, StringBuilder sb) {
    boolean first = true;
    while (p.nextSegment()) {
      if (!first) {
        sb.append(' ');
      }
      first = false;
      int t = p.segmentType();
      boolean set = t == 1 || t == 4;
      if (t != 2) {
        sb.append(t == 1 ? '{' : t == 3 ? '(' : '[');
      }
      for (int i = 0; i < p.segmentLength(); i++) {
        if (i > 0) {
          sb.append(set ? ',' : ' ');
        }
        sb.append(p.asn(i));
      }
      if (t != 2) {
        sb.append(t == 1 ? '}' : t == 3 ? ')' : ']');
      }
    }
  }

  /** Elements carrying the standard community {@code asn:value} (RFC 1997). */
  public static ElementFilter community(int asn, int value) {
    int c = asn << 16 | (value & 0xffff);
    return new ElementFilter() {
      @Override
      public boolean test(RouteElementView e) {
        return e.type() != ElementType.WITHDRAW && e.attributes().hasCommunity(c);
      }
    };
  }

  /** Elements carrying the large community {@code global:local1:local2} (RFC 8092). */
  public static ElementFilter largeCommunity(long global, long local1, long local2) {
    return new ElementFilter() {
      @Override
      public boolean test(RouteElementView e) {
        if (e.type() == ElementType.WITHDRAW) {
          return false;
        }
        PathAttributesView a = e.attributes();
        for (int i = 0; i < a.largeCommunityCount(); i++) {
          if (a.largeCommunityGlobal(i) == global
              && a.largeCommunityLocal1(i) == local1
              && a.largeCommunityLocal2(i) == local2) {
            return true;
          }
        }
        return false;
      }
    };
  }

  /** Elements of the given type (announcement, withdrawal or RIB entry). */
  public static ElementFilter type(ElementType type) {
    return new ElementFilter() {
      @Override
      public boolean test(RouteElementView e) {
        return e.type() == type;
      }
    };
  }

  /** Elements of records timestamped in {@code [from, to]} (seconds since the epoch). */
  public static ElementFilter timeRange(long from, long to) {
    return new ElementFilter() {
      @Override
      public boolean test(RouteElementView e) {
        return e.timestamp() >= from && e.timestamp() <= to;
      }

      @Override
      public boolean acceptsRecord(MrtRecordView r) {
        long t = r.timestamp();
        return t >= from && t <= to;
      }
    };
  }

  /** Elements of address family {@code afi} (1 IPv4, 2 IPv6). */
  public static ElementFilter family(int afi) {
    return new ElementFilter() {
      @Override
      public boolean test(RouteElementView e) {
        return e.afi() == afi;
      }
    };
  }
}
