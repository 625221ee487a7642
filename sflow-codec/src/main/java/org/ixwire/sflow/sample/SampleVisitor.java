package org.ixwire.sflow.sample;

/** Receives each sample of a datagram; the view is valid only during the call. */
@FunctionalInterface
public interface SampleVisitor {
  /** Called once per sample, in wire order. */
  void sample(SampleView sample);
}
