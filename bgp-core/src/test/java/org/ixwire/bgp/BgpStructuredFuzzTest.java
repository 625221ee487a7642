package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ixwire.bgp.attribute.AsPathView;
import org.ixwire.bgp.attribute.Bytes;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.capability.AddPathCapability;
import org.ixwire.bgp.capability.Capabilities;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.capability.ExtendedMessageCapability;
import org.ixwire.bgp.capability.ExtendedNextHopCapability;
import org.ixwire.bgp.capability.FourOctetAsCapability;
import org.ixwire.bgp.capability.FqdnCapability;
import org.ixwire.bgp.capability.GracefulRestartCapability;
import org.ixwire.bgp.capability.MultiprotocolCapability;
import org.ixwire.bgp.capability.RoleCapability;
import org.ixwire.bgp.capability.UnknownCapability;
import org.ixwire.bgp.error.UpdateIssue;
import org.ixwire.bgp.message.BgpMessage;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.NlriCursor;
import org.ixwire.bgp.spi.NlriCodecRegistry;

/**
 * Structure-aware fuzzing: valid OPEN and UPDATE messages are built from the fuzzer's data (every
 * attribute kind, every core AFI/SAFI, ADD-PATH, 2- and 4-octet AS), then exactly one structural
 * field the fuzzer picks (a length, a count, a flag, a type, a nested length) is corrupted. Plus
 * the entry points the byte-level targets of {@link BgpDecoderFuzzTest} do not reach directly: OPEN
 * alone, each path attribute codec, the NLRI codec of each family, AS_PATH and capabilities. The
 * only acceptable outcomes are the documented ones: {@link BgpDecodeException} with an offset
 * inside the message, or an RFC 7606 result whose issues point inside the message; and the views
 * must read every UPDATE alike from every kind of buffer ({@link BufferKinds}).
 */
class BgpStructuredFuzzTest {
  private static final BgpDecoder DECODER = new BgpDecoder();

  /** A valid UPDATE with one corrupted field, through the value decoder and the view. */
  @FuzzTest
  void corruptedUpdate(FuzzedDataProvider data) {
    UpdateGenerator.Generated g = UpdateGenerator.generate(UpdateGenerator.from(data));
    byte[] wire = BgpEncoder.toByteArray(g.update(), g.options());
    List<WireFields.Field> fields = WireFields.update(wire, g.options());
    WireFields.Field f = fields.get(data.consumeInt(0, fields.size() - 1));
    String what = WireFields.corrupt(wire, f, data.consumeInt(0, 3), data.consumeLong());
    BgpSessionOptions o = g.options();
    if (data.consumeBoolean()) {
      o = o.toBuilder().peerType(BgpSessionOptions.PeerType.EXTERNAL).build();
    }
    checkUpdate(wire, o, what);
  }

  static void checkUpdate(byte[] wire, BgpSessionOptions o, String what) {
    ByteBuf buf = Unpooled.wrappedBuffer(wire);
    BgpMessage m;
    try {
      m = DECODER.decode(buf, 0, o);
    } catch (BgpDecodeException e) {
      assertTrue(e.offset() >= 0 && e.offset() <= wire.length, what + ": " + e.getMessage());
      return;
    }
    if (m instanceof Update) {
      int len = buf.getUnsignedShort(16);
      UpdateResult r = DECODER.decodeUpdate(buf, 0, len, o);
      for (UpdateIssue i : r.issues()) {
        assertTrue(i.offset() >= 0 && i.offset() <= len, what + ": " + i);
      }
      if (r.isPristine()) {
        assertArrayEquals(Arrays.copyOf(wire, len), BgpEncoder.toByteArray(m, o), what);
      }
      UpdateView v = new UpdateView().wrap(buf, 0, len, o);
      BgpDecoderFuzzTest.walk(v.attributes());
      BufferKinds.check(wire, len, o, what);
      for (NlriCursor c : new NlriCursor[] {v.withdrawn(), v.nlri()}) {
        while (c.next()) {
          c.toValue();
        }
        assertTrue(!c.malformed() || (c.errorOffset() >= 0 && c.errorOffset() <= len), what);
      }
    }
  }

