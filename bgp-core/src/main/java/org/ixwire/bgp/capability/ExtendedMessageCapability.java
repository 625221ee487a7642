package org.ixwire.bgp.capability;

import io.netty.buffer.ByteBuf;

/** BGP Extended Message (RFC 8654): messages up to 65535 bytes. */
public record ExtendedMessageCapability() implements Capability {
  /** The capability. */
  public static final ExtendedMessageCapability INSTANCE = new ExtendedMessageCapability();

  @Override
  public CapabilityCode code() {
    return CapabilityCode.EXTENDED_MESSAGE;
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
