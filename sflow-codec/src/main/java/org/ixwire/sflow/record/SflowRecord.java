package org.ixwire.sflow.record;

/**
 * A flow or counter record value (sFlow v5 §5.4 flow_record, §5.5 counter_record): either a {@link
 * StructuredRecord} of a known format or an {@link OpaqueRecord} kept byte-exact.
 */
public sealed interface SflowRecord permits StructuredRecord, OpaqueRecord {
  /** The record format (enterprise:format and flow/counter namespace). */
  DataFormat format();
}
