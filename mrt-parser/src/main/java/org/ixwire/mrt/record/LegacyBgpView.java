package org.ixwire.mrt.record;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.nlri.IpAddress;

/**
 * A reusable flyweight over a deprecated BGP (type 5) record of 1999–2001 RIS files (RFC 6396
 * Appendix B.2.1): IPv4 only, 2-byte AS numbers. UPDATE, OPEN, NOTIFY and KEEPALIVE carry peer AS
 * and address, local AS and address, then the BGP message <em>without</em> its 19-byte header;
 * STATE_CHANGE carries peer AS and address, old and new state. Valid until the next {@link #wrap}.
 */
public final class LegacyBgpView {
  private MrtRecordView record = new MrtRecordView();
  private int subtype;

  /** An empty view; call {@link #wrap}. */
  public LegacyBgpView() {}

  /**
   * Points this view at a type-5 record.
   *
   * @return this view
   * @throws org.ixwire.mrt.MrtDecodeException if the fixed part is truncated
   */
  public LegacyBgpView wrap(MrtRecordView record) {
    this.record = record;
    subtype = record.subtype();
    int need =
        subtype == MrtSubtype.BGP_STATE_CHANGE
            ? 10
            : subtype == MrtSubtype.BGP_NULL
                    || subtype == MrtSubtype.BGP_SYNC
                    || subtype == MrtSubtype.BGP_PREF_UPDATE
                ? 0
                : 12;
    record.check(record.bodyIndex(), need, MrtSubtype.name(5, subtype));
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

  /** 2-byte AS numbers. */
  public BgpSessionOptions sessionOptions() {
    return BgpSessionOptions.DEFAULT;
  }

  /** The peer AS. */
  public int peerAs() {
    return buffer().getUnsignedShort(record.bodyIndex());
  }

  /** Absolute index of the peer's IPv4 address. */
  public int peerAddressIndex() {
    return record.bodyIndex() + 2;
  }

  /** The peer address (allocates). */
  public IpAddress peerAddress() {
    return IpAddress.read(buffer(), peerAddressIndex(), 4);
  }

  /** The local AS (not for STATE_CHANGE). */
  public int localAs() {
    return buffer().getUnsignedShort(record.bodyIndex() + 6);
  }

  /** Absolute index of the local IPv4 address (not for STATE_CHANGE). */
  public int localAddressIndex() {
    return record.bodyIndex() + 8;
  }

  /** Old state of a STATE_CHANGE. */
  public int oldState() {
    return buffer().getUnsignedShort(record.bodyIndex() + 6);
  }

  /** New state of a STATE_CHANGE. */
  public int newState() {
    return buffer().getUnsignedShort(record.bodyIndex() + 8);
  }

  /** Absolute index of the message body (after the 19-byte BGP header that is not stored). */
  public int messageBodyIndex() {
    return record.bodyIndex() + 12;
  }

  /** Length of the message body. */
  public int messageBodyLength() {
    return record.bodyLength() - 12;
  }
}
