package org.ixwire.mrt.record;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;

/**
 * A reusable flyweight over a BGP4MP or BGP4MP_ET record (RFC 6396 §4.4, RFC 8050 §3): peer and
 * local AS and address, then either a state change (old and new FSM state) or a whole BGP message
 * (marker included). Covers STATE_CHANGE(_AS4), MESSAGE(_AS4), the {@code _LOCAL} and {@code
 * _ADDPATH} variants. The "8-byte STATE_CHANGE" that historical Zebra wrote (only old and new
 * state) is accepted: its AS numbers are 0 and its addresses absent.
 *
 * <p>The BGP message is decoded by bgp-core with {@link #sessionOptions()}, which the subtype
 * determines. Valid until the next {@link #wrap}.
 */
public final class Bgp4mpView {
  private static final BgpSessionOptions AS2 =
      BgpSessionOptions.builder().extendedMessage(true).build();
  private static final BgpSessionOptions AS4 =
      BgpSessionOptions.builder().fourOctetAs(true).extendedMessage(true).build();
  private static final BgpSessionOptions AS2_ADDPATH = addPath(false);
  private static final BgpSessionOptions AS4_ADDPATH = addPath(true);

  private MrtRecordView record = new MrtRecordView();
  private int subtype;
  private boolean as4;
  private boolean shortStateChange;
  private int addressLength;
  private int peerAddressIndex;
  private int localAddressIndex;
  private int payloadIndex;
  private int payloadLength;

  /** An empty view; call {@link #wrap}. */
  public Bgp4mpView() {}

  private static BgpSessionOptions addPath(boolean as4) {
    return BgpSessionOptions.builder()
        .fourOctetAs(as4)
        .extendedMessage(true)
        .addPath(AfiSafi.IPV4_UNICAST)
        .addPath(AfiSafi.IPV4_MULTICAST)
        .addPath(AfiSafi.of(2, 1))
        .addPath(AfiSafi.of(2, 2))
        .build();
  }

  /** Whether this view reads BGP4MP subtype {@code subtype} (all but ENTRY and SNAPSHOT). */
  public static boolean isSupported(int subtype) {
    return subtype >= 0 && subtype <= 11 && subtype != 2 && subtype != 3;
  }

  /**
   * Points this view at a BGP4MP or BGP4MP_ET record.
   *
   * @return this view
   * @throws org.ixwire.mrt.MrtDecodeException if the subtype is unsupported, the AFI unknown or the
   *     fixed part truncated
   */
  public Bgp4mpView wrap(MrtRecordView record) {
    this.record = record;
    subtype = record.subtype();
    if (!isSupported(subtype)) {
      throw record.error(
          record.index() + 6, "header", "unsupported subtype " + MrtSubtype.name(16, subtype));
    }
    as4 =
        subtype == MrtSubtype.BGP4MP_MESSAGE_AS4
            || subtype == MrtSubtype.BGP4MP_STATE_CHANGE_AS4
            || subtype == MrtSubtype.BGP4MP_MESSAGE_AS4_LOCAL
            || subtype == MrtSubtype.BGP4MP_MESSAGE_AS4_ADDPATH
            || subtype == MrtSubtype.BGP4MP_MESSAGE_AS4_LOCAL_ADDPATH;
    ByteBuf buf = record.buffer();
    int i = record.bodyIndex();
    shortStateChange = subtype == MrtSubtype.BGP4MP_STATE_CHANGE && record.bodyLength() == 8;
    if (shortStateChange) {
      addressLength = 0;
      peerAddressIndex = localAddressIndex = i;
      payloadIndex = i + 4;
      payloadLength = 4;
      return this;
    }
    int asLength = as4 ? 4 : 2;
    record.check(i, 2 * asLength + 4, "peer");
    int afi = buf.getUnsignedShort(i + 2 * asLength + 2);
    if (afi == 1) {
      addressLength = 4;
    } else if (afi == 2) {
      addressLength = 16;
    } else {
      throw record.error(i + 2 * asLength + 2, "peer", "unknown address family " + afi);
    }
    peerAddressIndex = i + 2 * asLength + 4;
    localAddressIndex = peerAddressIndex + addressLength;
    payloadIndex = localAddressIndex + addressLength;
    record.check(peerAddressIndex, 2 * addressLength, "peer");
    payloadLength = record.bodyIndex() + record.bodyLength() - payloadIndex;
    if (isStateChange()) {
      record.check(payloadIndex, 4, "state");
    } else {
      record.check(payloadIndex, 19, "message");
    }
    return this;
  }

