package org.ixwire.sflow.record;

/** Receives each record of a sample; the view is valid only during the call. */
@FunctionalInterface
public interface RecordVisitor {
  /** Called once per record, in wire order. */
  void record(RecordView record);
}
