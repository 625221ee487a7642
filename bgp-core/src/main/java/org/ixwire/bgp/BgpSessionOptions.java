package org.ixwire.bgp;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.ixwire.bgp.nlri.AfiSafi;

/**
 * The context a BGP message is decoded or encoded in (GUIDE §2 "Context is explicit"): 4-octet AS
 * numbers (RFC 6793), ADD-PATH per address family and direction (RFC 7911), extended messages (RFC
 * 8654), extended next hop (RFC 8950), iBGP, eBGP or unknown (for RFC 7606 §7.5, §7.9, §7.10), and
 * the abbreviated MP_REACH_NLRI form that MRT RIB entries use (RFC 6396 §4.3.4).
 *
 * <p>Built by negotiation of two OPENs ({@link Negotiation}) or by hand (MRT and BMP readers,
 * tests). Immutable and shareable; lookups allocate nothing.
 */
public final class BgpSessionOptions {
  /** RFC 4271 §4.1 maximum message size. */
  public static final int MAX_MESSAGE_LENGTH = 4096;

  /** RFC 8654 maximum message size once the extended message capability is negotiated. */
  public static final int MAX_EXTENDED_MESSAGE_LENGTH = 65535;

  /**
   * Defaults of a plain RFC 4271 session: 2-octet AS, no ADD-PATH, 4096-byte messages, peer type
   * unknown.
   */
  public static final BgpSessionOptions DEFAULT = builder().build();

  /** 4-octet AS numbers, otherwise defaults (as for MRT *_AS4 records). */
  public static final BgpSessionOptions AS4 = builder().fourOctetAs(true).build();

  private final boolean fourOctetAs;
  private final boolean extendedMessage;
  private final PeerType peerType;
  private final boolean abbreviatedMpReach;
  private final int[] addPathReceive;
  private final int[] addPathSend;
  private final boolean addPathReceiveIpv4Unicast; // the families an UPDATE's own fields carry
  private final ImmutableSet<AfiSafi> extendedNextHop;

  private BgpSessionOptions(Builder b) {
    this.fourOctetAs = b.fourOctetAs;
    this.extendedMessage = b.extendedMessage;
    this.peerType = b.peerType;
    this.abbreviatedMpReach = b.abbreviatedMpReach;
    this.addPathReceive = keys(b.addPathReceive);
    this.addPathReceiveIpv4Unicast = contains(addPathReceive, 1 << 8 | 1);
    this.addPathSend = keys(b.addPathSend);
    this.extendedNextHop = ImmutableSet.copyOf(b.extendedNextHop);
  }

  private static int[] keys(Set<AfiSafi> set) {
    int[] k = set.stream().mapToInt(AfiSafi::key).toArray();
    Arrays.sort(k);
    return k;
  }

  /** A builder with the defaults of {@link #DEFAULT}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.fourOctetAs = fourOctetAs;
    b.extendedMessage = extendedMessage;
    b.peerType = peerType;
    b.abbreviatedMpReach = abbreviatedMpReach;
    for (int k : addPathReceive) {
      b.addPathReceive.add(AfiSafi.of(k >>> 8, k & 0xff));
    }
    for (int k : addPathSend) {
      b.addPathSend.add(AfiSafi.of(k >>> 8, k & 0xff));
    }
    b.extendedNextHop.addAll(extendedNextHop);
    return b;
  }

  /** Whether AS numbers in AS_PATH and AGGREGATOR are 4 octets (RFC 6793 §3). */
  public boolean fourOctetAs() {
    return fourOctetAs;
  }

  /** Whether RFC 8654 extended messages (up to 65535 bytes) were negotiated. */
  public boolean extendedMessage() {
    return extendedMessage;
  }

  /** The largest acceptable message length: 4096, or 65535 with extended messages. */
  public int maxMessageLength() {
    return extendedMessage ? MAX_EXTENDED_MESSAGE_LENGTH : MAX_MESSAGE_LENGTH;
  }

  /** Whether the peer is internal, external or not known (RFC 7606 §7.5, §7.9, §7.10). */
  public PeerType peerType() {
    return peerType;
  }

  /** Whether the session is known to be internal (iBGP). */
  public boolean ibgp() {
    return peerType == PeerType.INTERNAL;
  }

  /**
   * Whether the session is known to be external (eBGP): then LOCAL_PREF, ORIGINATOR_ID and
   * CLUSTER_LIST are discarded as RFC 7606 §7.5, §7.9 and §7.10 say.
   */
  public boolean ebgp() {
    return peerType == PeerType.EXTERNAL;
  }

  /** The kind of peer, for the RFC 7606 rules that differ between iBGP and eBGP. */
  public enum PeerType {
    /**
     * Not known (MRT, BMP, captures): attributes are validated as on iBGP and none is discarded for
     * having come from an external peer.
     */
    UNKNOWN,
    /** Internal peer (same AS). */
    INTERNAL,
    /** External peer. */
    EXTERNAL
  }

  /**
   * Whether MP_REACH_NLRI attributes are in the abbreviated MRT form (next-hop length and next hop
   * only, RFC 6396 §4.3.4).
   */
  public boolean abbreviatedMpReach() {
    return abbreviatedMpReach;
  }

  /** Whether received NLRI of this family carry ADD-PATH path identifiers (RFC 7911 §3). */
  public boolean addPathReceive(int afi, int safi) {
    if ((afi << 8 | safi) == (1 << 8 | 1)) {
      return addPathReceiveIpv4Unicast;
    }
    return contains(addPathReceive, afi << 8 | safi);
  }

