package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ixwire.bgp.attribute.AsPathView;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.NlriCursor;
import org.junit.jupiter.api.Test;

/**
 * The attribute pass finds the attributes for the typed accessors in two ways: by rank in wire
 * order while the types come in ascending order (nothing stored per type), and per type from the
 * first attribute out of that order, repeated or of type 64 and above (and for the next message of
 * the same view). Both must give the same answers: the same attributes reversed, shuffled, with
 * MP_REACH/MP_UNREACH first or last, or after an unknown attribute of type 200, read exactly as in
 * ascending order, through one view that goes back and forth between the two.
 */
class AttributeOrderTest {
  private static final byte[] UNKNOWN_200 = {(byte) 0xc0, (byte) 200, 2, 1, 2};

  @Test
  void corpusUpdatesReadTheSameInAnyAttributeOrder() {
    int[] compared = new int[1];
    UpdateSamples.corpus((w, o, what) -> compared[0] += check(w, o, what));
    assertTrue(compared[0] > 100, "only " + compared[0] + " corpus UPDATEs compared");
  }

  @Test
  void generatedAndCorruptedUpdatesReadTheSameInAnyAttributeOrder() {
    int[] compared = new int[1];
    UpdateSamples.generatedAndCorrupted(
        20261127, 1500, (w, o, what) -> compared[0] += check(w, o, what));
    assertTrue(compared[0] > 1500, "only " + compared[0] + " generated UPDATEs compared");
  }

  @Test
  void manyAttributesAfterAnOutOfOrderMessage() {
    // ORIGIN, AS_PATH, NEXT_HOP and 24 unknown optional transitive types (36-59), ascending: more
    // attributes than the view's arrays hold at first, wrapped after a message out of order
    ByteArrayOutputStream field = new ByteArrayOutputStream();
    field.writeBytes(new byte[] {0x40, 1, 1, 0, 0x40, 2, 0, 0x40, 3, 4, 10, 0, 0, 1});
    for (int t = 36; t < 60; t++) {
      field.writeBytes(new byte[] {(byte) 0xc0, (byte) t, 1, (byte) t});
    }
    byte[] big = update(field.toByteArray());
    byte[] reversed = update(new byte[] {0x40, 3, 4, 10, 0, 0, 1, 0x40, 2, 0, 0x40, 1, 1, 0});
    BgpSessionOptions o = BgpSessionOptions.DEFAULT;
    UpdateView v = new UpdateView();
    String fresh = values(new UpdateView(), big, o);
    assertTrue(fresh.startsWith("NONE"), fresh);
    values(v, reversed, o);
    assertEquals(fresh, values(v, big, o), "after a message out of order");
    assertEquals(fresh, values(v, big, o), "again");
  }

  /** An UPDATE with this attributes field and one NLRI, 10.0.0.0/8. */
  private static byte[] update(byte[] field) {
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    m.writeBytes(new byte[16]);
    m.writeBytes(new byte[] {0, 0, 2, 0, 0, (byte) (field.length >>> 8), (byte) field.length});
    m.writeBytes(field);
    m.writeBytes(new byte[] {8, 10});
    byte[] b = m.toByteArray();
    java.util.Arrays.fill(b, 0, 16, (byte) 0xff);
    b[16] = (byte) (b.length >>> 8);
    b[17] = (byte) b.length;
    return b;
  }

  /** Compares the reordered variants with the message as it is; 0 when it cannot be reordered. */
  private static int check(byte[] wire, BgpSessionOptions o, String what) {
    List<byte[]> attrs = attributes(wire);
    if (attrs == null || !ascendingBelow64(attrs)) {
      return 0; // the variants would not keep every first occurrence, or it is already general
    }
    UpdateView v = new UpdateView(); // one view for all variants: it switches between the two ways
    String ascending = values(v, wire, o);
    if (ascending.startsWith("exception")) {
      return 0; // a broken header: the variants, with lengths rewritten, would mend it
    }
    Random r = new Random(what.hashCode());
    List<List<byte[]>> variants = new ArrayList<>();
    List<byte[]> reversed = new ArrayList<>(attrs);
    Collections.reverse(reversed);
    variants.add(reversed);
    List<byte[]> shuffled = new ArrayList<>(attrs);
    Collections.shuffle(shuffled, r);
    variants.add(shuffled);
    List<byte[]> mpFirst = new ArrayList<>(attrs); // as BIRD sends them
    mpFirst.sort(java.util.Comparator.comparingInt(x -> (x[1] & 0xfe) == 14 ? 0 : 1));
    variants.add(mpFirst);
    List<byte[]> mpLast = new ArrayList<>(attrs); // as Cisco IOS sends them
    mpLast.sort(java.util.Comparator.comparingInt(x -> (x[1] & 0xfe) == 14 ? 1 : 0));
    variants.add(mpLast);
    for (int at : new int[] {0, attrs.size() / 2, attrs.size()}) {
      List<byte[]> withUnknown = new ArrayList<>(attrs);
      withUnknown.add(at, UNKNOWN_200);
      variants.add(withUnknown);
    }
    for (List<byte[]> a : variants) {
      String read = values(v, withAttributes(wire, a), o);
      assertEquals(ascending, read, what + ": attributes in another order read differently");
      assertEquals(ascending, values(v, wire, o), what + ": ascending again after a variant");
    }
    return 1;
  }

