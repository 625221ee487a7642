package org.ixwire.bgp.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import com.google.common.primitives.ImmutableLongArray;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpDecodeException;
import org.ixwire.bgp.attribute.AggregatorAttribute;
import org.ixwire.bgp.attribute.AigpAttribute;
import org.ixwire.bgp.attribute.AsPathAttribute;
import org.ixwire.bgp.attribute.AtomicAggregateAttribute;
import org.ixwire.bgp.attribute.Bytes;
import org.ixwire.bgp.attribute.ClusterListAttribute;
import org.ixwire.bgp.attribute.CommunitiesAttribute;
import org.ixwire.bgp.attribute.ExtendedCommunitiesAttribute;
import org.ixwire.bgp.attribute.Ipv6ExtendedCommunitiesAttribute;
import org.ixwire.bgp.attribute.Ipv6ExtendedCommunity;
import org.ixwire.bgp.attribute.LargeCommunitiesAttribute;
import org.ixwire.bgp.attribute.LargeCommunity;
import org.ixwire.bgp.attribute.LocalPrefAttribute;
import org.ixwire.bgp.attribute.MpReachAttribute;
import org.ixwire.bgp.attribute.MpUnreachAttribute;
import org.ixwire.bgp.attribute.MultiExitDiscAttribute;
import org.ixwire.bgp.attribute.NextHopAttribute;
import org.ixwire.bgp.attribute.OriginAttribute;
import org.ixwire.bgp.attribute.OriginatorIdAttribute;
import org.ixwire.bgp.attribute.OtcAttribute;
import org.ixwire.bgp.attribute.PathAttribute;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.attribute.UnknownAttribute;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.bgp.nlri.NlriCursor;
import org.ixwire.bgp.nlri.RawNlri;
import org.ixwire.bgp.spi.NlriCodec;
import org.ixwire.bgp.spi.NlriCodecRegistry;

/** Turns one validated attribute of a {@link PathAttributesView} into a value. */
public final class AttributeValues {
  private AttributeValues() {}

  /** Decodes the well-formed first attribute of {@code type} in {@code v}. */
  public static PathAttribute decode(PathAttributesView v, int type, NlriCodecRegistry registry) {
    ByteBuf buf = v.buffer();
    int f = v.flags(type);
    int off = v.valueOffset(type);
    int len = v.valueLength(type);
    switch (type) {
      case 1:
        return new OriginAttribute(f, buf.getUnsignedByte(off));
      case 2:
        return new AsPathAttribute(f, false, v.asPath().toValue());
      case 3:
        return new NextHopAttribute(f, IpAddress.ipv4(buf.getInt(off)));
      case 4:
        return new MultiExitDiscAttribute(f, buf.getUnsignedInt(off));
      case 5:
        return new LocalPrefAttribute(f, buf.getUnsignedInt(off));
      case 6:
        return new AtomicAggregateAttribute(f);
      case 7:
        return new AggregatorAttribute(
            f, false, v.aggregatorAs(), IpAddress.ipv4(v.aggregatorAddress()));
      case 8:
        {
          int[] c = new int[len / 4];
          for (int i = 0; i < c.length; i++) {
            c[i] = buf.getInt(off + 4 * i);
          }
          return new CommunitiesAttribute(f, ImmutableIntArray.copyOf(c));
        }
      case 9:
        return new OriginatorIdAttribute(f, IpAddress.ipv4(buf.getInt(off)));
      case 10:
        {
          int[] c = new int[len / 4];
          for (int i = 0; i < c.length; i++) {
            c[i] = buf.getInt(off + 4 * i);
          }
          return new ClusterListAttribute(f, ImmutableIntArray.copyOf(c));
        }
      case 14:
        if (v.mpReachAfi() == 0) {
          // abbreviated MRT form: keep it raw (the RIB record gives the family)
          return new UnknownAttribute(f, type, Bytes.read(buf, off, len));
        }
        return new MpReachAttribute(
            f,
            AfiSafi.of(v.mpReachAfi(), v.mpReachSafi()),
            Bytes.read(buf, v.mpReachNextHopOffset(), v.mpReachNextHopLength()),
            buf.getUnsignedByte(v.mpReachNextHopOffset() + v.mpReachNextHopLength()),
            nlri(v.mpReachNlri(), v.mpReachNlriOffset(), v.mpReachNlriLength(), registry, v));
      case 15:
        return new MpUnreachAttribute(
            f,
            AfiSafi.of(v.mpUnreachAfi(), v.mpUnreachSafi()),
            nlri(v.mpUnreachNlri(), v.mpUnreachNlriOffset(), v.mpUnreachNlriLength(), registry, v));
      case 16:
        {
          long[] c = new long[len / 8];
          for (int i = 0; i < c.length; i++) {
            c[i] = buf.getLong(off + 8 * i);
          }
          return new ExtendedCommunitiesAttribute(f, ImmutableLongArray.copyOf(c));
        }
      case 17:
        return new AsPathAttribute(
            f, true, new org.ixwire.bgp.attribute.AsPathView().wrap(buf, off, len, 4).toValue());
      case 18:
        return new AggregatorAttribute(
            f, true, buf.getUnsignedInt(off), IpAddress.ipv4(buf.getInt(off + 4)));
      case 25:
        {
          ImmutableList.Builder<Ipv6ExtendedCommunity> b = ImmutableList.builder();
          for (int i = 0; i < len / 20; i++) {
            int p = off + 20 * i;
            b.add(
                new Ipv6ExtendedCommunity(
                    buf.getUnsignedByte(p),
                    buf.getUnsignedByte(p + 1),
                    IpAddress.read(buf, p + 2, 16),
                    buf.getUnsignedShort(p + 18)));
          }
          return new Ipv6ExtendedCommunitiesAttribute(f, b.build());
        }
      case 26:
        return new AigpAttribute(f, Bytes.read(buf, off, len));
      case 32:
        {
          ImmutableList.Builder<LargeCommunity> b = ImmutableList.builder();
          for (int i = 0; i < len / 12; i++) {
            int p = off + 12 * i;
            b.add(
                new LargeCommunity(
                    buf.getUnsignedInt(p), buf.getUnsignedInt(p + 4), buf.getUnsignedInt(p + 8)));
          }
          return new LargeCommunitiesAttribute(f, b.build());
        }
      case 35:
        return new OtcAttribute(f, buf.getUnsignedInt(off));
      default:
        return new UnknownAttribute(f, type, Bytes.read(buf, off, len));
    }
  }

  /** The routes of an NLRI field as values; raw families use {@code registry} or stay raw. */
  public static ImmutableList<Nlri> nlri(
      NlriCursor c, int off, int len, NlriCodecRegistry registry, PathAttributesView v) {
    if (c.isRaw()) {
      return rawNlri(v.buffer(), off, len, AfiSafi.of(c.afi(), c.safi()), registry, v);
    }
    ImmutableList.Builder<Nlri> b = ImmutableList.builder();
    while (c.next()) {
      b.add(c.toValue());
    }
    return b.build();
  }

  private static ImmutableList<Nlri> rawNlri(
      ByteBuf buf,
      int off,
      int len,
      AfiSafi family,
      NlriCodecRegistry registry,
      PathAttributesView v) {
    if (len == 0) {
      return ImmutableList.of();
    }
    NlriCodec codec = registry.get(family);
    if (codec != null) {
      try {
        return codec.decode(buf, off, len, v.options().addPathReceive(family));
      } catch (BgpDecodeException e) {
        // fall back to raw: the codec could not decode it
      }
    }
    return ImmutableList.of(new RawNlri(family, ByteBufs.copy(buf, off, len)));
  }
}
