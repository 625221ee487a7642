package org.ixwire.bgp.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

/** The per-type state of {@link PathAttributesView} before, between and across wraps. */
class PathAttributesViewStateTest {
  @Test
  void aViewNeverWrappedHasNoAttributes() {
    for (PathAttributesView v :
        new PathAttributesView[] {new PathAttributesView(), new UpdateView().attributes()}) {
      for (int t = 0; t < 256; t++) {
        assertFalse(v.has(t), "has " + t);
        assertFalse(v.isPresent(t), "present " + t);
      }
      assertEquals(-1, v.origin());
      assertFalse(v.hasMpReach());
      assertFalse(v.hasMpUnreach());
      assertEquals(0, v.communityCount());
      assertEquals(0, v.count());
    }
  }

  @Test
  void aWrapForgetsTheAttributesOfThePreviousOne() {
    // ORIGIN IGP, then a malformed MED (length 3) the second time
    ByteBuf good = Hex.buf("400101" + "00" + "80040400000064");
    ByteBuf bad = Hex.buf("400101" + "02" + "800403000064");
    PathAttributesView v = new PathAttributesView();
    v.wrap(good, 0, good.readableBytes(), BgpSessionOptions.DEFAULT);
    assertTrue(v.has(4));
    assertEquals(100, v.med());
    v.wrap(bad, 0, bad.readableBytes(), BgpSessionOptions.DEFAULT);
    assertEquals(2, v.origin());
    assertTrue(v.isPresent(4));
    assertFalse(v.has(4), "a malformed MED reads as absent");
    assertEquals(1, v.issueCount());
    ByteBuf none = Hex.buf("");
    v.wrap(none, 0, 0, BgpSessionOptions.DEFAULT);
    assertFalse(v.isPresent(1));
    assertFalse(v.isPresent(4));
    assertEquals(-1, v.origin());
  }
}
