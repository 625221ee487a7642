package org.ixwire.bgp.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.error.UpdateIssue;
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

  @Test
  void typesAbove63AreTrackedAndForgottenLikeTheOthers() {
    // unknown optional transitive 200 twice, ATTR_SET (128) shorter than its origin AS, ORIGIN
    ByteBuf first = Hex.buf("c0c80101" + "c0c80102" + "c0800200ff" + "40010100");
    PathAttributesView v = new PathAttributesView();
    v.wrap(first, 0, first.readableBytes(), BgpSessionOptions.DEFAULT);
    assertEquals(4, v.count());
    assertTrue(v.has(200));
    assertEquals(3, v.valueOffset(200), "the first occurrence counts");
    assertTrue(v.isPresent(128));
    assertFalse(v.has(128), "a malformed ATTR_SET reads as absent");
    assertEquals(0, v.origin());
    assertEquals(2, v.issueCount(), "one issue for the repeat of 200, one for ATTR_SET");
    ByteBuf second = Hex.buf("40010101");
    v.wrap(second, 0, second.readableBytes(), BgpSessionOptions.DEFAULT);
    assertFalse(v.isPresent(200));
    assertFalse(v.isPresent(128));
    assertEquals(1, v.origin());
    assertEquals(0, v.issueCount());
  }

  @Test
  void typeCodesOutsideZeroTo255AreRefused() {
    PathAttributesView v = new PathAttributesView();
    for (int t : new int[] {-1, -64, 256, 320, Integer.MIN_VALUE}) {
      assertThrows(IndexOutOfBoundsException.class, () -> v.has(t), "has " + t);
      assertThrows(IndexOutOfBoundsException.class, () -> v.isPresent(t), "present " + t);
    }
  }

  @Test
  void aFieldEndingInsideAHeaderAndAValueOverrunAreTwoDifferentIssues() {
    PathAttributesView v = new PathAttributesView();
    ByteBuf header = Hex.buf("40010100" + "c0c8");
    v.wrap(header, 0, header.readableBytes(), BgpSessionOptions.DEFAULT);
    assertEquals(1, v.count());
    assertEquals(1, v.issueCount());
    assertEquals(-1, v.issue(0).attributeType());
    assertEquals(4, v.issue(0).offset());
    ByteBuf value = Hex.buf("40010100" + "c0c80501");
    v.wrap(value, 0, value.readableBytes(), BgpSessionOptions.DEFAULT);
    assertEquals(1, v.count());
    assertEquals(1, v.issueCount());
    assertEquals(200, v.issue(0).attributeType());
    assertTrue(v.issue(0).reason().contains("overruns the attributes field by 4 bytes"));
  }

  /**
   * Random attribute fields of unknown optional types spread over 0–255, with repeats, wrapped one
   * after the other in the same view: which types are present, where their first occurrence is, how
   * many attributes and how many repeat issues, all as a plain model says.
   */
  @Test
  void presenceAndRepeatsMatchAModel() {
    Random r = new Random(7606);
    // codes bgp-core has no rule for: every one reads as present once framed
    int[] unknown = {0, 11, 19, 31, 33, 36, 63, 64, 65, 100, 127, 129, 191, 192, 200, 254, 255};
    PathAttributesView v = new PathAttributesView();
    for (int round = 0; round < 2_000; round++) {
      int n = r.nextInt(12);
      ByteBuf b = Unpooled.buffer();
      Map<Integer, Integer> firstAt = new HashMap<>();
      Set<Integer> repeated = new HashSet<>();
      for (int i = 0; i < n; i++) {
        int t = unknown[r.nextInt(unknown.length)];
        int len = r.nextInt(r.nextBoolean() ? 4 : 300);
        boolean ext = len > 255 || r.nextInt(4) == 0;
        b.writeByte(ext ? 0xd0 : 0xc0).writeByte(t);
        if (ext) {
          b.writeShort(len);
        } else {
          b.writeByte(len);
        }
        if (firstAt.putIfAbsent(t, b.writerIndex()) != null) {
          repeated.add(t);
        }
        b.writeZero(len);
      }
      v.wrap(b, 0, b.readableBytes(), BgpSessionOptions.DEFAULT);
      assertEquals(n, v.count());
      for (int t = 0; t < 256; t++) {
        assertEquals(firstAt.containsKey(t), v.isPresent(t), "present " + t);
        assertEquals(firstAt.containsKey(t), v.has(t), "has " + t);
        if (firstAt.containsKey(t)) {
          assertEquals(firstAt.get(t), v.valueOffset(t), "offset of " + t);
        }
      }
      Set<Integer> issueTypes = new HashSet<>();
      for (UpdateIssue i : v.issues()) {
        issueTypes.add(i.attributeType());
      }
      assertEquals(repeated.size(), v.issueCount());
      assertEquals(repeated, issueTypes);
      b.release();
    }
  }
}
