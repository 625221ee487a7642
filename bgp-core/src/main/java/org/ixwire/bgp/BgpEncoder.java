package org.ixwire.bgp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.ixwire.bgp.attribute.AttributeFlags;
import org.ixwire.bgp.attribute.PathAttribute;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.message.BgpMessage;
import org.ixwire.bgp.message.Keepalive;
import org.ixwire.bgp.message.Notification;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.OptionalParameter;
import org.ixwire.bgp.message.RouteRefresh;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.Nlri;

/**
 * Encodes message values (RFC 4271 §4): {@link #encodedLength} first, then {@link #encode} into the
 * caller's buffer — exact size, no temporary buffers. Attributes keep their flags; the Extended
 * Length bit is added when a value exceeds 255 bytes (RFC 4271 §4.3). NLRI carry path identifiers
 * where {@link BgpSessionOptions#addPathSend} says so. Stateless and thread-safe.
 */
public final class BgpEncoder {
  private BgpEncoder() {}

  /**
   * The encoded length of {@code m}, header included.
   *
   * @throws IllegalArgumentException if it exceeds the session's maximum message length
   */
  public static int encodedLength(BgpMessage m, BgpSessionOptions options) {
    int n = BgpFraming.HEADER_LENGTH + bodyLength(m, options);
    if (n > options.maxMessageLength()) {
      throw new IllegalArgumentException(
          m.type() + " of " + n + " bytes exceeds the maximum " + options.maxMessageLength());
    }
    return n;
  }

  /**
   * Writes {@code m} (header included) to {@code out}. Lengths are written after the fields they
   * cover, so the message is produced in one pass.
   *
   * @throws IllegalArgumentException if the message exceeds the session's maximum length (nothing
   *     is left written in {@code out})
   */
  public static void encode(BgpMessage m, BgpSessionOptions options, ByteBuf out) {
    int start = out.writerIndex();
    out.ensureWritable(BgpFraming.HEADER_LENGTH);
    out.setLong(start, -1L);
    out.setLong(start + 8, -1L);
    out.setShort(start + 16, 0);
    out.setByte(start + 18, m.type().code());
    out.writerIndex(start + BgpFraming.HEADER_LENGTH);
    if (m instanceof Open) {
      writeOpen((Open) m, out);
    } else if (m instanceof Update) {
      writeUpdate((Update) m, options, out);
    } else if (m instanceof Notification) {
      Notification n = (Notification) m;
      out.writeByte(n.code());
      out.writeByte(n.subcode());
      n.data().writeTo(out);
    } else if (m instanceof RouteRefresh) {
      RouteRefresh r = (RouteRefresh) m;
      out.writeShort(r.family().afi().code());
      out.writeByte(r.subtype());
      out.writeByte(r.family().safi().code());
      r.orf().writeTo(out);
    } else if (!(m instanceof Keepalive)) {
      out.writerIndex(start);
      throw new IllegalArgumentException("unknown message " + m);
    }
    int len = out.writerIndex() - start;
    if (len > options.maxMessageLength()) {
      out.writerIndex(start);
      throw new IllegalArgumentException(
          m.type() + " of " + len + " bytes exceeds the maximum " + options.maxMessageLength());
    }
    out.setShort(start + 16, len);
  }

  /** Encodes {@code m} into a new buffer from {@code alloc}; the caller releases it. */
  public static ByteBuf encode(BgpMessage m, BgpSessionOptions options, ByteBufAllocator alloc) {
    int len = encodedLength(m, options);
    ByteBuf out = alloc.buffer(len, len);
    try {
      encode(m, options, out);
      return out;
    } catch (RuntimeException e) {
      out.release();
      throw e;
    }
  }

  /** Encodes {@code m} into a byte array. */
  public static byte[] toByteArray(BgpMessage m, BgpSessionOptions options) {
    ByteBuf b = io.netty.buffer.Unpooled.buffer(encodedLength(m, options));
    encode(m, options, b);
    return b.array().length == b.readableBytes()
        ? b.array()
        : java.util.Arrays.copyOf(b.array(), b.readableBytes());
  }

