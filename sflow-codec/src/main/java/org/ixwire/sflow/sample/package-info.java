/**
 * sFlow v5 samples (sFlow v5 §5.3-5.4, sFlow drops): values ({@link
 * org.ixwire.sflow.sample.FlowSample}, {@link org.ixwire.sflow.sample.CounterSample}, {@link
 * org.ixwire.sflow.sample.DiscardedPacketSample}) and the reusable flyweight {@link
 * org.ixwire.sflow.sample.SampleView}.
 *
 * <p><b>Ownership</b>: a decoder never retains or releases its input buffer; whoever creates or
 * receives a reference-counted object releases it; methods returning one are named {@code
 * retained…} or {@code read…}; methods that take ownership say so. Views are valid only during the
 * call that hands them out, or until their next {@code wrap}.
 */
@NullMarked
package org.ixwire.sflow.sample;

import org.jspecify.annotations.NullMarked;
