package org.ixwire.sflow.packet;

import io.netty.buffer.ByteBuf;
import org.jspecify.annotations.Nullable;

/**
 * Parses a sampled packet header (sFlow v5 §5.4.1 sampled_header) into {@link PacketFacts} with
 * absolute reads and no allocation: Ethernet II and 802.3 LLC/SNAP, 802.1Q/802.1ad/QinQ stacks
 * (TPIDs 0x8100, 0x88a8, 0x9100, 0x9200, 0x9300), MPLS label stacks (0x8847/0x8848, IP guessed from
 * the first nibble after the bottom label), IPv4 with options and fragments (RFC 791), IPv6 with
 * hop-by-hop, routing, fragment, AH, destination-options and mobility extension headers (RFC 8200),
 * TCP flags, UDP, ICMP/ICMPv6, VXLAN (UDP 4789, RFC 7348) and GRE (RFC 2784/2890) with one level of
 * inner packet. A truncated header yields the facts found so far and {@code truncated = true};
 * parsing never throws on any input.
 */
public final class HeaderParser {
  /** sampled_header protocol: Ethernet (ISO 8802-3). */
  public static final int PROTO_ETHERNET = 1;

  /** sampled_header protocol: IPv4. */
  public static final int PROTO_IPV4 = 11;

  /** sampled_header protocol: IPv6. */
  public static final int PROTO_IPV6 = 12;

  /** sampled_header protocol: MPLS. */
  public static final int PROTO_MPLS = 13;

  private static final int MAX_EXTENSION_HEADERS = 16;

  private HeaderParser() {}

  /**
   * Parses {@code length} bytes at absolute {@code offset} of {@code buf} as a header of {@code
   * protocol}; resets {@code out} first. Bytes outside {@code [offset, offset + length)} are never
   * read (the range itself must lie inside the buffer).
   */
  public static void parse(ByteBuf buf, int offset, int length, int protocol, PacketFacts out) {
    out.reset();
    int end = offset + length;
    switch (protocol) {
      case PROTO_ETHERNET:
        ethernet(buf, offset, end, out, true);
        break;
      case PROTO_IPV4:
        ipv4(buf, offset, end, out, true);
        break;
      case PROTO_IPV6:
        ipv6(buf, offset, end, out, true);
        break;
      case PROTO_MPLS:
        mpls(buf, offset, end, out, true);
        break;
      default:
        break;
    }
  }

  private static long mac(ByteBuf buf, int p) {
    return ((long) buf.getUnsignedShort(p) << 32) | buf.getUnsignedInt(p + 2);
  }

  private static void ethernet(ByteBuf buf, int p, int end, PacketFacts f, boolean outer) {
    if (end - p < 14) {
      f.truncated = true;
      return;
    }
    f.hasEthernet = true;
    f.dstMac = mac(buf, p);
    f.srcMac = mac(buf, p + 6);
    int type = buf.getUnsignedShort(p + 12);
    p += 14;
    while (type == 0x8100 || type == 0x88a8 || type == 0x9100 || type == 0x9200 || type == 0x9300) {
      if (end - p < 4) {
        f.truncated = true;
        return;
      }
      int tci = buf.getUnsignedShort(p);
      if (f.vlanCount < PacketFacts.MAX_VLANS) {
        f.vlans[f.vlanCount] = tci & 0xfff;
        f.vlanPriorities[f.vlanCount] = tci >>> 13;
      }
      f.vlanCount++;
      type = buf.getUnsignedShort(p + 2);
      p += 4;
    }
    if (type <= 1500) {
      // 802.3 length: LLC, maybe SNAP
      if (end - p < 3) {
        f.truncated = true;
        return;
      }
      if (buf.getUnsignedShort(p) == 0xaaaa && buf.getUnsignedByte(p + 2) == 3) {
        if (end - p < 8) {
          f.truncated = true;
          return;
        }
        if (buf.getUnsignedMedium(p + 3) != 0) {
          return; // vendor-specific SNAP
        }
        type = buf.getUnsignedShort(p + 6);
        p += 8;
      } else if (buf.getUnsignedShort(p) == 0x0606) {
        type = 0x0800;
        p += 3;
      } else {
        return;
      }
    }
    f.etherType = type;
    network(buf, p, end, f, type, outer);
  }

