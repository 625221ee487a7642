package org.ixwire.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortSetTest {
  @Test
  void containsAndAll() {
    PortSet s = PortSet.of(179, 11179);
    assertTrue(s.contains(179));
    assertFalse(s.contains(180));
    assertFalse(s.contains(-1));
    assertEquals(s, PortSet.of(List.of(11179, 179)));
    assertTrue(PortSet.all().contains(65535));
    assertTrue(PortSet.all().isAll());
    assertEquals("{179, 11179}", s.toString());
    assertThrows(IllegalArgumentException.class, () -> PortSet.of(65536));
  }
}
