package org.ixwire.bgp.capability;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.attribute.Bytes;
import org.ixwire.bgp.nlri.AfiSafi;

/** Decoding of capability values (RFC 5492 §4 and the documents of each code). */
public final class Capabilities {
  private Capabilities() {}

  /**
   * Decodes the value {@code [offset, offset+length)} of capability {@code code}. A known code
   * whose value has the wrong length or shape comes back as {@link UnknownCapability}, raw.
   */
  public static Capability decode(ByteBuf buf, int code, int offset, int length) {
    Capability c = decodeKnown(buf, code, offset, length);
    return c != null ? c : new UnknownCapability(code, Bytes.read(buf, offset, length));
  }

  private static @org.jspecify.annotations.Nullable Capability decodeKnown(
      ByteBuf buf, int code, int off, int len) {
    switch (code) {
      case 1:
        return len == 4
            ? new MultiprotocolCapability(
                AfiSafi.of(buf.getUnsignedShort(off), buf.getUnsignedByte(off + 3)),
                buf.getUnsignedByte(off + 2))
            : null;
      case 2:
      case 128:
        return len == 0 ? new RouteRefreshCapability(code) : null;
      case 5:
        {
          if (len == 0 || len % 6 != 0) {
            return null;
          }
          ImmutableList.Builder<ExtendedNextHopCapability.Entry> b = ImmutableList.builder();
          for (int p = off; p < off + len; p += 6) {
            b.add(
                new ExtendedNextHopCapability.Entry(
                    buf.getUnsignedShort(p),
                    buf.getUnsignedShort(p + 2),
                    buf.getUnsignedShort(p + 4)));
          }
          return new ExtendedNextHopCapability(b.build());
        }
      case 6:
        return len == 0 ? ExtendedMessageCapability.INSTANCE : null;
      case 9:
        return len == 1 ? new RoleCapability(buf.getUnsignedByte(off)) : null;
      case 64:
        {
          if (len < 2 || (len - 2) % 4 != 0) {
            return null;
          }
          int h = buf.getUnsignedShort(off);
          ImmutableList.Builder<GracefulRestartCapability.Entry> b = ImmutableList.builder();
          for (int p = off + 2; p < off + len; p += 4) {
            b.add(
                new GracefulRestartCapability.Entry(
                    AfiSafi.of(buf.getUnsignedShort(p), buf.getUnsignedByte(p + 2)),
                    buf.getUnsignedByte(p + 3)));
          }
          return new GracefulRestartCapability(h >>> 12, h & 0xfff, b.build());
        }
      case 65:
        return len == 4 ? new FourOctetAsCapability(buf.getUnsignedInt(off)) : null;
      case 69:
        {
          if (len == 0 || len % 4 != 0) {
            return null;
          }
          ImmutableList.Builder<AddPathCapability.Entry> b = ImmutableList.builder();
          for (int p = off; p < off + len; p += 4) {
            b.add(
                new AddPathCapability.Entry(
                    AfiSafi.of(buf.getUnsignedShort(p), buf.getUnsignedByte(p + 2)),
                    buf.getUnsignedByte(p + 3)));
          }
          return new AddPathCapability(b.build());
        }
      case 70:
        return len == 0 ? EnhancedRouteRefreshCapability.INSTANCE : null;
      case 71:
        {
          if (len % 7 != 0) {
            return null;
          }
          ImmutableList.Builder<LongLivedGracefulRestartCapability.Entry> b =
              ImmutableList.builder();
          for (int p = off; p < off + len; p += 7) {
            b.add(
                new LongLivedGracefulRestartCapability.Entry(
                    AfiSafi.of(buf.getUnsignedShort(p), buf.getUnsignedByte(p + 2)),
                    buf.getUnsignedByte(p + 3),
                    buf.getUnsignedMedium(p + 4)));
          }
          return new LongLivedGracefulRestartCapability(b.build());
        }
      case 73:
        {
          if (len < 2) {
            return null;
          }
          int hl = buf.getUnsignedByte(off);
          if (1 + hl + 1 > len) {
            return null;
          }
          int dl = buf.getUnsignedByte(off + 1 + hl);
          if (2 + hl + dl != len) {
            return null;
          }
          return new FqdnCapability(
              Bytes.read(buf, off + 1, hl), Bytes.read(buf, off + 2 + hl, dl));
        }
      case 75:
        {
          if (len < 1 || buf.getUnsignedByte(off) + 1 != len) {
            return null;
          }
          return new SoftwareVersionCapability(Bytes.read(buf, off + 1, len - 1));
        }
      default:
        return null;
    }
  }
}
