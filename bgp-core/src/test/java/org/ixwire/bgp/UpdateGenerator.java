package org.ixwire.bgp;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.bgp.attribute.AigpAttribute;
import org.ixwire.bgp.attribute.AsPath;
import org.ixwire.bgp.attribute.ClusterListAttribute;
import org.ixwire.bgp.attribute.Ipv6ExtendedCommunitiesAttribute;
import org.ixwire.bgp.attribute.Ipv6ExtendedCommunity;
import org.ixwire.bgp.attribute.LargeCommunity;
import org.ixwire.bgp.attribute.OriginatorIdAttribute;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.LabeledNlri;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.bgp.nlri.Prefix;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.bgp.nlri.RouteDistinguisher;
import org.ixwire.bgp.nlri.VpnNlri;

/** Builds valid UPDATE values from a source of choices (Jazzer's data provider or a Random). */
final class UpdateGenerator {
  /** Where choices come from. */
  interface Source {
    int nextInt(int bound);

    long nextLong();

    default boolean nextBoolean() {
      return nextInt(2) == 1;
    }

    default long nextU32() {
      return nextLong() & 0xffffffffL;
    }
  }

  /** Choices taken from a Jazzer fuzzer's data. */
  static Source from(com.code_intelligence.jazzer.api.FuzzedDataProvider data) {
    return new Source() {
      @Override
      public int nextInt(int bound) {
        return data.consumeInt(0, bound - 1);
      }

      @Override
      public long nextLong() {
        return data.consumeLong();
      }
    };
  }

  /** Choices taken from {@code random}. */
  static Source from(java.util.Random random) {
    return new Source() {
      @Override
      public int nextInt(int bound) {
        return random.nextInt(bound);
      }

      @Override
      public long nextLong() {
        return random.nextLong();
      }
    };
  }

  private UpdateGenerator() {}

  static final AfiSafi[] MP_FAMILIES = {
    AfiSafi.IPV6_UNICAST, AfiSafi.IPV6_MULTICAST, AfiSafi.IPV4_MULTICAST,
    AfiSafi.IPV4_LABELED_UNICAST, AfiSafi.IPV6_LABELED_UNICAST, AfiSafi.IPV4_MPLS_VPN,
    AfiSafi.IPV6_MPLS_VPN
  };

  static Prefix prefix(Source s, boolean v6) {
    byte[] a = new byte[v6 ? 16 : 4];
    for (int i = 0; i < a.length; i++) {
      a[i] = (byte) s.nextInt(256);
    }
    return Prefix.of(a, s.nextInt(a.length * 8 + 1));
  }

  static Nlri route(Source s, AfiSafi f, boolean addPath) {
    long pathId = addPath ? s.nextU32() : Nlri.NO_PATH_ID;
    boolean v6 = f.afi().code() == 2;
    int safi = f.safi().code();
    if (safi == 4 || safi == 128) {
      int n = 1 + s.nextInt(2);
      int[] labels = new int[n];
      for (int i = 0; i < n; i++) {
        labels[i] = (s.nextInt(1 << 20) << 4) | (i == n - 1 ? 1 : 0);
        if (labels[i] == 0x800000 || labels[i] == 0) {
          labels[i] = 0x10 | (i == n - 1 ? 1 : 0);
        }
      }
      Prefix p = prefix(s, v6);
      if (safi == 4) {
        if (24 * n + p.length() > 255) {
          p = Prefix.of(p.address(), Math.min(p.length(), 255 - 24 * n));
        }
        return new LabeledNlri(f, pathId, ImmutableIntArray.copyOf(labels), p);
      }
      if (24 * n + 64 + p.length() > 255) {
        p = Prefix.of(p.address(), Math.min(p.length(), 255 - 24 * n - 64));
      }
      return new VpnNlri(
          f,
          pathId,
          ImmutableIntArray.copyOf(labels),
          new RouteDistinguisher(s.nextLong() & 0x0000ffffffffffffL),
          p);
    }
    return new PrefixNlri(f, pathId, prefix(s, v6));
  }

  /** An UPDATE and the (symmetric) options to encode and decode it with. */
  record Generated(Update update, BgpSessionOptions options) {}

