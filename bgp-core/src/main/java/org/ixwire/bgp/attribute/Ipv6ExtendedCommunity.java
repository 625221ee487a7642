package org.ixwire.bgp.attribute;

import com.google.common.base.Preconditions;
import org.ixwire.bgp.nlri.IpAddress;

/**
 * An IPv6 address specific extended community (RFC 5701): type, sub-type, a global administrator
 * IPv6 address and a 2-byte local administrator.
 *
 * @param type the type byte (0x00 transitive, 0x40 non-transitive)
 * @param subtype the sub-type (0x02 route target, 0x03 route origin, …)
 * @param global the IPv6 global administrator
 * @param local the local administrator (16-bit)
 */
public record Ipv6ExtendedCommunity(int type, int subtype, IpAddress global, int local) {
  /** Validates the components. */
  public Ipv6ExtendedCommunity {
    Preconditions.checkArgument((type & ~0xff) == 0 && (subtype & ~0xff) == 0, "bytes");
    Preconditions.checkArgument(!global.isIpv4(), "global administrator is IPv6");
    Preconditions.checkArgument((local & ~0xffff) == 0, "local is 16-bit");
  }

  @Override
  public String toString() {
    String kind =
        subtype == 0x02
            ? "rt"
            : subtype == 0x03 ? "soo" : String.format("0x%02x%02x", type, subtype);
    return kind + ":" + global + ":" + local;
  }
}
