package org.ixwire.bgp.message;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ixwire.bgp.attribute.AggregatorAttribute;
import org.ixwire.bgp.attribute.AsPath;
import org.ixwire.bgp.attribute.AsPathAttribute;
import org.ixwire.bgp.attribute.AtomicAggregateAttribute;
import org.ixwire.bgp.attribute.Bytes;
import org.ixwire.bgp.attribute.CommunitiesAttribute;
import org.ixwire.bgp.attribute.ExtendedCommunitiesAttribute;
import org.ixwire.bgp.attribute.LargeCommunitiesAttribute;
import org.ixwire.bgp.attribute.LargeCommunity;
import org.ixwire.bgp.attribute.LocalPrefAttribute;
import org.ixwire.bgp.attribute.MpReachAttribute;
import org.ixwire.bgp.attribute.MpUnreachAttribute;
import org.ixwire.bgp.attribute.MultiExitDiscAttribute;
import org.ixwire.bgp.attribute.NextHopAttribute;
import org.ixwire.bgp.attribute.OriginAttribute;
import org.ixwire.bgp.attribute.OtcAttribute;
import org.ixwire.bgp.attribute.PathAttribute;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Nlri;

/**
 * UPDATE (RFC 4271 §4.3) as a value: withdrawn IPv4 unicast routes, path attributes in wire order
 * (MP_REACH_NLRI / MP_UNREACH_NLRI carry the other families), and announced IPv4 unicast routes.
 *
 * @param withdrawn the Withdrawn Routes field
 * @param attributes the path attributes in wire order
 * @param nlri the Network Layer Reachability Information field
 */
