package org.ixwire.sflow.sample;

import org.ixwire.sflow.record.Bytes;

/**
 * A sample of a type ixwire does not decode, kept byte-exact.
 *
 * @param type the sample type
 * @param body the sample body (after the type and length words)
 */
public record UnknownSample(SampleType type, Bytes body) implements SflowSample {}
