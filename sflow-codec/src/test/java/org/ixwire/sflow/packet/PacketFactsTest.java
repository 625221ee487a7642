package org.ixwire.sflow.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PacketFactsTest {
  @Test
  void resetAndVlanHelpers() {
    PacketFacts f = new PacketFacts();
    assertEquals(-1, f.innerVlan());
    f.vlanCount = 2;
    f.vlans[0] = 10;
    f.vlans[1] = 20;
    f.hasEthernet = true;
    assertEquals(10, f.outerVlan());
    assertEquals(20, f.innerVlan());
    f.reset();
    assertEquals(0, f.vlanCount);
    assertFalse(f.hasEthernet);
    PacketFacts inner = f.inner();
    assertNotNull(inner);
    assertNull(inner.inner());
  }
}
