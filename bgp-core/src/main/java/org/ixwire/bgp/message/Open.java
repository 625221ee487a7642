package org.ixwire.bgp.message;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.capability.CapabilityCode;
import org.ixwire.bgp.capability.FourOctetAsCapability;
import org.ixwire.bgp.nlri.IpAddress;

/**
 * OPEN (RFC 4271 §4.2, RFC 9072 extended optional parameters length).
 *
 * @param version the BGP version (4)
 * @param myAs the 2-octet My Autonomous System field (AS_TRANS when the real AS needs 4 octets)
 * @param holdTime the proposed hold time in seconds
 * @param bgpIdentifier the BGP identifier
 * @param parameters the optional parameters in wire order
 * @param extendedParameters whether the RFC 9072 encoding (0xff marker, 2-octet lengths) is used
 */
public record Open(
    int version,
    int myAs,
    int holdTime,
    IpAddress bgpIdentifier,
    ImmutableList<OptionalParameter> parameters,
    boolean extendedParameters)
    implements BgpMessage {

  /** Validates field ranges. */
  public Open {
    Preconditions.checkArgument((version & ~0xff) == 0, "version is one octet");
    Preconditions.checkArgument((myAs & ~0xffff) == 0, "My AS is two octets");
    Preconditions.checkArgument((holdTime & ~0xffff) == 0, "hold time is two octets");
    Preconditions.checkArgument(bgpIdentifier.isIpv4(), "BGP identifier is 4 octets");
  }

  /**
   * A version-4 OPEN for {@code asn} (4-octet ASNs go in the capability, My AS becomes AS_TRANS),
   * with {@code capabilities} in one optional parameter, adding the 4-octet AS capability if
   * absent.
   */
  public static Open of(long asn, int holdTime, IpAddress id, List<Capability> capabilities) {
    List<Capability> caps = new ArrayList<>(capabilities);
    if (caps.stream().noneMatch(c -> c instanceof FourOctetAsCapability)) {
      caps.add(new FourOctetAsCapability(asn));
    }
    int myAs = asn > 0xffff ? 23456 : (int) asn;
    return new Open(
        4,
        myAs,
        holdTime,
        id,
        ImmutableList.of(OptionalParameter.of(ImmutableList.copyOf(caps))),
        false);
  }

  @Override
  public MessageType type() {
    return MessageType.OPEN;
  }

  /** Every capability, in wire order, across all optional parameters. */
  public ImmutableList<Capability> capabilities() {
    ImmutableList.Builder<Capability> b = ImmutableList.builder();
    for (OptionalParameter p : parameters) {
      b.addAll(p.capabilities());
    }
    return b.build();
  }

  /** The first capability with {@code code}. */
  public Optional<Capability> capability(CapabilityCode code) {
    for (Capability c : capabilities()) {
      if (c.code().equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The first capability of {@code type}. */
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    for (Capability c : capabilities()) {
      if (type.isInstance(c)) {
        return Optional.of(type.cast(c));
      }
    }
    return Optional.empty();
  }

  /** The speaker's AS: the 4-octet AS capability's when present, else My AS (RFC 6793 §4.1). */
  public long asn() {
    return capability(FourOctetAsCapability.class)
        .map(FourOctetAsCapability::asn)
        .orElse((long) myAs);
  }
}
