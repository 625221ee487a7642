package org.ixwire.bgp.capability;

import io.netty.buffer.ByteBuf;

/**
 * A capability advertised in an OPEN (RFC 5492 §4) as an immutable value. Capabilities bgp-core
 * does not know, and known ones whose value is malformed, are {@link UnknownCapability} with their
 * raw bytes, so that an OPEN re-encodes byte-exact.
 */
public sealed interface Capability
    permits MultiprotocolCapability,
        RouteRefreshCapability,
        ExtendedNextHopCapability,
        ExtendedMessageCapability,
        RoleCapability,
        GracefulRestartCapability,
        FourOctetAsCapability,
        AddPathCapability,
        EnhancedRouteRefreshCapability,
        LongLivedGracefulRestartCapability,
        FqdnCapability,
        SoftwareVersionCapability,
        UnknownCapability {

  /** The capability code. */
  CapabilityCode code();

  /** Length of the capability value. */
  int valueLength();

  /** Writes the capability value (without code and length). */
  void writeValue(ByteBuf out);
}
