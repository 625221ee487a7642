package org.ixwire.pcap;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.ixwire.pcap.internal.FragmentReassembler;
import org.jspecify.annotations.Nullable;

/**
 * Decodes frames down to UDP datagrams and TCP segments.
 *
 * <p>Link layers: Ethernet (IEEE 802.3) with any stack of up to 8 802.1Q / 802.1ad / QinQ tags,
 * Linux SLL and SLL2, raw IP (LINKTYPE_RAW 101, DLT 12 and 14, 228, 229), BSD null (0) and OpenBSD
 * loop (108). Network: IPv4 (RFC 791: header options skipped, total length honoured so Ethernet
 * padding is ignored, fragments reassembled) and IPv6 (RFC 8200: hop-by-hop, routing,
 * destination-options and AH extension headers skipped, fragment header reassembled). Transport:
 * UDP (RFC 768) and TCP (RFC 9293, options skipped).
 *
 * <p>Stateful only for fragment reassembly, bounded by default to 1024 incomplete datagrams, 8 MiB
 * and 60 s of capture time. Everything else is counted in {@link #stats()} and yields {@code null};
 * nothing here throws on malformed packets. Not thread-safe.
 */
public final class PacketDecoder {
  private static final int MAX_VLAN_TAGS = 8;
  private static final int MAX_IPV6_EXTENSIONS = 8;
  private static final int MAX_MPLS_LABELS = 16;
  private static final int ETHERTYPE_IPV4 = 0x0800;
  private static final int ETHERTYPE_IPV6 = 0x86DD;
  private static final int ETHERTYPE_GUESS_IP = -2;

  private final PacketView view = new PacketView();
  private final FragmentReassembler fragments;
  private ByteBuf reassembly = Unpooled.EMPTY_BUFFER;

  private long frames;
  private long unsupportedLinkType;
  private long notIp;
  private long malformed;
  private long truncated;
  private long otherProtocol;
  private long fragmentsSeen;
  private long udp;
  private long tcp;

  /** A decoder with the default fragment-reassembly bounds. */
  public PacketDecoder() {
    this(1024, 8L << 20, 60_000_000_000L);
  }

  /**
   * A decoder with explicit fragment-reassembly bounds.
   *
   * @param maxPendingDatagrams incomplete datagrams held at most (oldest dropped first)
   * @param maxPendingBytes bytes held at most for incomplete datagrams
   * @param fragmentTimeoutNanos capture time after which an incomplete datagram is dropped
   */
  public PacketDecoder(int maxPendingDatagrams, long maxPendingBytes, long fragmentTimeoutNanos) {
    this.fragments =
        new FragmentReassembler(maxPendingDatagrams, maxPendingBytes, fragmentTimeoutNanos);
  }

  /**
   * Decodes one frame. Returns the reused view for a UDP datagram or TCP segment (for a fragmented
   * datagram: when its last missing fragment arrives), or {@code null} for anything else (other
   * protocols, unsupported link types, malformed packets, incomplete fragments; see {@link
   * #stats()}). The view and its payload are valid until the next call and while the frame is.
   */
  public @Nullable PacketView decode(FrameView frame) {
    frames++;
    view.timestampNanos = frame.timestampNanos();
    view.frameNumber = frame.frameNumber();
    return decodeLink(
        frame.linkType().code(),
        frame.buffer(),
        frame.dataOffset(),
        frame.dataOffset() + frame.capturedLength(),
        frame.originalLength() - frame.capturedLength());
  }

  /**
   * Decodes raw link-layer bytes (e.g. an sFlow sampled header) without a capture file: same result
   * as {@link #decode(FrameView)}, with timestamp 0 and frame number 0.
   *
   * @param linkType how the bytes start
   * @param buf holds the frame at {@code [offset, offset + length)}; not retained or released
   */
  public @Nullable PacketView decode(LinkType linkType, ByteBuf buf, int offset, int length) {
    frames++;
    view.timestampNanos = 0;
    view.frameNumber = 0;
    if (offset < 0 || length < 0 || offset > buf.capacity() - length) {
      malformed++;
      return null;
    }
    return decodeLink(linkType.code(), buf, offset, offset + length, 0);
  }

