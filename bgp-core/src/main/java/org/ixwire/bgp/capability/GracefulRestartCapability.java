package org.ixwire.bgp.capability;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.nlri.AfiSafi;

/**
 * Graceful Restart (RFC 4724 §3, RFC 8538 N bit).
 *
 * @param flags the 4 restart flags (R = 8, N = 4)
 * @param restartTime restart time in seconds (12 bits)
 * @param entries per-family forwarding state
 */
public record GracefulRestartCapability(
    int flags, int restartTime, ImmutableList<GracefulRestartCapability.Entry> entries)
    implements Capability {
  /**
   * One family.
   *
   * @param family the AFI/SAFI
   * @param flags the family flags (F = 0x80, forwarding state preserved)
   */
  public record Entry(AfiSafi family, int flags) {}

  /** Whether the Restart State (R) bit is set. */
  public boolean restartState() {
    return (flags & 8) != 0;
  }

  /** Whether the Notification (N) bit is set (RFC 8538). */
  public boolean notificationSupport() {
    return (flags & 4) != 0;
  }

  @Override
  public CapabilityCode code() {
    return CapabilityCode.GRACEFUL_RESTART;
  }

  @Override
  public int valueLength() {
    return 2 + 4 * entries.size();
  }

  @Override
  public void writeValue(ByteBuf out) {
    out.writeShort(flags << 12 | (restartTime & 0xfff));
    for (Entry e : entries) {
      out.writeShort(e.family().afi().code());
      out.writeByte(e.family().safi().code());
      out.writeByte(e.flags());
    }
  }
}
