/**
 * JMH benchmarks of sflow-codec: a typical switch datagram (7 flow samples with 128-byte headers)
 * through the allocation-free view path with header parsing, and decoding into values.
 *
 * <p>Ownership: every benchmark state allocates its buffers in {@code @Setup} and releases what it
 * created in {@code @TearDown}; the decoders under test never retain or release their input.
 */
@NullMarked
package org.ixwire.bench.sflow;

import org.jspecify.annotations.NullMarked;
