package org.ixwire.bgp.capability;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.nlri.AfiSafi;

/**
 * ADD-PATH (RFC 7911 §4): per family, whether the speaker can send and/or receive several paths.
 *
 * @param entries the families and their send/receive values
 */
public record AddPathCapability(ImmutableList<AddPathCapability.Entry> entries)
    implements Capability {
  /** Receive. */
  public static final int RECEIVE = 1;

  /** Send. */
  public static final int SEND = 2;

  /** Send and receive. */
  public static final int BOTH = 3;

  /**
   * One family.
   *
   * @param family the AFI/SAFI
   * @param sendReceive 1 receive, 2 send, 3 both
   */
  public record Entry(AfiSafi family, int sendReceive) {
    /** Whether the speaker can receive multiple paths. */
    public boolean canReceive() {
      return (sendReceive & RECEIVE) != 0;
    }

    /** Whether the speaker can send multiple paths. */
    public boolean canSend() {
      return (sendReceive & SEND) != 0;
    }
  }

  @Override
  public CapabilityCode code() {
    return CapabilityCode.ADD_PATH;
  }

  @Override
  public int valueLength() {
    return 4 * entries.size();
  }

  @Override
  public void writeValue(ByteBuf out) {
    for (Entry e : entries) {
      out.writeShort(e.family().afi().code());
      out.writeByte(e.family().safi().code());
      out.writeByte(e.sendReceive());
    }
  }
}
