package org.ixwire.bgp;

import static org.ixwire.bgp.error.ErrorCodes.MESSAGE_HEADER_ERROR;
import static org.ixwire.bgp.error.ErrorCodes.OPEN_MESSAGE_ERROR;
import static org.ixwire.bgp.error.ErrorCodes.ROUTE_REFRESH_INVALID_MESSAGE_LENGTH;
import static org.ixwire.bgp.error.ErrorCodes.ROUTE_REFRESH_MESSAGE_ERROR;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.attribute.Bytes;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.capability.Capabilities;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.BgpMessage;
import org.ixwire.bgp.message.Keepalive;
import org.ixwire.bgp.message.Notification;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.OptionalParameter;
import org.ixwire.bgp.message.RouteRefresh;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.bgp.nlri.NlriCursor;
import org.ixwire.bgp.spi.NlriCodecRegistry;

/**
 * Decodes whole BGP messages into values (RFC 4271 §4). Immutable and thread-safe; per-decode state
 * lives on the stack. For the allocation-free path use {@link UpdateView} directly.
 *
 * <p>Throws {@link BgpDecodeException} only for framing errors (header, lengths, OPEN, NOTIFICATION
 * and ROUTE-REFRESH structure); malformed UPDATE contents are RFC 7606 outcomes in {@link
 * UpdateResult}. Never retains or releases the input buffer.
 */
public final class BgpDecoder {
  private final NlriCodecRegistry registry;

  /** One reusable view per thread: a view holds ~6 KiB of index tables. */
  private static final ThreadLocal<UpdateView> VIEWS = ThreadLocal.withInitial(UpdateView::new);

  /** A decoder that keeps families outside the core raw. */
  public BgpDecoder() {
    this(NlriCodecRegistry.EMPTY);
  }

  /** A decoder that decodes extra NLRI families with {@code registry}. */
  public BgpDecoder(NlriCodecRegistry registry) {
    this.registry = registry;
  }

  /**
   * Decodes the message at absolute {@code offset} (its header says how long it is; the bytes must
   * be there).
   *
   * @throws BgpDecodeException for framing errors, with the NOTIFICATION of RFC 4271 §6
   */
  public BgpMessage decode(ByteBuf buf, int offset, BgpSessionOptions options) {
    if (buf.capacity() - offset < BgpFraming.HEADER_LENGTH) {
      throw BgpDecodeException.of(
          buf,
          offset,
          offset,
          buf.capacity(),
          "header",
          MESSAGE_HEADER_ERROR,
          2,
          "fewer than 19 bytes for a header");
    }
    int len = BgpFraming.checkHeader(buf, offset, options.maxMessageLength());
    if (len > buf.capacity() - offset) {
      throw BgpDecodeException.of(
          buf,
          offset + 16,
          offset,
          buf.capacity(),
          "header/length",
          MESSAGE_HEADER_ERROR,
          2,
          new byte[] {(byte) (len >>> 8), (byte) len},
          "message of " + len + " bytes truncated to " + (buf.capacity() - offset));
    }
    int type = buf.getUnsignedByte(offset + 18);
    switch (type) {
      case 1:
        return decodeOpen(buf, offset, len);
      case 2:
        return decodeUpdate(buf, offset, len, options).update();
      case 3:
        return new Notification(
            buf.getUnsignedByte(offset + 19),
            buf.getUnsignedByte(offset + 20),
            Bytes.read(buf, offset + 21, len - 21));
      case 4:
        return Keepalive.INSTANCE;
      default:
        return decodeRouteRefresh(buf, offset, len);
    }
  }

  /** Decodes a message held in a byte array. */
  public BgpMessage decode(byte[] message, BgpSessionOptions options) {
    return decode(io.netty.buffer.Unpooled.wrappedBuffer(message), 0, options);
  }

  /**
   * Decodes the UPDATE at absolute {@code offset} of length {@code length} (header included).
   *
   * @throws BgpDecodeException for length inconsistencies (NOTIFICATION 1/2 or 3/1)
   */
  public UpdateResult decodeUpdate(ByteBuf buf, int offset, int length, BgpSessionOptions options) {
    return toResult(VIEWS.get().wrap(buf, offset, length, options));
  }

  /** Decodes an UPDATE body (without the 19-byte header). */
  public UpdateResult decodeUpdateBody(
      ByteBuf buf, int offset, int length, BgpSessionOptions options) {
    return toResult(VIEWS.get().wrapBody(buf, offset, length, options));
  }

  /** The values of a wrapped UPDATE view (allocates). */
  public UpdateResult toResult(UpdateView v) {
    PathAttributesView a = v.attributes();
    ImmutableList<Nlri> withdrawn = routes(v.withdrawn());
    ImmutableList<Nlri> nlri = routes(v.nlri());
    Update u = new Update(withdrawn, a.toValues(registry), nlri);
    ImmutableList<Nlri> taw = ImmutableList.of();
    if (v.action() == ErrorAction.TREAT_AS_WITHDRAW) {
      taw = u.announced();
    }
    return new UpdateResult(u, v.action(), v.issues(), taw);
  }

  private static ImmutableList<Nlri> routes(NlriCursor c) {
    ImmutableList.Builder<Nlri> b = ImmutableList.builder();
    while (c.next()) {
      b.add(c.toValue());
    }
    return b.build();
  }

  private static BgpDecodeException openError(
      ByteBuf buf, int at, int start, int end, int subcode, String why) {
    return BgpDecodeException.of(buf, at, start, end, "OPEN", OPEN_MESSAGE_ERROR, subcode, why);
  }

