package org.ixwire.bgp.message;

import com.google.common.collect.ImmutableList;
import org.ixwire.bgp.attribute.Bytes;
import org.ixwire.bgp.capability.Capability;

/**
 * An OPEN optional parameter (RFC 4271 §4.2): capabilities (type 2, RFC 5492) or another type kept
 * raw. Several capabilities may share one parameter or each have their own; the grouping is kept so
 * that an OPEN re-encodes byte-exact.
 *
 * @param type the parameter type (2 for capabilities)
 * @param capabilities the capabilities, for type 2
 * @param raw the raw value, for other types
 */
public record OptionalParameter(int type, ImmutableList<Capability> capabilities, Bytes raw) {
  /** Capabilities optional parameter type (RFC 5492). */
  public static final int CAPABILITIES = 2;

  /** A capabilities parameter. */
  public static OptionalParameter of(ImmutableList<Capability> capabilities) {
    return new OptionalParameter(CAPABILITIES, capabilities, Bytes.EMPTY);
  }

  /** The value length. */
  public int valueLength() {
    if (type != CAPABILITIES) {
      return raw.length();
    }
    int n = 0;
    for (Capability c : capabilities) {
      n += 2 + c.valueLength();
    }
    return n;
  }
}