  private static int bodyLength(BgpMessage m, BgpSessionOptions options) {
    if (m instanceof Open) {
      Open o = (Open) m;
      int params = 0;
      for (OptionalParameter p : o.parameters()) {
        params += (o.extendedParameters() ? 3 : 2) + p.valueLength();
      }
      return 10 + (o.extendedParameters() ? 3 : 0) + params;
    } else if (m instanceof Update) {
      Update u = (Update) m;
      boolean ap = options.addPathSend(1, 1);
      return 4
          + nlriLength(u.withdrawn(), ap)
          + attributesLength(u, options)
          + nlriLength(u.nlri(), ap);
    } else if (m instanceof Notification) {
      return 2 + ((Notification) m).data().length();
    } else if (m instanceof RouteRefresh) {
      return 4 + ((RouteRefresh) m).orf().length();
    }
    return 0;
  }

  private static int nlriLength(java.util.List<Nlri> routes, boolean addPath) {
    int n = 0;
    for (int i = 0; i < routes.size(); i++) {
      n += routes.get(i).encodedLength(addPath);
    }
    return n;
  }

  /** Length of {@code a} with its header (flags, type, 1- or 2-octet length). */
  public static int attributeLength(PathAttribute a, BgpSessionOptions options) {
    int v = a.valueLength(options);
    return (a.extendedLength() || v > 255 ? 4 : 3) + v;
  }

  /** Writes {@code a} with its header. */
  public static void writeAttribute(PathAttribute a, BgpSessionOptions options, ByteBuf out) {
    int v = a.valueLength(options);
    int flags = a.flags();
    boolean ext = (flags & AttributeFlags.EXTENDED_LENGTH) != 0 || v > 255;
    if (v > 0xffff) {
      throw new IllegalArgumentException(a.type() + " value of " + v + " bytes is too long");
    }
    int at = out.writerIndex();
    out.ensureWritable((ext ? 4 : 3) + v);
    out.setByte(at, ext ? flags | AttributeFlags.EXTENDED_LENGTH : flags);
    out.setByte(at + 1, a.type().code());
    if (ext) {
      out.setShort(at + 2, v);
      at += 4;
    } else {
      out.setByte(at + 2, v);
      at += 3;
    }
    out.writerIndex(at);
    a.writeValue(out, options);
    if (out.writerIndex() - at != v) {
      throw new IllegalStateException(a.type() + " wrote " + (out.writerIndex() - at));
    }
  }

  private static int attributesLength(Update u, BgpSessionOptions options) {
    int n = 0;
    java.util.List<PathAttribute> attrs = u.attributes();
    for (int i = 0; i < attrs.size(); i++) {
      n += attributeLength(attrs.get(i), options);
    }
    return n;
  }

  private static void writeUpdate(Update u, BgpSessionOptions options, ByteBuf out) {
    boolean ap = options.addPathSend(1, 1);
    java.util.List<Nlri> withdrawn = u.withdrawn();
    int at = out.writerIndex();
    out.writeShort(0);
    for (int i = 0; i < withdrawn.size(); i++) {
      withdrawn.get(i).encode(out, ap);
    }
    out.setShort(at, out.writerIndex() - at - 2);
    at = out.writerIndex();
    out.writeShort(0);
    java.util.List<PathAttribute> attrs = u.attributes();
    for (int i = 0; i < attrs.size(); i++) {
      writeAttribute(attrs.get(i), options, out);
    }
    out.setShort(at, out.writerIndex() - at - 2);
    java.util.List<Nlri> nlri = u.nlri();
    for (int i = 0; i < nlri.size(); i++) {
      nlri.get(i).encode(out, ap);
    }
  }

  private static void writeOpen(Open o, ByteBuf out) {
    out.writeByte(o.version());
    out.writeShort(o.myAs());
    out.writeShort(o.holdTime());
    o.bgpIdentifier().writeTo(out);
    int params = 0;
    for (OptionalParameter p : o.parameters()) {
      params += (o.extendedParameters() ? 3 : 2) + p.valueLength();
    }
    if (o.extendedParameters()) {
      out.writeByte(255);
      out.writeByte(255);
      out.writeShort(params);
    } else {
      if (params > 255) {
        throw new IllegalArgumentException(
            "optional parameters of " + params + " bytes need the RFC 9072 encoding");
      }
      out.writeByte(params);
    }
    for (OptionalParameter p : o.parameters()) {
      out.writeByte(p.type());
      if (o.extendedParameters()) {
        out.writeShort(p.valueLength());
      } else {
        out.writeByte(p.valueLength());
      }
      if (p.type() == OptionalParameter.CAPABILITIES) {
        for (Capability c : p.capabilities()) {
          out.writeByte(c.code().code());
          out.writeByte(c.valueLength());
          c.writeValue(out);
        }
      } else {
        p.raw().writeTo(out);
      }
    }
  }
}
