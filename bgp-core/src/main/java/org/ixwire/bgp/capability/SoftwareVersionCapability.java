package org.ixwire.bgp.capability;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import org.ixwire.bgp.attribute.Bytes;

/**
 * Software Version (draft-ietf-idr-software-version): a one-byte length and UTF-8 text.
 *
 * @param version the version bytes
 */
public record SoftwareVersionCapability(Bytes version) implements Capability {
  /** The capability for {@code version}. */
  public static SoftwareVersionCapability of(String version) {
    return new SoftwareVersionCapability(Bytes.of(version.getBytes(StandardCharsets.UTF_8)));
  }

  /** The version as text. */
  public String text() {
    return new String(version.toByteArray(), StandardCharsets.UTF_8);
  }

  @Override
  public CapabilityCode code() {
    return CapabilityCode.SOFTWARE_VERSION;
  }

  @Override
  public int valueLength() {
    return 1 + version.length();
  }

  @Override
  public void writeValue(ByteBuf out) {
    out.writeByte(version.length());
    version.writeTo(out);
  }
}
