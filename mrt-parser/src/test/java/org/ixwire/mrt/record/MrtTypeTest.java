package org.ixwire.mrt.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MrtTypeTest {
  @Test
  void openEnum() {
    assertSame(MrtType.TABLE_DUMP_V2, MrtType.of(13));
    assertEquals("UNKNOWN(14458)", MrtType.of(14458).toString());
    assertFalse(MrtType.of(14458).isKnown());
    assertEquals(MrtType.of(999), MrtType.of(999));
    assertTrue(MrtType.hasExtendedTimestamp(17));
    assertFalse(MrtType.hasExtendedTimestamp(16));
    assertEquals("RIB_GENERIC_ADDPATH", MrtSubtype.name(13, 12));
    assertEquals("MESSAGE_AS4_LOCAL_ADDPATH", MrtSubtype.name(17, 11));
    assertEquals("UNKNOWN(0)", MrtSubtype.name(13, 0));
    assertFalse(MrtSubtype.isKnown(12, 5));
    assertTrue(MrtSubtype.isKnown(48, 77));
  }

  @Test
  void staticIsKnownAgreesWithTheNamedConstants() {
    for (int c = 0; c < 300; c++) {
      org.junit.jupiter.api.Assertions.assertEquals(
          !MrtType.of(c).toString().startsWith("UNKNOWN"), MrtType.isKnown(c), "code " + c);
    }
  }
}