  private static void network(ByteBuf buf, int p, int end, PacketFacts f, int type, boolean outer) {
    if (type == 0x0800) {
      ipv4(buf, p, end, f, outer);
    } else if (type == 0x86dd) {
      ipv6(buf, p, end, f, outer);
    } else if (type == 0x8847 || type == 0x8848) {
      mpls(buf, p, end, f, outer);
    }
  }

  private static void mpls(ByteBuf buf, int p, int end, PacketFacts f, boolean outer) {
    while (true) {
      if (end - p < 4) {
        f.truncated = true;
        return;
      }
      int entry = buf.getInt(p);
      if (f.labelCount < PacketFacts.MAX_LABELS) {
        f.labels[f.labelCount] = entry;
      }
      f.labelCount++;
      p += 4;
      if ((entry & 0x100) != 0 || f.labelCount >= 64) {
        break;
      }
    }
    if (p < end) {
      int nibble = buf.getUnsignedByte(p) >>> 4;
      if (nibble == 4) {
        ipv4(buf, p, end, f, outer);
      } else if (nibble == 6) {
        ipv6(buf, p, end, f, outer);
      }
    }
  }

  private static void ipv4(ByteBuf buf, int p, int end, PacketFacts f, boolean outer) {
    if (end - p < 20) {
      f.truncated = true;
      return;
    }
    int vihl = buf.getUnsignedByte(p);
    int ihl = (vihl & 15) * 4;
    if ((vihl >>> 4) != 4 || ihl < 20) {
      return;
    }
    f.ipVersion = 4;
    f.ipOffset = p;
    f.ipHeaderLength = ihl;
    f.hasIpOptions = ihl > 20;
    f.tos = buf.getUnsignedByte(p + 1);
    f.ipLength = buf.getUnsignedShort(p + 2);
    f.ipId = buf.getUnsignedShort(p + 4);
    int frag = buf.getUnsignedShort(p + 6);
    f.fragmentOffset = frag & 0x1fff;
    f.moreFragments = (frag & 0x2000) != 0;
    f.ttl = buf.getUnsignedByte(p + 8);
    f.ipProtocol = buf.getUnsignedByte(p + 9);
    f.ipv4Src = buf.getInt(p + 12);
    f.ipv4Dst = buf.getInt(p + 16);
    if (end - p < ihl) {
      f.truncated = true;
      return;
    }
    if (f.fragmentOffset == 0) {
      transport(buf, p + ihl, end, f, outer);
    }
  }

  private static void ipv6(ByteBuf buf, int p, int end, PacketFacts f, boolean outer) {
    if (end - p < 40) {
      f.truncated = true;
      return;
    }
    int w = buf.getInt(p);
    if ((w >>> 28) != 6) {
      return;
    }
    f.ipVersion = 6;
    f.ipOffset = p;
    f.ipHeaderLength = 40;
    f.tos = (w >>> 20) & 0xff;
    f.flowLabel = w & 0xfffff;
    f.ipLength = buf.getUnsignedShort(p + 4);
    int next = buf.getUnsignedByte(p + 6);
    f.ttl = buf.getUnsignedByte(p + 7);
    f.ipv6SrcOffset = p + 8;
    f.ipv6SrcHigh = buf.getLong(p + 8);
    f.ipv6SrcLow = buf.getLong(p + 16);
    f.ipv6DstHigh = buf.getLong(p + 24);
    f.ipv6DstLow = buf.getLong(p + 32);
    p += 40;
    while (next == 0 || next == 43 || next == 44 || next == 51 || next == 60 || next == 135) {
      if (end - p < 8 || f.ipv6ExtensionHeaders >= MAX_EXTENSION_HEADERS) {
        f.truncated = end - p < 8;
        f.ipProtocol = next;
        return;
      }
      f.ipv6ExtensionHeaders++;
      int hdrNext = buf.getUnsignedByte(p);
      int len;
      if (next == 44) {
        int frag = buf.getUnsignedShort(p + 2);
        f.fragmentOffset = frag >>> 3;
        f.moreFragments = (frag & 1) != 0;
        len = 8;
      } else if (next == 51) {
        len = (buf.getUnsignedByte(p + 1) + 2) * 4;
      } else {
        len = (buf.getUnsignedByte(p + 1) + 1) * 8;
      }
      next = hdrNext;
      if (end - p < len) {
        f.truncated = true;
        f.ipProtocol = next;
        return;
      }
      p += len;
    }
    f.ipProtocol = next;
    if (f.fragmentOffset == 0) {
      transport(buf, p, end, f, outer);
    }
  }

