package org.ixwire.bgp.capability;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import org.ixwire.bgp.attribute.Bytes;

/**
 * FQDN (draft-walton-bgp-hostname-capability): host and domain name, each with a one-byte length.
 *
 * @param hostname the host name bytes (usually ASCII)
 * @param domain the domain name bytes
 */
public record FqdnCapability(Bytes hostname, Bytes domain) implements Capability {
  /** The capability for UTF-8 names. */
  public static FqdnCapability of(String hostname, String domain) {
    return new FqdnCapability(
        Bytes.of(hostname.getBytes(StandardCharsets.UTF_8)),
        Bytes.of(domain.getBytes(StandardCharsets.UTF_8)));
  }

  /** The host name as text. */
  public String hostnameText() {
    return new String(hostname.toByteArray(), StandardCharsets.UTF_8);
  }

  /** The domain name as text. */
  public String domainText() {
    return new String(domain.toByteArray(), StandardCharsets.UTF_8);
  }

  @Override
  public CapabilityCode code() {
    return CapabilityCode.FQDN;
  }

  @Override
  public int valueLength() {
    return 2 + hostname.length() + domain.length();
  }

  @Override
  public void writeValue(ByteBuf out) {
    out.writeByte(hostname.length());
    hostname.writeTo(out);
    out.writeByte(domain.length());
    domain.writeTo(out);
  }
}
