package org.ixwire.bgp.capability;

import io.netty.buffer.ByteBuf;

/**
 * Route Refresh (RFC 2918), with code 2 or the pre-standard 128.
 *
 * @param codeValue 2 or 128
 */
public record RouteRefreshCapability(int codeValue) implements Capability {
  /** The standard capability (code 2). */
  public static final RouteRefreshCapability STANDARD = new RouteRefreshCapability(2);

  @Override
  public CapabilityCode code() {
    return CapabilityCode.of(codeValue);
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
