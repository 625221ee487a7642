package org.ixwire.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkTypeTest {
  @Test
  void openEnum() {
    assertSame(LinkType.LINUX_SLL2, LinkType.of(276));
    assertTrue(LinkType.of(1).isSupported());
    assertEquals("UNKNOWN(147)", LinkType.of(147).toString());
    assertFalse(LinkType.of(147).isSupported());
    assertEquals(LinkType.of(147), LinkType.of(147));
  }
}