  /** Decodes an OPEN message of {@code len} bytes at {@code offset} (RFC 4271 §4.2, RFC 9072). */
  public Open decodeOpen(ByteBuf buf, int offset, int len) {
    if (len < 29 || len > buf.capacity() - offset) {
      // decode() frames first; a direct caller may pass any length (RFC 4271 §6.1)
      throw BgpDecodeException.of(
          buf,
          offset,
          offset,
          Math.min(buf.capacity(), offset + Math.max(len, 0)),
          "OPEN/length",
          MESSAGE_HEADER_ERROR,
          2,
          new byte[] {(byte) (len >>> 8), (byte) len},
          len < 29
              ? "OPEN of " + len + " bytes, fewer than 29 (RFC 4271 §6.1)"
              : "OPEN of " + len + " bytes truncated to " + (buf.capacity() - offset));
    }
    int end = offset + len;
    int p = offset + 19;
    int version = buf.getUnsignedByte(p);
    if (version != 4) {
      throw BgpDecodeException.of(
          buf,
          p,
          offset,
          end,
          "OPEN/version",
          OPEN_MESSAGE_ERROR,
          1,
          new byte[] {0, 4},
          "unsupported version " + version + " (RFC 4271 §6.2)");
    }
    int myAs = buf.getUnsignedShort(p + 1);
    int hold = buf.getUnsignedShort(p + 3);
    if (hold == 1 || hold == 2) {
      throw openError(buf, p + 3, offset, end, 6, "hold time " + hold + " (RFC 4271 §6.2)");
    }
    IpAddress id = IpAddress.ipv4(buf.getInt(p + 5));
    int optLen = buf.getUnsignedByte(p + 9);
    p += 10;
    boolean ext = false;
    if (optLen == 255 && end - p >= 3 && buf.getUnsignedByte(p) == 255) {
      // RFC 9072: Non-Ext OP Type 255, then a 2-octet Extended Opt. Parm. Length
      ext = true;
      optLen = buf.getUnsignedShort(p + 1);
      p += 3;
    }
    if (optLen != end - p) {
      throw openError(
          buf,
          p,
          offset,
          end,
          0,
          "optional parameters length " + optLen + " but " + (end - p) + " bytes remain");
    }
    ImmutableList.Builder<OptionalParameter> params = ImmutableList.builder();
    int n = 0;
    while (p < end) {
      int hdr = ext ? 3 : 2;
      if (end - p < hdr) {
        throw openError(buf, p, offset, end, 0, "truncated optional parameter header");
      }
      int ptype = buf.getUnsignedByte(p);
      int plen = ext ? buf.getUnsignedShort(p + 1) : buf.getUnsignedByte(p + 1);
      int v = p + hdr;
      if (plen > end - v) {
        throw openError(
            buf,
            p,
            offset,
            end,
            0,
            "optional parameter " + n + " length " + plen + " overruns the OPEN");
      }
      if (ptype == OptionalParameter.CAPABILITIES) {
        params.add(OptionalParameter.of(capabilities(buf, v, plen, offset, end, n)));
      } else {
        params.add(new OptionalParameter(ptype, ImmutableList.of(), Bytes.read(buf, v, plen)));
      }
      p = v + plen;
      n++;
    }
    return new Open(version, myAs, hold, id, params.build(), ext);
  }

  private static ImmutableList<Capability> capabilities(
      ByteBuf buf, int off, int len, int msgStart, int msgEnd, int param) {
    ImmutableList.Builder<Capability> b = ImmutableList.builder();
    int p = off;
    int end = off + len;
    while (p < end) {
      if (end - p < 2) {
        throw openError(
            buf,
            p,
            msgStart,
            msgEnd,
            0,
            "optional parameter " + param + ": truncated capability header (RFC 5492 §4)");
      }
      int code = buf.getUnsignedByte(p);
      int clen = buf.getUnsignedByte(p + 1);
      if (clen > end - p - 2) {
        throw openError(
            buf,
            p,
            msgStart,
            msgEnd,
            0,
            "optional parameter "
                + param
                + ": capability "
                + code
                + " length "
                + clen
                + " overruns the parameter (RFC 5492 §4)");
      }
      b.add(Capabilities.decode(buf, code, p + 2, clen));
      p += 2 + clen;
    }
    return b.build();
  }

  private static RouteRefresh decodeRouteRefresh(ByteBuf buf, int offset, int len) {
    if (len < 23) {
      throw BgpDecodeException.of(
          buf,
          offset + 16,
          offset,
          offset + len,
          "ROUTE-REFRESH",
          ROUTE_REFRESH_MESSAGE_ERROR,
          ROUTE_REFRESH_INVALID_MESSAGE_LENGTH,
          io.netty.buffer.ByteBufUtil.getBytes(buf, offset, len), // RFC 7313 §5: whole message
          "length " + len + " (RFC 7313 §5)");
    }
    int afi = buf.getUnsignedShort(offset + 19);
    int subtype = buf.getUnsignedByte(offset + 21);
    if ((subtype == RouteRefresh.BORR || subtype == RouteRefresh.EORR) && len != 23) {
      throw BgpDecodeException.of(
          buf,
          offset + 16,
          offset,
          offset + len,
          "ROUTE-REFRESH",
          ROUTE_REFRESH_MESSAGE_ERROR,
          ROUTE_REFRESH_INVALID_MESSAGE_LENGTH,
          io.netty.buffer.ByteBufUtil.getBytes(buf, offset, len),
          "BoRR/EoRR of length " + len + ", not 23 (RFC 7313 §5)");
    }
    int safi = buf.getUnsignedByte(offset + 22);
    return new RouteRefresh(AfiSafi.of(afi, safi), subtype, Bytes.read(buf, offset + 23, len - 23));
  }
}
