package org.ixwire.sflow.sample;

import java.util.List;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.SflowRecord;

/** Range checks shared by the sample values. */
final class Limits {
  private Limits() {}

  static void u32(String name, long v) {
    range(name, v, 0xFFFFFFFFL);
  }

  static void range(String name, long v, long max) {
    if (v < 0 || v > max) {
      throw new IllegalArgumentException(name + " out of range [0, " + max + "]: " + v);
    }
  }

  static void records(List<SflowRecord> records, DataFormat.Kind kind) {
    for (SflowRecord r : records) {
      if (r.format().kind() != kind) {
        throw new IllegalArgumentException(r.format() + " is not a " + kind + " record");
      }
    }
  }
}