  private @Nullable PacketView decodeLink(
      int linkType, ByteBuf buf, int pos, int end, long notCaptured) {
    int etherType;
    switch (linkType) {
      case 1: // Ethernet
        return ethernet(buf, pos, end, notCaptured);
      case 113: // Linux SLL
        if (end - pos < 16) {
          return truncated();
        }
        etherType = buf.getUnsignedShort(pos + 14);
        pos += 16;
        break;
      case 276: // Linux SLL2
        if (end - pos < 20) {
          return truncated();
        }
        etherType = buf.getUnsignedShort(pos);
        pos += 20;
        break;
      case 0: // BSD null: host byte order
      case 108: // OpenBSD loop: network byte order
        {
          if (end - pos < 4) {
            return truncated();
          }
          int be = buf.getInt(pos);
          int le = buf.getIntLE(pos);
          int family = linkType == 108 ? be : (be > 0 && be < 256 ? be : le);
          pos += 4;
          if (family == 2) {
            etherType = ETHERTYPE_IPV4;
          } else if (family == 10 || family == 24 || family == 28 || family == 30) {
            etherType = ETHERTYPE_IPV6;
          } else {
            notIp++;
            return null;
          }
          break;
        }
      case 12:
      case 14:
      case 101: // raw IP
      case 228:
      case 229:
        etherType = ETHERTYPE_GUESS_IP;
        break;
      case 9: // PPP
      case 50: // PPP in HDLC framing
        {
          if (end - pos >= 2 && buf.getUnsignedShort(pos) == 0xFF03) {
            pos += 2;
          }
          if (end - pos < 2) {
            return truncated();
          }
          int proto = buf.getUnsignedShort(pos);
          pos += 2;
          etherType =
              proto == 0x0021
                  ? ETHERTYPE_IPV4
                  : proto == 0x0057 ? ETHERTYPE_IPV6 : proto == 0x0281 ? 0x8847 : -1;
          break;
        }
      case 104: // Cisco HDLC
        if (end - pos < 4) {
          return truncated();
        }
        etherType = buf.getUnsignedShort(pos + 2);
        pos += 4;
        break;
      case 107: // Frame Relay, RFC 2427
        {
          if (end - pos < 4) {
            return truncated();
          }
          pos += 2; // Q.922 address
          if (buf.getUnsignedByte(pos) != 0x03) {
            etherType = buf.getUnsignedShort(pos); // Cisco encapsulation: an EtherType
            pos += 2;
            break;
          }
          pos++;
          if (buf.getUnsignedByte(pos) == 0x00) {
            pos++; // padding
          }
          if (end - pos < 1) {
            return truncated();
          }
          int nlpid = buf.getUnsignedByte(pos++);
          if (nlpid == 0xCC) {
            etherType = ETHERTYPE_IPV4;
          } else if (nlpid == 0x8E) {
            etherType = ETHERTYPE_IPV6;
          } else if (nlpid == 0x80) {
            if (end - pos < 5) {
              return truncated();
            }
            etherType = buf.getMedium(pos) == 0 ? buf.getUnsignedShort(pos + 3) : -1;
            pos += 5;
          } else {
            etherType = -1;
          }
          break;
        }
      case 178: // Juniper pseudo-header, then Ethernet
        {
          if (end - pos < 4 || buf.getMedium(pos) != 0x4D4743) {
            malformed++;
            return null;
          }
          int flags = buf.getUnsignedByte(pos + 3);
          pos += 4;
          if ((flags & 0x80) != 0) {
            if (end - pos < 2) {
              return truncated();
            }
            pos += 2 + buf.getUnsignedShort(pos);
            if (pos > end) {
              return truncated();
            }
          }
          if ((flags & 0x02) != 0) {
            etherType = ETHERTYPE_GUESS_IP; // no L2 header
            break;
          }
          return ethernet(buf, pos, end, notCaptured);
        }
      default:
        unsupportedLinkType++;
        return null;
    }
    return network(etherType, buf, pos, end, notCaptured);
  }

  private @Nullable PacketView ethernet(ByteBuf buf, int pos, int end, long notCaptured) {
    if (end - pos < 14) {
      return truncated();
    }
    return network(buf.getUnsignedShort(pos + 12), buf, pos + 14, end, notCaptured);
  }

  /** Skips VLAN tags and MPLS labels, then decodes IPv4 or IPv6. */
  private @Nullable PacketView network(
      int etherType, ByteBuf buf, int pos, int end, long notCaptured) {
    for (int tags = 0;
        etherType == 0x8100 || etherType == 0x88A8 || etherType == 0x9100 || etherType == 0x9200;
        tags++) {
      if (tags == MAX_VLAN_TAGS) {
        malformed++;
        return null;
      }
      if (end - pos < 4) {
        return truncated();
      }
      etherType = buf.getUnsignedShort(pos + 2);
      pos += 4;
    }
    if (etherType == 0x8847 || etherType == 0x8848) {
      for (int labels = 0; ; labels++) {
        if (labels == MAX_MPLS_LABELS) {
          malformed++;
          return null;
        }
        if (end - pos < 4) {
          return truncated();
        }
        boolean bottom = (buf.getUnsignedByte(pos + 2) & 1) != 0;
        pos += 4;
        if (bottom) {
          break;
        }
      }
      etherType = ETHERTYPE_GUESS_IP;
    }
    if (etherType == ETHERTYPE_GUESS_IP) {
      if (end - pos < 1) {
        return truncated();
      }
      int version = buf.getUnsignedByte(pos) >> 4;
      etherType = version == 4 ? ETHERTYPE_IPV4 : version == 6 ? ETHERTYPE_IPV6 : -1;
    }
    if (etherType == ETHERTYPE_IPV4) {
      return ipv4(buf, pos, end, notCaptured);
    } else if (etherType == ETHERTYPE_IPV6) {
      return ipv6(buf, pos, end, notCaptured);
    }
    notIp++;
    return null;
  }