  /** The record this view wraps. */
  public MrtRecordView record() {
    return record;
  }

  /** The buffer. */
  public ByteBuf buffer() {
    return record.buffer();
  }

  /** The subtype. */
  public int subtype() {
    return subtype;
  }

  /** Whether this is STATE_CHANGE or STATE_CHANGE_AS4. */
  public boolean isStateChange() {
    return subtype == MrtSubtype.BGP4MP_STATE_CHANGE
        || subtype == MrtSubtype.BGP4MP_STATE_CHANGE_AS4;
  }

  /** Whether this is a historical Zebra 8-byte STATE_CHANGE (no AS numbers or addresses). */
  public boolean isShortStateChange() {
    return shortStateChange;
  }

  /** Whether AS numbers (here and in the message's attributes) are 4 bytes. */
  public boolean fourOctetAs() {
    return as4;
  }

  /** Whether the message was sent by the collector ({@code _LOCAL} subtypes, RFC 6396 §4.4.5). */
  public boolean isLocal() {
    return subtype == 6 || subtype == 7 || subtype == 10 || subtype == 11;
  }

  /** Whether NLRI in the message carry path identifiers (RFC 8050 {@code _ADDPATH} subtypes). */
  public boolean isAddPath() {
    return subtype >= 8;
  }

  /**
   * The options to decode the BGP message with, from the subtype: 4-octet AS for the {@code _AS4}
   * subtypes, ADD-PATH for IPv4/IPv6 unicast and multicast in the {@code _ADDPATH} subtypes, and
   * extended messages (RFC 8654) always, since a collector stores what it received.
   */
  public BgpSessionOptions sessionOptions() {
    return sessionOptions(isAddPath());
  }

  /**
   * As {@link #sessionOptions()}, with ADD-PATH forced on or off: some speakers (BIRD) write
   * ADD-PATH NLRI into the plain subtypes.
   */
  public BgpSessionOptions sessionOptions(boolean addPath) {
    if (addPath) {
      return as4 ? AS4_ADDPATH : AS2_ADDPATH;
    }
    return as4 ? AS4 : AS2;
  }

  /** Peer AS (0 for an 8-byte STATE_CHANGE). */
  public long peerAs() {
    if (shortStateChange) {
      return 0;
    }
    int i = record.bodyIndex();
    return as4 ? buffer().getUnsignedInt(i) : buffer().getUnsignedShort(i);
  }

  /** Local AS (0 for an 8-byte STATE_CHANGE). */
  public long localAs() {
    if (shortStateChange) {
      return 0;
    }
    int i = record.bodyIndex() + (as4 ? 4 : 2);
    return as4 ? buffer().getUnsignedInt(i) : buffer().getUnsignedShort(i);
  }

  /** Interface index. */
  public int interfaceIndex() {
    return shortStateChange ? 0 : buffer().getUnsignedShort(record.bodyIndex() + (as4 ? 8 : 4));
  }

  /** 4 (IPv4), 16 (IPv6), or 0 for an 8-byte STATE_CHANGE. */
  public int addressLength() {
    return addressLength;
  }

  /** Absolute index of the peer address. */
  public int peerAddressIndex() {
    return peerAddressIndex;
  }

  /** Absolute index of the local address. */
  public int localAddressIndex() {
    return localAddressIndex;
  }

  /** The peer address (allocates); 0.0.0.0 for an 8-byte STATE_CHANGE. */
  public IpAddress peerAddress() {
    return addressLength == 0
        ? IpAddress.ipv4(0)
        : IpAddress.read(buffer(), peerAddressIndex, addressLength);
  }

  /** The local address (allocates); 0.0.0.0 for an 8-byte STATE_CHANGE. */
  public IpAddress localAddress() {
    return addressLength == 0
        ? IpAddress.ipv4(0)
        : IpAddress.read(buffer(), localAddressIndex, addressLength);
  }

  /** Old FSM state (RFC 6396 §4.4.1) of a state change. */
  public int oldState() {
    return buffer().getUnsignedShort(payloadIndex);
  }

  /** New FSM state of a state change. */
  public int newState() {
    return buffer().getUnsignedShort(payloadIndex + 2);
  }

  /** Absolute index of the BGP message (its marker) in a MESSAGE subtype. */
  public int messageIndex() {
    return payloadIndex;
  }

  /** Length of the BGP message as stored (the rest of the record). */
  public int messageLength() {
    return payloadLength;
  }

  /** The BGP message type octet (RFC 4271 §4.1). */
  public int messageType() {
    return buffer().getUnsignedByte(payloadIndex + 18);
  }
}