  /** What the typed accessors answer, none of it depending on where an attribute sits. */
  private static String values(UpdateView v, byte[] wire, BgpSessionOptions o) {
    StringBuilder sb = new StringBuilder();
    try {
      v.wrap(Unpooled.wrappedBuffer(wire), 0, wire.length, o);
    } catch (BgpDecodeException e) {
      String m = String.valueOf(e.getMessage());
      return "exception " + m.substring(0, Math.max(0, m.indexOf(" bytes:"))); // no raw bytes
    }
    PathAttributesView a = v.attributes();
    sb.append(v.action()).append(" types");
    for (int t = 0; t < 256; t++) {
      if (a.isPresent(t) && t != 200) { // 200: the unknown attribute some variants add
        sb.append(' ').append(t).append(a.has(t) ? "" : "!").append('/').append(a.flags(t));
        sb.append('+').append(a.valueLength(t));
        byte[] value = new byte[a.valueLength(t)];
        a.buffer().getBytes(a.valueOffset(t), value);
        sb.append('=').append(java.util.HexFormat.of().formatHex(value));
      }
    }
    sb.append("\norigin ").append(a.origin()).append(" path");
    AsPathView p = a.asPath();
    while (p.nextSegment()) {
      sb.append(' ').append(p.segmentType()).append(':');
      for (int i = 0; i < p.segmentLength(); i++) {
        sb.append(p.asn(i)).append(',');
      }
    }
    sb.append(" as4 ").append(a.hasAs4Path() ? a.effectiveAsPath() : "-");
    sb.append(" originAs ").append(a.effectiveOriginAs());
    sb.append(" nh ").append(a.hasNextHop() ? a.nextHop() : "-");
    sb.append(" med ").append(a.hasMed() ? a.med() : "-");
    sb.append(" lp ").append(a.hasLocalPref() ? a.localPref() : "-");
    sb.append(" atomic ").append(a.atomicAggregate());
    if (a.hasAggregator()) {
      sb.append(" aggr ").append(a.effectiveAggregatorAs()).append('/');
      sb.append(a.effectiveAggregatorAddress());
    }
    BufferKinds.communities(a, sb);
    sb.append(" v6ext ").append(a.ipv6ExtendedCommunityCount());
    sb.append(" originator ").append(a.hasOriginatorId() ? a.originatorId() : "-");
    sb.append(" clusters");
    for (int i = 0; i < a.clusterListLength(); i++) {
      sb.append(' ').append(a.clusterId(i));
    }
    sb.append(" otc ").append(a.hasOtc() ? a.otc() : "-");
    sb.append(" aigp ").append(a.hasAigp() ? a.aigpMetric() : "-").append('\n');
    if (a.hasMpReach()) {
      sb.append("reach ").append(a.mpReachAfi()).append('/').append(a.mpReachSafi());
      sb.append(" nh ").append(a.mpReachNextHopLength()).append(routes(a.mpReachNlri()));
    }
    if (a.hasMpUnreach()) {
      sb.append(" unreach ").append(a.mpUnreachAfi()).append('/').append(a.mpUnreachSafi());
      sb.append(routes(a.mpUnreachNlri()));
    }
    return sb.toString();
  }

  private static String routes(NlriCursor c) {
    StringBuilder sb = new StringBuilder();
    while (c.next()) {
      sb.append(' ').append(c.toValue());
    }
    return sb.append(" malformed ").append(c.malformed()).toString();
  }

  /** The attributes of a well-framed attributes field, each with its header; null otherwise. */
  private static List<byte[]> attributes(byte[] w) {
    if (w.length < 23) {
      return null;
    }
    int at = 21 + ((w[19] & 0xff) << 8 | (w[20] & 0xff));
    if (at + 2 > w.length) {
      return null;
    }
    int p = at + 2;
    int end = p + ((w[at] & 0xff) << 8 | (w[at + 1] & 0xff));
    if (end > w.length) {
      return null;
    }
    List<byte[]> out = new ArrayList<>();
    while (p < end) {
      int h = (w[p] & 0x10) != 0 ? 4 : 3;
      if (end - p < h) {
        return null;
      }
      int len = h == 4 ? (w[p + 2] & 0xff) << 8 | (w[p + 3] & 0xff) : w[p + 2] & 0xff;
      if (len > end - p - h) {
        return null;
      }
      out.add(java.util.Arrays.copyOfRange(w, p, p + h + len));
      p += h + len;
    }
    return out;
  }

  private static boolean ascendingBelow64(List<byte[]> attrs) {
    int last = -1;
    for (byte[] a : attrs) {
      int t = a[1] & 0xff;
      if (t <= last || t >= 64) {
        return false;
      }
      last = t;
    }
    return attrs.size() > 1;
  }

  /** The same UPDATE with its attributes field replaced by {@code attrs}, lengths fixed. */
  private static byte[] withAttributes(byte[] w, List<byte[]> attrs) {
    int at = 21 + ((w[19] & 0xff) << 8 | (w[20] & 0xff));
    int end = at + 2 + ((w[at] & 0xff) << 8 | (w[at + 1] & 0xff));
    ByteArrayOutputStream field = new ByteArrayOutputStream();
    attrs.forEach(field::writeBytes);
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    m.write(w, 0, at);
    m.write(field.size() >>> 8);
    m.write(field.size());
    m.writeBytes(field.toByteArray());
    m.write(w, end, w.length - end);
    byte[] b = m.toByteArray();
    b[16] = (byte) (b.length >>> 8);
    b[17] = (byte) b.length;
    return b;
  }
}