  static Generated generate(Source s) {
    boolean as4 = s.nextBoolean();
    BgpSessionOptions.Builder ob =
        BgpSessionOptions.builder().fourOctetAs(as4).extendedMessage(true);
    boolean ap4 = s.nextBoolean();
    if (ap4) {
      ob.addPath(AfiSafi.IPV4_UNICAST);
    }
    AfiSafi mp = MP_FAMILIES[s.nextInt(MP_FAMILIES.length)];
    boolean apMp = s.nextBoolean();
    if (apMp) {
      ob.addPath(mp);
    }
    BgpSessionOptions o = ob.build();
    Update.Builder b = Update.builder();
    int withdrawn = s.nextInt(4);
    for (int i = 0; i < withdrawn; i++) {
      b.withdraw(route(s, AfiSafi.IPV4_UNICAST, ap4));
    }
    boolean announce = s.nextInt(4) != 0;
    if (announce) {
      b.origin(s.nextInt(3));
      List<AsPath.Segment> segs = new ArrayList<>();
      int ns = s.nextInt(4);
      for (int i = 0; i < ns; i++) {
        int n = 1 + s.nextInt(6);
        long[] asns = new long[n];
        for (int k = 0; k < n; k++) {
          asns[k] = as4 ? s.nextU32() : s.nextInt(65536);
        }
        segs.add(
            new AsPath.Segment(
                1 + s.nextInt(4), com.google.common.primitives.ImmutableLongArray.copyOf(asns)));
      }
      b.asPath(new AsPath(ImmutableList.copyOf(segs)));
      IpAddress nh4 = IpAddress.ipv4((int) s.nextLong());
      boolean mpRoutes = s.nextBoolean();
      if (mpRoutes) {
        int fam = mp.afi().code();
        if (fam == 2) {
          b.nextHop(ipv6(s), ipv6(s));
        } else {
          b.nextHop(nh4);
        }
        int n = 1 + s.nextInt(4);
        for (int i = 0; i < n; i++) {
          b.announce(route(s, mp, apMp));
        }
      } else {
        b.nextHop(nh4);
        int n = 1 + s.nextInt(4);
        for (int i = 0; i < n; i++) {
          b.announce(route(s, AfiSafi.IPV4_UNICAST, ap4));
        }
      }
      if (s.nextBoolean()) {
        b.med(s.nextU32());
      }
      if (s.nextBoolean()) {
        b.localPref(s.nextU32());
      }
      if (s.nextBoolean()) {
        b.atomicAggregate();
      }
      if (s.nextBoolean()) {
        b.aggregator(as4 ? s.nextU32() : s.nextInt(65536), IpAddress.ipv4((int) s.nextLong()));
      }
      int nc = s.nextInt(4);
      int[] comms = new int[nc];
      for (int i = 0; i < nc; i++) {
        comms[i] = (int) s.nextLong();
      }
      if (nc > 0) {
        b.communities(comms);
      }
      int ne = s.nextInt(3);
      long[] ext = new long[ne];
      for (int i = 0; i < ne; i++) {
        ext[i] = s.nextLong();
      }
      if (ne > 0) {
        b.extendedCommunities(ext);
      }
      int nl = s.nextInt(3);
      LargeCommunity[] large = new LargeCommunity[nl];
      for (int i = 0; i < nl; i++) {
        large[i] = new LargeCommunity(s.nextU32(), s.nextU32(), s.nextU32());
      }
      if (nl > 0) {
        b.largeCommunities(large);
      }
      if (s.nextBoolean()) {
        b.otc(s.nextU32());
      }
      if (s.nextBoolean()) {
        b.attribute(OriginatorIdAttribute.of(IpAddress.ipv4((int) s.nextLong())));
        b.attribute(ClusterListAttribute.of((int) s.nextLong(), (int) s.nextLong()));
      }
      if (s.nextBoolean()) {
        b.attribute(AigpAttribute.of(s.nextLong()));
      }
      if (s.nextBoolean()) {
        b.attribute(
            Ipv6ExtendedCommunitiesAttribute.of(
                new Ipv6ExtendedCommunity(0, 2, ipv6(s), s.nextInt(65536))));
      }
    }
    if (!announce && s.nextBoolean()) {
      int n = 1 + s.nextInt(3);
      for (int i = 0; i < n; i++) {
        b.withdraw(route(s, mp, apMp));
      }
    }
    return new Generated(b.build(), o);
  }

  private static IpAddress ipv6(Source s) {
    byte[] a = new byte[16];
    for (int i = 0; i < 16; i++) {
      a[i] = (byte) s.nextInt(256);
    }
    return IpAddress.of(a);
  }
}
