package org.ixwire.sflow.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BytesTest {
  @Test
  void valueSemantics() {
    Bytes a = Bytes.ofHex("00:11:22");
    assertEquals(Bytes.of(new byte[] {0, 0x11, 0x22}), a);
    assertEquals("001122", a.toHex());
    assertEquals(0x22, a.get(2));
    assertEquals("é", Bytes.ofUtf8("é").asUtf8());
    assertEquals(Bytes.EMPTY, Bytes.of(new byte[0]));
  }
}