  /** Whether sent NLRI of this family carry ADD-PATH path identifiers (RFC 7911 §3). */
  public boolean addPathSend(int afi, int safi) {
    return contains(addPathSend, afi << 8 | safi);
  }

  /** Whether received NLRI of this family carry path identifiers. */
  public boolean addPathReceive(AfiSafi family) {
    return contains(addPathReceive, family.key());
  }

  /** Whether sent NLRI of this family carry path identifiers. */
  public boolean addPathSend(AfiSafi family) {
    return contains(addPathSend, family.key());
  }

  /** The families for which received NLRI carry path identifiers. */
  public ImmutableSet<AfiSafi> addPathReceiveFamilies() {
    return toSet(addPathReceive);
  }

  /** The families for which sent NLRI carry path identifiers. */
  public ImmutableSet<AfiSafi> addPathSendFamilies() {
    return toSet(addPathSend);
  }

  /** The NLRI families that may have a next hop of another address family (RFC 8950). */
  public ImmutableSet<AfiSafi> extendedNextHop() {
    return extendedNextHop;
  }

  private static ImmutableSet<AfiSafi> toSet(int[] keys) {
    ImmutableSet.Builder<AfiSafi> b = ImmutableSet.builder();
    for (int k : keys) {
      b.add(AfiSafi.of(k >>> 8, k & 0xff));
    }
    return b.build();
  }

  private static boolean contains(int[] keys, int key) {
    for (int k : keys) {
      if (k == key) {
        return true;
      }
    }
    return false;
  }

  /** Options for the opposite direction: ADD-PATH send and receive swapped. */
  public BgpSessionOptions reversed() {
    Builder b = toBuilder();
    Set<AfiSafi> r = new TreeSet<>(b.addPathReceive);
    b.addPathReceive.clear();
    b.addPathReceive.addAll(b.addPathSend);
    b.addPathSend.clear();
    b.addPathSend.addAll(r);
    return b.build();
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    if (!(o instanceof BgpSessionOptions)) {
      return false;
    }
    BgpSessionOptions x = (BgpSessionOptions) o;
    return fourOctetAs == x.fourOctetAs
        && extendedMessage == x.extendedMessage
        && peerType == x.peerType
        && abbreviatedMpReach == x.abbreviatedMpReach
        && Arrays.equals(addPathReceive, x.addPathReceive)
        && Arrays.equals(addPathSend, x.addPathSend)
        && extendedNextHop.equals(x.extendedNextHop);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        fourOctetAs,
        extendedMessage,
        peerType,
        abbreviatedMpReach,
        Arrays.hashCode(addPathReceive),
        Arrays.hashCode(addPathSend),
        extendedNextHop);
  }

  @Override
  public String toString() {
    return "BgpSessionOptions{as4="
        + fourOctetAs
        + ", extendedMessage="
        + extendedMessage
        + ", peerType="
        + peerType
        + ", abbreviatedMpReach="
        + abbreviatedMpReach
        + ", addPathReceive="
        + addPathReceiveFamilies()
        + ", addPathSend="
        + addPathSendFamilies()
        + ", extendedNextHop="
        + extendedNextHop
        + "}";
  }

  /** Builder of {@link BgpSessionOptions}. */
  public static final class Builder {
    private boolean fourOctetAs;
    private boolean extendedMessage;
    private PeerType peerType = PeerType.UNKNOWN;
    private boolean abbreviatedMpReach;
    private final Set<AfiSafi> addPathReceive = new TreeSet<>();
    private final Set<AfiSafi> addPathSend = new TreeSet<>();
    private final Set<AfiSafi> extendedNextHop = new TreeSet<>();

    private Builder() {}

    /** Sets 4-octet AS numbers (RFC 6793). */
    public Builder fourOctetAs(boolean v) {
      this.fourOctetAs = v;
      return this;
    }

    /** Sets RFC 8654 extended messages. */
    public Builder extendedMessage(boolean v) {
      this.extendedMessage = v;
      return this;
    }

    /** Sets the kind of peer (default {@link PeerType#UNKNOWN}). */
    public Builder peerType(PeerType v) {
      this.peerType = v;
      return this;
    }

    /** Sets the MRT abbreviated MP_REACH_NLRI form (RFC 6396 §4.3.4). */
    public Builder abbreviatedMpReach(boolean v) {
      this.abbreviatedMpReach = v;
      return this;
    }

    /** Received NLRI of {@code family} carry path identifiers. */
    public Builder addPathReceive(AfiSafi family) {
      addPathReceive.add(family);
      return this;
    }

    /** Sent NLRI of {@code family} carry path identifiers. */
    public Builder addPathSend(AfiSafi family) {
      addPathSend.add(family);
      return this;
    }

    /** NLRI of {@code family} carry path identifiers in both directions. */
    public Builder addPath(AfiSafi family) {
      addPathReceive.add(family);
      addPathSend.add(family);
      return this;
    }

    /** NLRI of {@code family} may have a next hop of another address family (RFC 8950). */
    public Builder extendedNextHop(AfiSafi family) {
      extendedNextHop.add(family);
      return this;
    }

    /** The options. */
    public BgpSessionOptions build() {
      return new BgpSessionOptions(this);
    }
  }
}
