package org.ixwire.bgp.capability;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.nlri.AfiSafi;

/**
 * Multiprotocol Extensions (RFC 4760 §8): one address family.
 *
 * @param family the AFI/SAFI
 * @param reserved the reserved octet between AFI and SAFI (0 when sent)
 */
public record MultiprotocolCapability(AfiSafi family, int reserved) implements Capability {
  /** The capability for {@code family}. */
  public static MultiprotocolCapability of(AfiSafi family) {
    return new MultiprotocolCapability(family, 0);
  }

  @Override
  public CapabilityCode code() {
    return CapabilityCode.MULTIPROTOCOL;
  }

  @Override
  public int valueLength() {
    return 4;
  }

  @Override
  public void writeValue(ByteBuf out) {
    out.writeShort(family.afi().code());
    out.writeByte(reserved);
    out.writeByte(family.safi().code());
  }
}
