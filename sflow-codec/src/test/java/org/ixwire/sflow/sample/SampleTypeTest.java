package org.ixwire.sflow.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SampleTypeTest {
  @Test
  void openEnum() {
    assertSame(SampleType.DISCARDED_PACKET, SampleType.ofTag(5));
    assertEquals("UNKNOWN(0:9)", SampleType.of(0, 9).name());
    assertEquals(SampleType.RT_FLOW, SampleType.ofTag((4300 << 12) | 1003));
    assertEquals("acl", DropReasons.name(258));
    assertEquals("unknown_l4", DropReasons.name(289));
    assertThrows(
        IllegalArgumentException.class, () -> FlowSample.builder().sourceId(256, 0).build());
    DiscardedPacketSample d =
        DiscardedPacketSample.builder().sequenceNumber(1).interfaces(2, 3).reason(258).build();
    assertEquals(d, d.toBuilder().build());
    assertEquals(SampleType.DISCARDED_PACKET, d.type());
    assertEquals(
        SampleType.FLOW_SAMPLE_EXPANDED,
        FlowSample.builder().expanded(true).sourceId(256, 1 << 30).build().type());
  }
}
