package org.ixwire.sflow.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DataFormatTest {

  @Test
  void openEnumWithSeparateNamespaces() {
    assertSame(DataFormat.SAMPLED_HEADER, DataFormat.flow(0, 1));
    assertSame(DataFormat.GENERIC_INTERFACE, DataFormat.ofTag(DataFormat.Kind.COUNTER, 1));
    assertNotEquals(DataFormat.flow(0, 1), DataFormat.counter(0, 1));
    assertEquals("host_cpu", DataFormat.counter(0, 2003).name());
    assertEquals("bcm_tables", DataFormat.counter(4413, 3).name());
    DataFormat u = DataFormat.flow(9999, 7);
    assertFalse(u.isKnown());
    assertEquals("UNKNOWN(9999:7)", u.name());
    assertEquals((9999 << 12) | 7, u.tag());
    assertEquals(u, DataFormat.flow(9999, 7));
    assertTrue(RecordSchemas.all().size() >= 90, "schemas: " + RecordSchemas.all().size());
  }
}