  static Capability capability(FuzzedDataProvider d) {
    AfiSafi[] fams = UpdateGenerator.MP_FAMILIES;
    AfiSafi fam = d.consumeBoolean() ? AfiSafi.IPV4_UNICAST : fams[d.consumeInt(0, 6)];
    return switch (d.consumeInt(0, 9)) {
      case 0 -> MultiprotocolCapability.of(fam);
      case 1 -> new FourOctetAsCapability(d.consumeLong() & 0xffffffffL);
      case 2 ->
          new AddPathCapability(
              ImmutableList.of(new AddPathCapability.Entry(fam, d.consumeInt(1, 3))));
      case 3 -> new RoleCapability(d.consumeInt(0, 4));
      case 4 -> FqdnCapability.of("r" + d.consumeInt(0, 99), "example.net");
      case 5 ->
          new GracefulRestartCapability(
              d.consumeInt(0, 15),
              d.consumeInt(0, 4095),
              ImmutableList.of(
                  new GracefulRestartCapability.Entry(fam, d.consumeInt(0, 255) & 0x80)));
      case 6 -> ExtendedMessageCapability.INSTANCE;
      case 7 ->
          new ExtendedNextHopCapability(
              ImmutableList.of(new ExtendedNextHopCapability.Entry(1, 1, 2)));
      default ->
          new UnknownCapability(
              d.consumeInt(70, 127), Bytes.of(d.consumeBytes(d.consumeInt(0, 8))));
    };
  }

  /** A valid OPEN with one corrupted field. */
  @FuzzTest
  void corruptedOpen(FuzzedDataProvider data) {
    List<Capability> caps = new ArrayList<>();
    int n = data.consumeInt(0, 6);
    for (int i = 0; i < n; i++) {
      caps.add(capability(data));
    }
    Open open =
        Open.of(
            data.consumeLong() & 0xffffffffL,
            data.consumeBoolean() ? 0 : data.consumeInt(3, 65535),
            IpAddress.ipv4(data.consumeInt()),
            caps);
    byte[] wire = BgpEncoder.toByteArray(open, BgpSessionOptions.DEFAULT);
    List<WireFields.Field> fields = WireFields.open(wire);
    WireFields.Field f = fields.get(data.consumeInt(0, fields.size() - 1));
    String what = WireFields.corrupt(wire, f, data.consumeInt(0, 3), data.consumeLong());
    checkOpen(wire, what);
  }

  static void checkOpen(byte[] wire, String what) {
    ByteBuf buf = Unpooled.wrappedBuffer(wire);
    BgpMessage m;
    try {
      m = DECODER.decode(buf, 0, BgpSessionOptions.DEFAULT);
    } catch (BgpDecodeException e) {
      assertTrue(e.offset() >= 0 && e.offset() <= wire.length, what + ": " + e.getMessage());
      return;
    }
    if (m instanceof Open o) {
      Negotiation.negotiate(o, o);
    }
  }

  /** OPEN alone: any body after a valid header, through decode and decodeOpen. */
  @FuzzTest
  void open(byte[] body) {
    byte[] wire = new byte[19 + body.length];
    Arrays.fill(wire, 0, 16, (byte) 0xff);
    wire[16] = (byte) (wire.length >>> 8);
    wire[17] = (byte) wire.length;
    wire[18] = 1;
    System.arraycopy(body, 0, wire, 19, body.length);
    checkOpen(wire, "open");
    try {
      Open o = DECODER.decodeOpen(Unpooled.wrappedBuffer(wire), 0, wire.length);
      Negotiation.negotiate(o, o);
    } catch (BgpDecodeException e) {
      assertTrue(e.offset() >= 0 && e.offset() <= wire.length, e.getMessage());
    }
  }

  private static final int[] ATTRIBUTE_TYPES = {
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 15, 16, 17, 18, 22, 23, 25, 26, 29, 32, 35, 40, 128, 255
  };

