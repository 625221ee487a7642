package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.concurrent.TimeUnit;
import org.ixwire.bgp.attribute.AsPathView;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.NlriCursor;
import org.ixwire.bgp.spi.NlriCodecRegistry;
import org.ixwire.testing.Allocation;
import org.ixwire.testing.LeakCheckExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Resource bounds on adversarial input, run by the {@code bounded-memory} Surefire execution in a
 * JVM with {@code -Xmx64m}: 64 KiB UPDATEs (16k-ASN AS_PATHs, 13k prefixes, 16k communities, 21k
 * tiny attributes), forged lengths and counts. Each must finish, allocate at most a small factor of
 * its input (the allocation-free views: almost nothing), and cost the same per byte at 4x the size.
 * The timeouts only catch hangs; nothing asserts wall-clock time.
 */
@Tag("bounded")
@ExtendWith(LeakCheckExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BoundedResourcesTest {
  private static final BgpDecoder DECODER = new BgpDecoder();
  private static final BgpSessionOptions AS2 =
      BgpSessionOptions.builder().extendedMessage(true).build();
  private static final BgpSessionOptions AS4 =
      BgpSessionOptions.builder().extendedMessage(true).fourOctetAs(true).build();

  /** An UPDATE message around {@code attrs} and {@code nlri}. */
  static byte[] update(byte[] attrs, byte[] nlri) {
    ByteBuf b = Unpooled.buffer();
    for (int i = 0; i < 16; i++) {
      b.writeByte(0xff);
    }
    b.writeShort(0).writeByte(2).writeShort(0).writeShort(attrs.length).writeBytes(attrs);
    b.writeBytes(nlri);
    b.setShort(16, b.readableBytes());
    byte[] out = new byte[b.readableBytes()];
    b.readBytes(out);
    return out;
  }

  static void attr(ByteBuf out, int flags, int type, byte[] value) {
    if (value.length > 255) {
      out.writeByte(flags | 0x10).writeByte(type).writeShort(value.length);
    } else {
      out.writeByte(flags & ~0x10).writeByte(type).writeByte(value.length);
    }
    out.writeBytes(value);
  }

  static byte[] bytes(ByteBuf b) {
    byte[] out = new byte[b.readableBytes()];
    b.readBytes(out);
    return out;
  }

  /** ORIGIN, an AS_PATH of {@code asns} ASNs in 255-ASN segments, NEXT_HOP; one /24. */
  static byte[] longAsPath(int asns, int width) {
    ByteBuf path = Unpooled.buffer();
    for (int left = asns; left > 0; ) {
      int n = Math.min(255, left);
      path.writeByte(2).writeByte(n);
      for (int i = 0; i < n; i++) {
        if (width == 4) {
          path.writeInt((int) (4_200_000_000L + i));
        } else {
          path.writeShort(64512 + i % 1000);
        }
      }
      left -= n;
    }
    ByteBuf a = Unpooled.buffer();
    attr(a, 0x40, 1, new byte[] {0});
    attr(a, 0x40, 2, bytes(path));
    attr(a, 0x40, 3, new byte[] {(byte) 192, 0, 2, 1});
    return update(bytes(a), new byte[] {24, (byte) 198, 51, 100});
  }

  static Runnable decodeAll(byte[] msg, BgpSessionOptions o) {
    ByteBuf buf = Unpooled.wrappedBuffer(msg);
    UpdateView v = new UpdateView();
    return () -> {
      UpdateResult r = DECODER.decodeUpdate(buf, 0, msg.length, o);
      assertTrue(r.update().attributes().size() >= 3);
      v.wrap(buf, 0, msg.length, o);
      BgpDecoderFuzzTest.walk(v.attributes());
      NlriCursor c = v.nlri();
      while (c.next()) {
        c.prefixLength();
      }
    };
  }

  static Runnable viewOnly(byte[] msg, BgpSessionOptions o) {
    ByteBuf buf = Unpooled.wrappedBuffer(msg);
    UpdateView v = new UpdateView();
    return () -> {
      v.wrap(buf, 0, msg.length, o);
      PathAttributesView a = v.attributes();
      AsPathView p = a.asPath();
      long sink = 0;
      while (p.nextSegment()) {
        for (int i = 0; i < p.segmentLength(); i++) {
          sink += p.asn(i);
        }
      }
      NlriCursor c = v.nlri();
      while (c.next()) {
        sink += c.prefixLength();
      }
      assertTrue(sink >= 0);
    };
  }

  @Test
  void asPathOf16kAsns() {
    byte[] as2 = longAsPath(16384, 2);
    byte[] as4 = longAsPath(16000, 4);
    assertTrue(as4.length > 64_000 && as4.length <= 65535, "a maximal extended message");
    assertEquals(
        ErrorAction.NONE,
        DECODER.decodeUpdate(Unpooled.wrappedBuffer(as2), 0, as2.length, AS2).action());
    assertEquals(
        16000,
        DECODER
            .decodeUpdate(Unpooled.wrappedBuffer(as4), 0, as4.length, AS4)
            .update()
            .asPath()
            .orElseThrow()
            .length());
    // values: 8-byte longs per 2- or 4-byte ASN, plus the view's own work
    Allocation.assertBounded("AS_PATH 16k x 2 values", as2.length, 12, decodeAll(as2, AS2));
    Allocation.assertBounded("AS_PATH 16k x 4 values", as4.length, 6, decodeAll(as4, AS4));
    Allocation.assertBounded("AS_PATH 16k view", as4.length, 0, viewOnly(as4, AS4));
    Allocation.assertLinear("AS_PATH values", 4000, n -> decodeAll(longAsPath(n, 4), AS4));
  }

  static byte[] manyPrefixes(int n) {
    ByteBuf a = Unpooled.buffer();
    attr(a, 0x40, 1, new byte[] {0});
    attr(a, 0x40, 2, new byte[] {2, 1, (byte) 0xfd, (byte) 0xe8});
    attr(a, 0x40, 3, new byte[] {(byte) 192, 0, 2, 1});
    ByteBuf nlri = Unpooled.buffer();
    for (int i = 0; i < n; i++) {
      nlri.writeByte(32).writeInt(0x0a000000 + i);
    }
    return update(bytes(a), bytes(nlri));
  }

  @Test
  void maximalMessageOfPrefixes() {
    byte[] msg = manyPrefixes(13_000);
    assertTrue(msg.length > 64_000);
    assertEquals(
        13_000,
        DECODER
            .decodeUpdate(Unpooled.wrappedBuffer(msg), 0, msg.length, AS2)
            .update()
            .nlri()
            .size());
    // a value per route (PrefixNlri, Prefix, address bytes) for 5 bytes of input
    Allocation.assertBounded("13k prefixes values", msg.length, 40, decodeAll(msg, AS2));
    Allocation.assertBounded("13k prefixes view", msg.length, 0, viewOnly(msg, AS2));
    Allocation.assertLinear("prefixes", 3000, n -> decodeAll(manyPrefixes(n), AS2));
  }

  static byte[] manyCommunities(int n) {
    ByteBuf a = Unpooled.buffer();
    attr(a, 0x40, 1, new byte[] {0});
    attr(a, 0x40, 2, new byte[] {2, 1, (byte) 0xfd, (byte) 0xe8});
    attr(a, 0x40, 3, new byte[] {(byte) 192, 0, 2, 1});
    ByteBuf c = Unpooled.buffer();
    for (int i = 0; i < n; i++) {
      c.writeInt(0xfde80000 + i);
    }
    attr(a, 0xc0, 8, bytes(c));
    return update(bytes(a), new byte[] {24, (byte) 198, 51, 100});
  }

  @Test
  void communitiesFillingTheMessage() {
    byte[] msg = manyCommunities(16_000);
    Allocation.assertBounded("16k communities values", msg.length, 6, decodeAll(msg, AS2));
    Allocation.assertLinear("communities", 4000, n -> decodeAll(manyCommunities(n), AS2));
  }

  /** {@code n} three-byte attributes: unknown optional types, each once, then duplicates. */
  static byte[] manyTinyAttributes(int n) {
    ByteBuf a = Unpooled.buffer();
    attr(a, 0x40, 1, new byte[] {0});
    attr(a, 0x40, 2, new byte[0]);
    attr(a, 0x40, 3, new byte[] {(byte) 192, 0, 2, 1});
    for (int i = 0; i < n; i++) {
      a.writeByte(0xc0).writeByte(100 + i % 150).writeByte(0);
    }
    return update(bytes(a), new byte[] {24, (byte) 198, 51, 100});
  }

  @Test
  void twentyThousandTinyAttributes() {
    byte[] msg = manyTinyAttributes(21_000);
    assertTrue(msg.length > 63_000);
    UpdateResult r = DECODER.decodeUpdate(Unpooled.wrappedBuffer(msg), 0, msg.length, AS2);
    assertTrue(
        r.action().compareTo(ErrorAction.ATTRIBUTE_DISCARD) >= 0, "duplicates are discarded");
    Allocation.assertBounded("21k tiny attributes values", msg.length, 64, decodeAll(msg, AS2));
    Allocation.assertLinear("tiny attributes", 5000, n -> decodeAll(manyTinyAttributes(n), AS2));
  }

  @Test
  void forgedLengthsAllocateNothingMuch() {
    // attribute claiming 65535 bytes, withdrawn length 65535, NLRI prefix length 255
    byte[][] inputs = {
      update(new byte[] {(byte) 0xd0, 2, (byte) 0xff, (byte) 0xff, 2, 1}, new byte[0]),
      update(new byte[] {0x40, 1, 1, 0}, new byte[] {(byte) 255, 1, 2, 3}),
      update(new byte[] {(byte) 0x80, 14, (byte) 0xff, 0, 2, 1, (byte) 0xff}, new byte[0])
    };
    for (byte[] msg : inputs) {
      ByteBuf buf = Unpooled.wrappedBuffer(msg);
      Allocation.assertBounded(
          "forged length",
          msg.length,
          0,
          () -> {
            try {
              DECODER.decode(buf, 0, AS2);
            } catch (BgpDecodeException expected) {
              // framing error: a documented outcome
            }
          });
    }
    byte[] withdrawn = update(new byte[0], new byte[0]);
    withdrawn[19] = (byte) 0xff;
    withdrawn[20] = (byte) 0xff;
    assertThrows(
        BgpDecodeException.class, () -> DECODER.decode(Unpooled.wrappedBuffer(withdrawn), 0, AS2));
    // the attribute walker of MRT RIB entries: a maximal run of headers
    byte[] attrs = new byte[65_535];
    for (int i = 0; i + 3 <= attrs.length; i += 3) {
      attrs[i] = (byte) 0xc0;
      attrs[i + 1] = (byte) (100 + (i / 3) % 150);
    }
    ByteBuf buf = Unpooled.wrappedBuffer(attrs);
    PathAttributesView v = new PathAttributesView();
    Allocation.assertBounded(
        "attribute walker over 21k headers",
        attrs.length,
        64,
        () -> {
          v.wrap(buf, 0, attrs.length, AS2);
          v.toValues(NlriCodecRegistry.EMPTY);
        });
  }

  @Test
  void framingAStreamAllocatesNothing() {
    byte[] stream = new byte[19 * 3449];
    for (int m = 0; m < stream.length; m += 19) {
      for (int i = 0; i < 16; i++) {
        stream[m + i] = (byte) 0xff;
      }
      stream[m + 17] = 19;
      stream[m + 18] = 4;
    }
    ByteBuf buf = Unpooled.wrappedBuffer(stream);
    Allocation.assertBounded(
        "framing 64 KiB of KEEPALIVEs",
        stream.length,
        0,
        () -> {
          int off = 0;
          while (off < stream.length) {
            off += BgpFraming.frameLength(buf, off, stream.length - off, 65535);
          }
        });
  }
}
