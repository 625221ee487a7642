package org.ixwire.bgp.attribute;

import com.google.common.base.Preconditions;

/**
 * A large community (RFC 8092): global administrator, local data part 1, local data part 2, each an
 * unsigned 32-bit value.
 *
 * @param global the global administrator (an ASN)
 * @param local1 local data part 1
 * @param local2 local data part 2
 */
public record LargeCommunity(long global, long local1, long local2) {
  /** Validates that each part is unsigned 32-bit. */
  public LargeCommunity {
    Preconditions.checkArgument((global >>> 32) == 0, "global is 32-bit");
    Preconditions.checkArgument((local1 >>> 32) == 0, "local1 is 32-bit");
    Preconditions.checkArgument((local2 >>> 32) == 0, "local2 is 32-bit");
  }

  /** Parses {@code global:local1:local2}. */
  public static LargeCommunity parse(String text) {
    String[] p = text.trim().split(":", -1);
    if (p.length != 3) {
      throw new IllegalArgumentException("not a large community: " + text);
    }
    return new LargeCommunity(Long.parseLong(p[0]), Long.parseLong(p[1]), Long.parseLong(p[2]));
  }

  @Override
  public String toString() {
    return global + ":" + local1 + ":" + local2;
  }
}
