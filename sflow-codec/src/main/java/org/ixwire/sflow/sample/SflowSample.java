package org.ixwire.sflow.sample;

/** A sample value in a datagram (sFlow v5 §5.2 sample_record). */
public sealed interface SflowSample
    permits FlowSample, CounterSample, DiscardedPacketSample, UnknownSample {
  /** The sample type on the wire. */
  SampleType type();
}
