package org.ixwire.sflow.record;

import com.google.common.collect.ImmutableList;

/**
 * The XDR structure of one record format, as a list of {@link Field}s (sFlow v5 §5 and the
 * extension documents: host, drops, tunnels, 802.11, OpenFlow, application, optics, LAG).
 *
 * @param name the structure name
 * @param fields the fields in wire order
 */
public record RecordSchema(String name, ImmutableList<Field> fields) {

  /** Index of the field named {@code name}, or -1. */
  public int indexOf(String fieldName) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(fieldName)) {
        return i;
      }
    }
    return -1;
  }

  /** Number of mandatory fields (those before the first optional one). */
  public int mandatoryCount() {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).optional()) {
        return i;
      }
    }
    return fields.size();
  }
}
