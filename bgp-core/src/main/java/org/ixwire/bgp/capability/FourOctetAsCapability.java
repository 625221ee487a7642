package org.ixwire.bgp.capability;

import io.netty.buffer.ByteBuf;

/**
 * Support for 4-octet AS numbers (RFC 6793 §3).
 *
 * @param asn the speaker's AS number
 */
public record FourOctetAsCapability(long asn) implements Capability {

  @Override
  public CapabilityCode code() {
    return CapabilityCode.FOUR_OCTET_AS;
  }

  @Override
  public int valueLength() {
    return 4;
  }

  @Override
  public void writeValue(ByteBuf out) {
    out.writeInt((int) asn);
  }
}
