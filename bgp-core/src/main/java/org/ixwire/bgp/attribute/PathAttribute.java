package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * A path attribute as an immutable value (RFC 4271 §4.3). Each keeps the flags it was received with
 * (including the Extended Length choice), so that encoding a decoded UPDATE reproduces its bytes;
 * values built from scratch get the canonical flags of their type.
 */
public sealed interface PathAttribute
    permits OriginAttribute,
        AsPathAttribute,
        NextHopAttribute,
        MultiExitDiscAttribute,
        LocalPrefAttribute,
        AtomicAggregateAttribute,
        AggregatorAttribute,
        CommunitiesAttribute,
        OriginatorIdAttribute,
        ClusterListAttribute,
        MpReachAttribute,
        MpUnreachAttribute,
        ExtendedCommunitiesAttribute,
        Ipv6ExtendedCommunitiesAttribute,
        AigpAttribute,
        LargeCommunitiesAttribute,
        OtcAttribute,
        UnknownAttribute {

  /** The attribute flags byte (RFC 4271 §4.3). */
  int flags();

  /** The attribute type code. */
  AttributeType type();

  /** The length of the value under {@code options} (AS number width, ADD-PATH). */
  int valueLength(BgpSessionOptions options);

  /** Writes the value (without flags, type and length) under {@code options}. */
  void writeValue(ByteBuf out, BgpSessionOptions options);

  /** Whether the Extended Length bit is set. */
  default boolean extendedLength() {
    return (flags() & AttributeFlags.EXTENDED_LENGTH) != 0;
  }
}