  /**
   * Each attribute codec: one attribute of a known type with fuzzed flags, length form and value,
   * through the attribute view, the value decoder and a whole UPDATE under random options.
   */
  @FuzzTest
  void attribute(FuzzedDataProvider data) {
    BgpSessionOptions o = BgpDecoderFuzzTest.options(data.consumeInt(0, 127));
    int type = ATTRIBUTE_TYPES[data.consumeInt(0, ATTRIBUTE_TYPES.length - 1)];
    int flags = data.consumeInt(0, 255) & 0xf0;
    byte[] value = data.consumeBytes(data.consumeBoolean() ? 300 : 40);
    boolean ext = value.length > 255 || (flags & 0x10) != 0;
    flags = ext ? flags | 0x10 : flags;
    ByteBuf attr = Unpooled.buffer();
    attr.writeByte(flags).writeByte(type);
    if (ext) {
      attr.writeShort(value.length);
    } else {
      attr.writeByte(value.length);
    }
    attr.writeBytes(value);
    byte[] rest = data.consumeRemainingAsBytes();
    attr.writeBytes(rest, 0, Math.min(rest.length, 64));
    byte[] a = new byte[attr.readableBytes()];
    attr.readBytes(a);
    ByteBuf buf = Unpooled.wrappedBuffer(a);
    PathAttributesView v = new PathAttributesView().wrap(buf, 0, a.length, o);
    BgpDecoderFuzzTest.walk(v);
    v.toValues(NlriCodecRegistry.EMPTY);
    for (int i = 0; i < v.issueCount(); i++) {
      assertTrue(v.issue(i).offset() >= 0 && v.issue(i).offset() <= a.length);
    }
    // the same attribute in an UPDATE with one IPv4 route
    ByteBuf u = Unpooled.buffer();
    u.writeBytes(new byte[16]).writeShort(0).writeByte(2).writeShort(0).writeShort(a.length);
    u.writeBytes(a).writeByte(24).writeByte(192).writeByte(0).writeByte(2);
    for (int i = 0; i < 16; i++) {
      u.setByte(i, 0xff);
    }
    u.setShort(16, u.readableBytes());
    byte[] wire = new byte[u.readableBytes()];
    u.readBytes(wire);
    checkUpdate(wire, o.toBuilder().extendedMessage(true).abbreviatedMpReach(false).build(), "");
  }

  private static final AfiSafi[] NLRI_FAMILIES = {
    AfiSafi.IPV4_UNICAST,
    AfiSafi.IPV4_MULTICAST,
    AfiSafi.IPV6_UNICAST,
    AfiSafi.IPV6_MULTICAST,
    AfiSafi.IPV4_LABELED_UNICAST,
    AfiSafi.IPV6_LABELED_UNICAST,
    AfiSafi.IPV4_MPLS_VPN,
    AfiSafi.IPV6_MPLS_VPN,
    AfiSafi.of(25, 70),
    AfiSafi.of(1, 133),
    AfiSafi.of(16388, 71)
  };

  /** The NLRI codec of each family, with and without ADD-PATH. */
  @FuzzTest
  void nlri(FuzzedDataProvider data) {
    AfiSafi f = NLRI_FAMILIES[data.consumeInt(0, NLRI_FAMILIES.length - 1)];
    boolean addPath = data.consumeBoolean();
    int lead = data.consumeInt(0, 3);
    byte[] b = data.consumeRemainingAsBytes();
    ByteBuf buf = Unpooled.wrappedBuffer(b);
    int off = Math.min(lead, b.length);
    int len = b.length - off;
    NlriCursor c = new NlriCursor().wrap(buf, off, len, f.afi().code(), f.safi().code(), addPath);
    int n = 0;
    while (c.next()) {
      assertTrue(c.entryOffset() >= off && c.entryOffset() + c.entryLength() <= b.length);
      c.prefix();
      c.toValue();
      c.trailingBitsSet();
      n++;
    }
    if (c.malformed()) {
      assertTrue(c.errorOffset() >= off && c.errorOffset() <= b.length, c.errorReason());
    }
    assertTrue(n <= len, "more routes than bytes");
    c.wrap(buf, off, len, f.afi().code(), f.safi().code(), addPath).validate();
  }

  /** AS_PATH and AS4_PATH segments, 2- and 4-octet. */
  @FuzzTest
  void asPath(FuzzedDataProvider data) {
    int width = data.consumeBoolean() ? 4 : 2;
    byte[] b = data.consumeRemainingAsBytes();
    AsPathView v = new AsPathView().wrap(Unpooled.wrappedBuffer(b), 0, b.length, width);
    long sink = v.pathLength() + v.originAs();
    v.reset();
    while (v.nextSegment()) {
      for (int i = 0; i < v.segmentLength(); i++) {
        sink += v.asn(i);
      }
    }
    assertTrue(sink >= -1);
    assertEquals(v.pathLength(), v.toValue().length());
  }

  /** Every capability code with any value. */
  @FuzzTest
  void capabilityValue(FuzzedDataProvider data) {
    int code = data.consumeBoolean() ? data.consumeInt(0, 255) : data.pickValue(CODES);
    byte[] b = data.consumeRemainingAsBytes();
    Capability c = Capabilities.decode(Unpooled.wrappedBuffer(b), code, 0, b.length);
    assertTrue(c.valueLength() >= 0);
  }

  private static final int[] CODES = {1, 2, 5, 6, 9, 64, 65, 69, 70, 71, 73, 75, 128};
}