  private @Nullable PacketView truncated() {
    truncated++;
    return null;
  }

  private @Nullable PacketView ipv4(ByteBuf buf, int pos, int end, long notCaptured) {
    if (end - pos < 20) {
      return truncated();
    }
    int vihl = buf.getUnsignedByte(pos);
    int ihl = (vihl & 0x0F) * 4;
    if (vihl >> 4 != 4 || ihl < 20) {
      malformed++;
      return null;
    }
    int totalLength = buf.getUnsignedShort(pos + 2);
    int available = end - pos;
    if (totalLength == 0) {
      totalLength = available + (int) Math.min(notCaptured, 65535); // TSO: length not filled in
    }
    if (totalLength < ihl) {
      malformed++;
      return null;
    }
    if (ihl > available) {
      return truncated();
    }
    int missing = Math.max(0, totalLength - available);
    int ipEnd = pos + Math.min(totalLength, available);
    int flagsFrag = buf.getUnsignedShort(pos + 6);
    int protocol = buf.getUnsignedByte(pos + 9);
    view.addressLength = 4;
    buf.getBytes(pos + 12, view.src, 0, 4);
    buf.getBytes(pos + 16, view.dst, 0, 4);
    view.reassembled = false;
    boolean more = (flagsFrag & 0x2000) != 0;
    int fragOffset = (flagsFrag & 0x1FFF) * 8;
    if (more || fragOffset != 0) {
      fragmentsSeen++;
      if (missing > 0) {
        return truncated();
      }
      int id = buf.getUnsignedShort(pos + 4);
      byte[] whole =
          fragments.add(
              4,
              view.src,
              view.dst,
              4,
              id,
              protocol,
              fragOffset,
              more,
              buf,
              pos + ihl,
              ipEnd - pos - ihl,
              view.timestampNanos);
      if (whole == null) {
        return null;
      }
      view.reassembled = true;
      reassembly = Unpooled.wrappedBuffer(whole);
      return transport(protocol, reassembly, 0, whole.length, 0);
    }
    return transport(protocol, buf, pos + ihl, ipEnd, missing);
  }

  private @Nullable PacketView ipv6(ByteBuf buf, int pos, int end, long notCaptured) {
    if (end - pos < 40) {
      return truncated();
    }
    if (buf.getUnsignedByte(pos) >> 4 != 6) {
      malformed++;
      return null;
    }
    int payloadLength = buf.getUnsignedShort(pos + 4);
    int next = buf.getUnsignedByte(pos + 6);
    view.addressLength = 16;
    buf.getBytes(pos + 8, view.src, 0, 16);
    buf.getBytes(pos + 24, view.dst, 0, 16);
    view.reassembled = false;
    int available = end - pos - 40;
    if (payloadLength == 0) {
      payloadLength = available + (int) Math.min(notCaptured, 65535); // jumbogram or TSO
    }
    int missing = Math.max(0, payloadLength - available);
    int ipEnd = pos + 40 + Math.min(payloadLength, available);
    int p = pos + 40;
    for (int i = 0; ; i++) {
      if (next == 0 || next == 43 || next == 60 || next == 51) {
        if (i == MAX_IPV6_EXTENSIONS) {
          malformed++;
          return null;
        }
        if (ipEnd - p < 8) {
          return missing > 0 ? truncated() : malformedNull();
        }
        int len =
            next == 51
                ? (buf.getUnsignedByte(p + 1) + 2) * 4
                : (buf.getUnsignedByte(p + 1) + 1) * 8;
        next = buf.getUnsignedByte(p);
        p += len;
        if (p > ipEnd) {
          return missing > 0 ? truncated() : malformedNull();
        }
      } else if (next == 44) {
        if (ipEnd - p < 8) {
          return missing > 0 ? truncated() : malformedNull();
        }
        fragmentsSeen++;
        if (missing > 0) {
          return truncated();
        }
        int proto = buf.getUnsignedByte(p);
        int offMore = buf.getUnsignedShort(p + 2);
        long id = buf.getUnsignedInt(p + 4);
        byte[] whole =
            fragments.add(
                6,
                view.src,
                view.dst,
                16,
                id,
                proto,
                offMore & 0xFFF8,
                (offMore & 1) != 0,
                buf,
                p + 8,
                ipEnd - p - 8,
                view.timestampNanos);
        if (whole == null) {
          return null;
        }
        reassembly = Unpooled.wrappedBuffer(whole);
        PacketView v = ipv6Reassembled(proto, reassembly, whole.length);
        if (v != null) {
          v.reassembled = true;
        }
        return v;
      } else {
        return transport(next, buf, p, ipEnd, missing);
      }
    }
  }

