package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.bgp.attribute.AttributeCursor;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.error.UpdateIssue;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.NlriCursor;
import org.junit.jupiter.api.Test;

/**
 * The views read positions relative to the copied range (internal.Wire) and report buffer indices:
 * every offset a view reports, including those of issues and exceptions, moves with the message
 * when the message moves in the buffer, and nothing else changes.
 */
class ReportedOffsetsTest {
  private static final int[] LEADS = {0, 1, 37, 300};

  @Test
  void corpusUpdatesReportOffsetsThatMoveWithTheMessage() {
    UpdateSamples.corpus(ReportedOffsetsTest::check);
  }

  @Test
  void generatedAndCorruptedUpdatesReportOffsetsThatMoveWithTheMessage() {
    UpdateSamples.generatedAndCorrupted(20261128, 1000, ReportedOffsetsTest::check);
  }

  /** The offsets at each lead, less the lead, are those at lead 0; so are the other answers. */
  private static void check(byte[] wire, BgpSessionOptions o, String what) {
    List<Long> first = null;
    String firstText = null;
    for (int lead : LEADS) {
      List<Long> offsets = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      ByteBuf buf = Unpooled.buffer(lead + wire.length + 7);
      buf.writeZero(lead).writeBytes(wire).writeZero(7);
      describe(buf, lead, wire.length, o, offsets, text);
      if (first == null) {
        first = offsets;
        firstText = text.toString();
      } else {
        assertEquals(first, offsets, what + ": offsets at lead " + lead);
        assertEquals(firstText, text.toString(), what + ": answers at lead " + lead);
      }
    }
  }

  private static void describe(
      ByteBuf buf, int lead, int len, BgpSessionOptions o, List<Long> out, StringBuilder text) {
    UpdateView v = new UpdateView();
    try {
      v.wrap(buf, lead, len, o);
    } catch (BgpDecodeException e) {
      out.add((long) e.offset() - lead);
      text.append(e.errorCode()).append('/').append(e.errorSubcode()).append('\n');
      return;
    }
    out.add((long) v.messageOffset() - lead);
    out.add((long) v.withdrawnOffset() - lead);
    out.add((long) v.nlriOffset() - lead);
    for (UpdateIssue i : v.issues()) {
      out.add((long) i.offset() - lead);
      text.append(i.action()).append(' ').append(i.data()).append('\n');
    }
    routes(v.withdrawn(), lead, out);
    routes(v.nlri(), lead, out);
    PathAttributesView a = v.attributes();
    attributes(a, lead, out, text);
    // the same attributes and routes wrapped on their own: the same offsets
    PathAttributesView alone = new PathAttributesView().wrap(buf, a.offset(), a.length(), o);
    attributes(alone, lead, out, text);
    routes(
        new NlriCursor().wrap(buf, v.nlriOffset(), v.nlriLength(), 1, 1, o.addPathReceive(1, 1)),
        lead,
        out);
  }

  private static void attributes(
      PathAttributesView a, int lead, List<Long> out, StringBuilder text) {
    out.add((long) a.offset() - lead);
    for (UpdateIssue i : a.issues()) {
      out.add((long) i.offset() - lead);
    }
    AttributeCursor c = a.cursor();
    while (c.next()) {
      int t = c.type();
      out.add((long) c.headerOffset() - lead);
      out.add((long) c.valueOffset() - lead);
      out.add((long) a.headerOffset(t) - lead);
      out.add((long) a.valueOffset(t) - lead);
      text.append(t).append(' ').append(a.has(t)).append('\n');
    }
    for (int i = 0; i < a.ipv6ExtendedCommunityCount(); i++) {
      out.add((long) a.ipv6ExtendedCommunityOffset(i) - lead);
    }
    if (a.hasMpReach()) {
      out.add((long) a.mpReachNextHopOffset() - lead);
      out.add((long) a.mpReachNlriOffset() - lead);
      routes(a.mpReachNlri(), lead, out);
    }
    if (a.hasMpUnreach()) {
      out.add((long) a.mpUnreachNlriOffset() - lead);
      routes(a.mpUnreachNlri(), lead, out);
    }
    text.append(a.toValues(org.ixwire.bgp.spi.NlriCodecRegistry.EMPTY)).append('\n');
  }

  private static void routes(NlriCursor c, int lead, List<Long> out) {
    while (c.next()) {
      out.add((long) c.entryOffset() - lead);
      out.add((long) c.addressOffset() - lead);
      out.add((long) c.ipv4());
    }
    // -1 when there is none, whatever the lead
    out.add(c.errorOffset() < 0 ? -1L : c.errorOffset() - lead);
    out.add(c.firstTrailingBitsOffset() < 0 ? -1L : c.firstTrailingBitsOffset() - lead);
  }
}