  private static void transport(ByteBuf buf, int p, int end, PacketFacts f, boolean outer) {
    f.l4Offset = p;
    int avail = end - p;
    switch (f.ipProtocol) {
      case 6:
        if (avail < 14) {
          f.truncated = true;
          if (avail >= 4) {
            f.srcPort = buf.getUnsignedShort(p);
            f.dstPort = buf.getUnsignedShort(p + 2);
          }
          return;
        }
        f.srcPort = buf.getUnsignedShort(p);
        f.dstPort = buf.getUnsignedShort(p + 2);
        f.tcpFlags = buf.getUnsignedByte(p + 13);
        f.hasL4 = true;
        return;
      case 17:
        if (avail < 8) {
          f.truncated = true;
          return;
        }
        f.srcPort = buf.getUnsignedShort(p);
        f.dstPort = buf.getUnsignedShort(p + 2);
        f.udpLength = buf.getUnsignedShort(p + 4);
        f.hasL4 = true;
        if (f.dstPort == 4789 && outer) {
          vxlan(buf, p + 8, end, f);
        }
        return;
      case 1:
      case 58:
        if (avail < 2) {
          f.truncated = true;
          return;
        }
        f.icmpType = buf.getUnsignedByte(p);
        f.icmpCode = buf.getUnsignedByte(p + 1);
        f.hasL4 = true;
        return;
      case 47:
        gre(buf, p, end, f, outer);
        return;
      default:
        return;
    }
  }

  private static @Nullable PacketFacts innerOf(PacketFacts f) {
    PacketFacts in = f.inner();
    if (in != null) {
      in.reset();
      f.hasInner = true;
    }
    return in;
  }

  private static void vxlan(ByteBuf buf, int p, int end, PacketFacts f) {
    if (end - p < 8) {
      f.truncated = true;
      return;
    }
    if ((buf.getUnsignedByte(p) & 0x08) == 0) {
      return;
    }
    f.vxlan = true;
    f.vni = buf.getUnsignedMedium(p + 4);
    PacketFacts in = innerOf(f);
    if (in != null) {
      ethernet(buf, p + 8, end, in, false);
    }
  }

  private static void gre(ByteBuf buf, int p, int end, PacketFacts f, boolean outer) {
    if (end - p < 4) {
      f.truncated = true;
      return;
    }
    int flags = buf.getUnsignedShort(p);
    f.gre = true;
    f.greProtocol = buf.getUnsignedShort(p + 2);
    f.hasL4 = true;
    int q = p + 4;
    if ((flags & 0x8000) != 0) {
      q += 4; // checksum + reserved
    }
    if ((flags & 0x2000) != 0) {
      if (end - q < 4) {
        f.truncated = true;
        return;
      }
      f.greKey = buf.getUnsignedInt(q);
      q += 4;
    }
    if ((flags & 0x1000) != 0) {
      q += 4; // sequence number
    }
    if (!outer || q > end) {
      f.truncated |= q > end;
      return;
    }
    PacketFacts in;
    switch (f.greProtocol) {
      case 0x6558:
        in = innerOf(f);
        if (in != null) {
          ethernet(buf, q, end, in, false);
        }
        break;
      case 0x0800:
        in = innerOf(f);
        if (in != null) {
          ipv4(buf, q, end, in, false);
        }
        break;
      case 0x86dd:
        in = innerOf(f);
        if (in != null) {
          ipv6(buf, q, end, in, false);
        }
        break;
      default:
        break;
    }
  }
}
