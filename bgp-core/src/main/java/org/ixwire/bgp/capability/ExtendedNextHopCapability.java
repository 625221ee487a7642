package org.ixwire.bgp.capability;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;

/**
 * Extended Next Hop Encoding (RFC 8950 §3): NLRI families that may have a next hop of another
 * address family.
 *
 * @param entries the (NLRI AFI, NLRI SAFI, next hop AFI) triples
 */
public record ExtendedNextHopCapability(ImmutableList<ExtendedNextHopCapability.Entry> entries)
    implements Capability {
  /**
   * One triple.
   *
   * @param nlriAfi NLRI AFI
   * @param nlriSafi NLRI SAFI (2 octets on the wire)
   * @param nextHopAfi next hop AFI
   */
  public record Entry(int nlriAfi, int nlriSafi, int nextHopAfi) {}

  @Override
  public CapabilityCode code() {
    return CapabilityCode.EXTENDED_NEXT_HOP;
  }

  @Override
  public int valueLength() {
    return 6 * entries.size();
  }

  @Override
  public void writeValue(ByteBuf out) {
    for (Entry e : entries) {
      out.writeShort(e.nlriAfi());
      out.writeShort(e.nlriSafi());
      out.writeShort(e.nextHopAfi());
    }
  }
}
