package org.ixwire.sflow.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredRecordTest {

  @Test
  void builderValidatesAndToBuilderRoundTrips() {
    StructuredRecord r =
        StructuredRecord.builder(DataFormat.EXTENDED_GATEWAY)
            .set("bgp_nexthop", Bytes.ofHex("0a000001"))
            .set("my_as", 65000L)
            .set("src_as", 65001L)
            .set("src_peer_as", 65002L)
            .set("dst_as_path", List.of(List.of(2L, List.of(65003L, 65004L))))
            .set("BGP_communities", List.of(1L, 2L))
            .set("BGP_localpref", 100L)
            .build();
    assertEquals(65001L, r.getLong("src_as"));
    assertEquals(r, r.toBuilder().build());
    assertEquals(
        ImmutableList.of(ImmutableList.of(2L, ImmutableList.of(65003L, 65004L))),
        r.get("dst_as_path"));
    assertThrows(
        IllegalArgumentException.class, () -> r.toBuilder().set("my_as", 1L << 33).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> StructuredRecord.builder(DataFormat.EXTENDED_SWITCH).set("in_vlan", 1L).build());
  }

  @Test
  void optionalTrailingFieldsAllOrNothing() {
    StructuredRecord.Builder b = StructuredRecord.builder(DataFormat.counter(0, 2003));
    for (Field f : b.schema().fields()) {
      if (!f.optional()) {
        b.set(f.name(), f.type() == FieldType.FLOAT ? (Object) 0.5f : (Object) 1L);
      }
    }
    StructuredRecord r = b.build();
    assertFalse(r.has("cpu_steal"));
    assertTrue(r.has("cpu_contexts"));
  }
}
