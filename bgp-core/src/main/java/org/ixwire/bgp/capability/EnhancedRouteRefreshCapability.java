package org.ixwire.bgp.capability;

import io.netty.buffer.ByteBuf;

/** Enhanced Route Refresh (RFC 7313). */
public record EnhancedRouteRefreshCapability() implements Capability {
  /** The capability. */
  public static final EnhancedRouteRefreshCapability INSTANCE =
      new EnhancedRouteRefreshCapability();

  @Override
  public CapabilityCode code() {
    return CapabilityCode.ENHANCED_ROUTE_REFRESH;
  }

  @Override
  public int valueLength() {
    return 0;
  }

  @Override
  public void writeValue(ByteBuf out) {
    // no value
  }
}