public record Update(
    ImmutableList<Nlri> withdrawn,
    ImmutableList<PathAttribute> attributes,
    ImmutableList<Nlri> nlri)
    implements BgpMessage {

  /** The IPv4 End-of-RIB marker (RFC 4724 §2): an empty UPDATE. */
  public static final Update END_OF_RIB_IPV4 =
      new Update(ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

  @Override
  public MessageType type() {
    return MessageType.UPDATE;
  }

  /** The End-of-RIB marker of {@code family} (RFC 4724 §2). */
  public static Update endOfRib(AfiSafi family) {
    if (family.equals(AfiSafi.IPV4_UNICAST)) {
      return END_OF_RIB_IPV4;
    }
    return new Update(
        ImmutableList.of(),
        ImmutableList.of(MpUnreachAttribute.of(family, ImmutableList.of())),
        ImmutableList.of());
  }

  /** The first attribute of the given class. */
  public <T extends PathAttribute> Optional<T> attribute(Class<T> type) {
    for (PathAttribute a : attributes) {
      if (type.isInstance(a)) {
        return Optional.of(type.cast(a));
      }
    }
    return Optional.empty();
  }

  /** The AS_PATH attribute's path (not AS4_PATH). */
  public Optional<AsPath> asPath() {
    for (PathAttribute a : attributes) {
      if (a instanceof AsPathAttribute && !((AsPathAttribute) a).as4Path()) {
        return Optional.of(((AsPathAttribute) a).path());
      }
    }
    return Optional.empty();
  }

  /** Every announced route: the NLRI field and MP_REACH_NLRI's routes. */
  public ImmutableList<Nlri> announced() {
    ImmutableList.Builder<Nlri> b = ImmutableList.<Nlri>builder().addAll(nlri);
    attribute(MpReachAttribute.class).ifPresent(m -> b.addAll(m.nlri()));
    return b.build();
  }

  /** Every withdrawn route: the Withdrawn Routes field and MP_UNREACH_NLRI's routes. */
  public ImmutableList<Nlri> allWithdrawn() {
    ImmutableList.Builder<Nlri> b = ImmutableList.<Nlri>builder().addAll(withdrawn);
    attribute(MpUnreachAttribute.class).ifPresent(m -> b.addAll(m.nlri()));
    return b.build();
  }

  /** The family whose End-of-RIB marker this is, if it is one (RFC 4724 §2). */
  public Optional<AfiSafi> endOfRibFamily() {
    if (withdrawn.isEmpty() && nlri.isEmpty()) {
      if (attributes.isEmpty()) {
        return Optional.of(AfiSafi.IPV4_UNICAST);
      }
      if (attributes.size() == 1
          && attributes.get(0) instanceof MpUnreachAttribute
          && ((MpUnreachAttribute) attributes.get(0)).nlri().isEmpty()) {
        return Optional.of(((MpUnreachAttribute) attributes.get(0)).family());
      }
    }
    return Optional.empty();
  }

  /** A builder producing canonical UPDATEs. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds UPDATEs from values: IPv4 unicast routes go to the NLRI and Withdrawn Routes fields,
   * other families to MP_REACH_NLRI / MP_UNREACH_NLRI (one family each, RFC 4760); attributes are
   * emitted in ascending type order with canonical flags (RFC 4271 §5 recommends no order;
   * ascending is what most speakers send and what makes output reproducible).
   */
  public static final class Builder {
    private final List<Nlri> withdrawn = new ArrayList<>();
    private final List<Nlri> nlri = new ArrayList<>();
    private final List<Nlri> mpReach = new ArrayList<>();
    private final List<Nlri> mpUnreach = new ArrayList<>();
    private final Map<Integer, PathAttribute> attributes = new LinkedHashMap<>();
    private Bytes mpNextHop = Bytes.EMPTY;
    private boolean ipv4NextHopViaMp;

    private Builder() {}

    /** Announces {@code route} (IPv4 unicast in the NLRI field, others in MP_REACH_NLRI). */
    public Builder announce(Nlri route) {
      if (route.family().equals(AfiSafi.IPV4_UNICAST) && !ipv4NextHopViaMp) {
        nlri.add(route);
      } else {
        mpReach.add(route);
      }
      return this;
    }

    /** Withdraws {@code route}. */
    public Builder withdraw(Nlri route) {
      if (route.family().equals(AfiSafi.IPV4_UNICAST)) {
        withdrawn.add(route);
      } else {
        mpUnreach.add(route);
      }
      return this;
    }

    /** Adds or replaces an attribute (MP_REACH/MP_UNREACH are built from routes instead). */
    public Builder attribute(PathAttribute a) {
      Preconditions.checkArgument(
          !(a instanceof MpReachAttribute) && !(a instanceof MpUnreachAttribute),
          "MP_REACH_NLRI / MP_UNREACH_NLRI are built from announce()/withdraw()");
      attributes.put(a.type().code(), a);
      return this;
    }

    /** ORIGIN. */
    public Builder origin(int origin) {
      return attribute(OriginAttribute.of(origin));
    }

    /** AS_PATH. */
    public Builder asPath(AsPath path) {
      return attribute(AsPathAttribute.of(path));
    }

    /** AS_PATH of one AS_SEQUENCE. */
    public Builder asPath(long... asns) {
      return asPath(AsPath.sequence(asns));
    }

    /**
     * The next hop: an IPv4 address becomes NEXT_HOP (and the MP next hop of IPv4 families in
     * MP_REACH_NLRI); IPv6 addresses (global, then optional link-local) become the MP_REACH_NLRI
     * next hop.
     */
    public Builder nextHop(IpAddress... addresses) {
      Preconditions.checkArgument(addresses.length > 0, "no next hop");
      if (addresses[0].isIpv4()) {
        attribute(NextHopAttribute.of(addresses[0]));
      }
      mpNextHop = MpReachAttribute.nextHopOf(addresses);
      return this;
    }

    /**
     * Announces IPv4 unicast routes in MP_REACH_NLRI rather than the NLRI field (needed for an IPv6
     * next hop, RFC 8950). Call before {@link #announce}.
     */
    public Builder ipv4ViaMpReach() {
      ipv4NextHopViaMp = true;
      return this;
    }

    /** MULTI_EXIT_DISC. */
    public Builder med(long med) {
      return attribute(MultiExitDiscAttribute.of(med));
    }

    /** LOCAL_PREF. */
    public Builder localPref(long pref) {
      return attribute(LocalPrefAttribute.of(pref));
    }

    /** ATOMIC_AGGREGATE. */
    public Builder atomicAggregate() {
      return attribute(AtomicAggregateAttribute.of());
    }

    /** AGGREGATOR. */
    public Builder aggregator(long asn, IpAddress address) {
      return attribute(AggregatorAttribute.of(asn, address));
    }

    /** COMMUNITIES. */
    public Builder communities(int... communities) {
      return attribute(CommunitiesAttribute.of(communities));
    }

    /** EXTENDED COMMUNITIES. */
    public Builder extendedCommunities(long... communities) {
      return attribute(ExtendedCommunitiesAttribute.of(communities));
    }

    /** LARGE_COMMUNITY. */
    public Builder largeCommunities(LargeCommunity... communities) {
      return attribute(LargeCommunitiesAttribute.of(communities));
    }

    /** OTC (RFC 9234). */
    public Builder otc(long asn) {
      return attribute(OtcAttribute.of(asn));
    }

    /**
     * The UPDATE.
     *
     * @throws IllegalStateException if MP routes of several families are mixed, or announced routes
     *     lack the mandatory ORIGIN / AS_PATH / next hop
     */
    public Update build() {
      List<PathAttribute> attrs = new ArrayList<>(attributes.values());
      if (!mpReach.isEmpty()) {
        AfiSafi f = singleFamily(mpReach);
        Preconditions.checkState(mpNextHop.length() > 0, "MP_REACH_NLRI needs a next hop");
        attrs.add(MpReachAttribute.of(f, mpNextHopFor(f), ImmutableList.copyOf(mpReach)));
      }
      if (!mpUnreach.isEmpty()) {
        attrs.add(MpUnreachAttribute.of(singleFamily(mpUnreach), ImmutableList.copyOf(mpUnreach)));
      }
      if (!nlri.isEmpty() || !mpReach.isEmpty()) {
        Preconditions.checkState(attributes.containsKey(1), "announcements need ORIGIN");
        Preconditions.checkState(attributes.containsKey(2), "announcements need AS_PATH");
        Preconditions.checkState(
            nlri.isEmpty() || attributes.containsKey(3), "IPv4 NLRI need NEXT_HOP");
      }
      attrs.sort(Comparator.comparingInt(a -> a.type().code()));
      return new Update(
          ImmutableList.copyOf(withdrawn), ImmutableList.copyOf(attrs), ImmutableList.copyOf(nlri));
    }

    /**
     * The MP next hop in the encoding of {@code f}: VPN families put a zero route distinguisher in
     * front of each address (RFC 4364 §4.3.2, RFC 4659 §3.2.1).
     */
    private Bytes mpNextHopFor(AfiSafi f) {
      int n = mpNextHop.length();
      if (f.safi().code() != 128 || n == 12 || n == 24 || n == 48) {
        return mpNextHop;
      }
      byte[] raw = mpNextHop.toByteArray();
      int each = n == 32 ? 16 : n;
      int count = n / each;
      byte[] out = new byte[count * (8 + each)];
      for (int i = 0; i < count; i++) {
        System.arraycopy(raw, i * each, out, i * (8 + each) + 8, each);
      }
      return Bytes.of(out);
    }

    private static AfiSafi singleFamily(List<Nlri> routes) {
      AfiSafi f = routes.get(0).family();
      for (Nlri r : routes) {
        Preconditions.checkState(
            r.family().equals(f),
            "one UPDATE carries MP routes of one family: %s and %s",
            f,
            r.family());
      }
      return f;
    }
  }
}
