package org.ixwire.bgp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.bgp.attribute.AttributeCursor;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.nlri.NlriCursor;

/**
 * Locates the structural fields (lengths, counts, flags, types, nested lengths) of a valid encoded
 * BGP message so a structure-aware fuzz target can corrupt exactly one of them. Test code only: it
 * walks bytes that bgp-core's own encoder produced.
 */
final class WireFields {
  /** One field: {@code width} big-endian bytes at {@code offset}. */
  record Field(int offset, int width, String name) {}

  private WireFields() {}

  /** Fields of an UPDATE message (header included) encoded under {@code o}. */
  static List<Field> update(byte[] w, BgpSessionOptions o) {
    List<Field> f = header();
    ByteBuf buf = Unpooled.wrappedBuffer(w);
    int p = 19;
    int wl = buf.getUnsignedShort(p);
    f.add(new Field(p, 2, "withdrawn-length"));
    p += 2;
    nlri(f, buf, p, wl, 1, 1, o.addPathReceive(1, 1), "withdrawn");
    p += wl;
    int al = buf.getUnsignedShort(p);
    f.add(new Field(p, 2, "attributes-length"));
    p += 2;
    PathAttributesView v = new PathAttributesView().wrap(buf, p, al, o);
    AttributeCursor c = v.cursor();
    while (c.next()) {
      int h = c.headerOffset();
      String n = "attribute[" + c.index() + "]:" + c.type();
      f.add(new Field(h, 1, n + "/flags"));
      f.add(new Field(h + 1, 1, n + "/type"));
      f.add(new Field(h + 2, c.valueOffset() - h - 2, n + "/length"));
      int vo = c.valueOffset();
      int vl = c.valueLength();
      switch (c.type()) {
        case 2, 17 -> {
          int width = c.type() == 17 || o.fourOctetAs() ? 4 : 2;
          int q = vo;
          int s = 0;
          while (q + 2 <= vo + vl) {
            f.add(new Field(q, 1, n + "/segment[" + s + "]/type"));
            f.add(new Field(q + 1, 1, n + "/segment[" + s + "]/count"));
            q += 2 + width * buf.getUnsignedByte(q + 1);
            s++;
          }
        }
        case 14 -> {
          int afi = buf.getUnsignedShort(vo);
          int safi = buf.getUnsignedByte(vo + 2);
          int nh = buf.getUnsignedByte(vo + 3);
          f.add(new Field(vo, 2, n + "/afi"));
          f.add(new Field(vo + 2, 1, n + "/safi"));
          f.add(new Field(vo + 3, 1, n + "/next-hop-length"));
          f.add(new Field(vo + 4 + nh, 1, n + "/reserved"));
          int q = vo + 5 + nh;
          nlri(f, buf, q, vo + vl - q, afi, safi, o.addPathReceive(afi, safi), n + "/nlri");
        }
        case 15 -> {
          int afi = buf.getUnsignedShort(vo);
          int safi = buf.getUnsignedByte(vo + 2);
          f.add(new Field(vo, 2, n + "/afi"));
          f.add(new Field(vo + 2, 1, n + "/safi"));
          nlri(f, buf, vo + 3, vl - 3, afi, safi, o.addPathReceive(afi, safi), n + "/withdrawn");
        }
        default -> {
          if (vl > 0) {
            f.add(new Field(vo, 1, n + "/value[0]"));
          }
        }
      }
    }
    p += al;
    nlri(f, buf, p, w.length - p, 1, 1, o.addPathReceive(1, 1), "nlri");
    return f;
  }

  /** Fields of an OPEN message (RFC 4271 §4.2; capabilities in one optional parameter each). */
  static List<Field> open(byte[] w) {
    List<Field> f = header();
    f.add(new Field(19, 1, "version"));
    f.add(new Field(20, 2, "my-as"));
    f.add(new Field(22, 2, "hold-time"));
    f.add(new Field(28, 1, "optional-parameters-length"));
    int p = 29;
    int i = 0;
    while (p + 2 <= w.length) {
      f.add(new Field(p, 1, "parameter[" + i + "]/type"));
      f.add(new Field(p + 1, 1, "parameter[" + i + "]/length"));
      int plen = w[p + 1] & 0xff;
      if (w[p] == 2) {
        int q = p + 2;
        int k = 0;
        while (q + 2 <= p + 2 + plen) {
          f.add(new Field(q, 1, "parameter[" + i + "]/capability[" + k + "]/code"));
          f.add(new Field(q + 1, 1, "parameter[" + i + "]/capability[" + k + "]/length"));
          if ((w[q + 1] & 0xff) > 0) {
            f.add(new Field(q + 2, 1, "parameter[" + i + "]/capability[" + k + "]/value[0]"));
          }
          q += 2 + (w[q + 1] & 0xff);
          k++;
        }
      }
      p += 2 + plen;
      i++;
    }
    return f;
  }

  private static List<Field> header() {
    List<Field> f = new ArrayList<>();
    f.add(new Field(0, 1, "marker[0]"));
    f.add(new Field(15, 1, "marker[15]"));
    f.add(new Field(16, 2, "length"));
    f.add(new Field(18, 1, "type"));
    return f;
  }

  private static void nlri(
      List<Field> f,
      ByteBuf buf,
      int offset,
      int length,
      int afi,
      int safi,
      boolean addPath,
      String name) {
    NlriCursor c = new NlriCursor().wrap(buf, offset, length, afi, safi, addPath);
    int i = 0;
    while (c.next()) {
      int e = c.entryOffset();
      if (addPath) {
        f.add(new Field(e, 4, name + "[" + i + "]/path-id"));
        e += 4;
      }
      f.add(new Field(e, 1, name + "[" + i + "]/prefix-length"));
      if (c.labelCount() > 0) {
        f.add(new Field(e + 1, 3, name + "[" + i + "]/label[0]"));
      }
      i++;
    }
  }

  static String corrupt(byte[] w, Field field, int mode, long value) {
    return field.name()
        + " "
        + org.ixwire.testing.FieldCorruption.corrupt(w, field.offset(), field.width(), mode, value);
  }
}
