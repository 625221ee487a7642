package org.ixwire.bgp.capability;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.nlri.AfiSafi;

/**
 * Long-Lived Graceful Restart (RFC 9494 §3).
 *
 * @param entries per-family flags and long-lived stale time
 */
public record LongLivedGracefulRestartCapability(
    ImmutableList<LongLivedGracefulRestartCapability.Entry> entries) implements Capability {
  /**
   * One family.
   *
   * @param family the AFI/SAFI
   * @param flags the flags (F = 0x80)
   * @param staleTime the long-lived stale time in seconds (24 bits)
   */
  public record Entry(AfiSafi family, int flags, int staleTime) {}

  @Override
  public CapabilityCode code() {
    return CapabilityCode.LONG_LIVED_GRACEFUL_RESTART;
  }

  @Override
  public int valueLength() {
    return 7 * entries.size();
  }

  @Override
  public void writeValue(ByteBuf out) {
    for (Entry e : entries) {
      out.writeShort(e.family().afi().code());
      out.writeByte(e.family().safi().code());
      out.writeByte(e.flags());
      out.writeMedium(e.staleTime());
    }
  }
}