  /** Skips extension headers that follow the fragment header in a reassembled payload. */
  private @Nullable PacketView ipv6Reassembled(int next, ByteBuf buf, int end) {
    int p = 0;
    for (int i = 0; next == 0 || next == 43 || next == 60 || next == 51; i++) {
      if (i == MAX_IPV6_EXTENSIONS || end - p < 8) {
        return malformedNull();
      }
      int len =
          next == 51 ? (buf.getUnsignedByte(p + 1) + 2) * 4 : (buf.getUnsignedByte(p + 1) + 1) * 8;
      next = buf.getUnsignedByte(p);
      p += len;
      if (p > end) {
        return malformedNull();
      }
    }
    return transport(next, buf, p, end, 0);
  }

  private @Nullable PacketView malformedNull() {
    malformed++;
    return null;
  }

  private @Nullable PacketView transport(int protocol, ByteBuf buf, int pos, int end, int missing) {
    view.protocol = protocol;
    if (protocol == PacketView.UDP) {
      if (end - pos < 8) {
        return missing > 0 ? truncated() : malformedNull();
      }
      int udpLength = buf.getUnsignedShort(pos + 4);
      int ipPayload = end - pos + missing;
      if (udpLength == 0 && ipPayload > 65535 - 8) {
        udpLength = ipPayload; // IPv6 jumbogram (RFC 2675)
      }
      if (udpLength < 8 || udpLength > ipPayload) {
        return malformedNull();
      }
      view.sourcePort = buf.getUnsignedShort(pos);
      view.destinationPort = buf.getUnsignedShort(pos + 2);
      view.sequenceNumber = 0;
      view.acknowledgmentNumber = 0;
      view.tcpFlags = 0;
      int present = Math.min(udpLength, end - pos);
      setPayload(buf, pos + 8, present - 8, udpLength - present);
      udp++;
      return view;
    } else if (protocol == PacketView.TCP) {
      if (end - pos < 20) {
        return missing > 0 ? truncated() : malformedNull();
      }
      int dataOffset = (buf.getUnsignedByte(pos + 12) >> 4) * 4;
      if (dataOffset < 20) {
        return malformedNull();
      }
      if (dataOffset > end - pos) {
        return missing > 0 ? truncated() : malformedNull();
      }
      view.sourcePort = buf.getUnsignedShort(pos);
      view.destinationPort = buf.getUnsignedShort(pos + 2);
      view.sequenceNumber = buf.getUnsignedInt(pos + 4);
      view.acknowledgmentNumber = buf.getUnsignedInt(pos + 8);
      view.tcpFlags = buf.getUnsignedByte(pos + 13);
      setPayload(buf, pos + dataOffset, end - pos - dataOffset, missing);
      tcp++;
      return view;
    }
    otherProtocol++;
    return null;
  }

  private void setPayload(ByteBuf buf, int offset, int length, int missing) {
    view.payloadBuffer = buf;
    view.payloadOffset = offset;
    view.payloadLength = length;
    view.payloadMissing = missing;
  }

  /** A snapshot of the decoder's counters. */
  public Stats stats() {
    return new Stats(
        frames,
        udp,
        tcp,
        unsupportedLinkType,
        notIp,
        otherProtocol,
        truncated,
        malformed,
        fragmentsSeen,
        fragments.completed(),
        fragments.dropped(),
        fragments.pendingDatagrams());
  }

  /**
   * Counters of what {@link PacketDecoder} saw.
   *
   * @param frames frames given to {@code decode}
   * @param udp UDP datagrams returned (reassembled ones once)
   * @param tcp TCP segments returned
   * @param unsupportedLinkType frames of a link type this decoder does not know
   * @param notIp frames carrying neither IPv4 nor IPv6 (ARP, LLC, …)
   * @param otherProtocol IP packets of other protocols (ICMP, OSPF, …)
   * @param truncated packets cut by the snaplen before the end of their headers
   * @param malformed packets with impossible header fields
   * @param fragments IP fragments seen
   * @param reassembled datagrams completed from fragments
   * @param fragmentsDropped incomplete datagrams dropped (timeout, memory bound, inconsistency)
   * @param fragmentsPending incomplete datagrams still held
   */
  public record Stats(
      long frames,
      long udp,
      long tcp,
      long unsupportedLinkType,
      long notIp,
      long otherProtocol,
      long truncated,
      long malformed,
      long fragments,
      long reassembled,
      long fragmentsDropped,
      long fragmentsPending) {}
}
