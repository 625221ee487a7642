package org.ixwire.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PcapFormatExceptionTest {
  @Test
  void carriesOffsetContextAndWindow() {
    PcapFormatException e =
        new PcapFormatException("bad", 1234, "pcap/record[frame 2]", "[00] 01", false);
    assertEquals(1234, e.offset());
    assertEquals("pcap/record[frame 2]", e.context());
    assertFalse(e.isFatal());
    assertEquals(
        "pcap/record[frame 2] at file offset 1234: bad (record skipped) bytes: [00] 01",
        e.getMessage());
    assertEquals(0, e.getStackTrace().length);
    assertTrue(new PcapFormatException("x", 0, "c", "", true).isFatal());
  }
}
