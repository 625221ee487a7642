package org.ixwire.bgp.capability;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.attribute.Bytes;

/**
 * A capability bgp-core does not decode, or a known one with a malformed value, kept raw.
 *
 * @param codeValue the capability code
 * @param value the raw value
 */
public record UnknownCapability(int codeValue, Bytes value) implements Capability {

  @Override
  public CapabilityCode code() {
    return CapabilityCode.of(codeValue);
  }

  @Override
  public int valueLength() {
    return value.length();
  }

  @Override
  public void writeValue(ByteBuf out) {
    value.writeTo(out);
  }
}
