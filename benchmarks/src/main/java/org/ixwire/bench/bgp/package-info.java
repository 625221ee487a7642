/**
 * JMH benchmarks of bgp-core: UPDATE view decode with a full attribute walk, decode into values,
 * encode from values, large RFC 8654 UPDATEs, and the same typical UPDATE through OpenDaylight
 * bgpcep's parser for comparison. Figures and commands are in {@code docs/benchmarks.md}.
 *
 * <p>Ownership: every benchmark state allocates its buffers in {@code @Setup} and releases nothing
 * it did not create; the decoders under test never retain or release their input.
 */
@NullMarked
package org.ixwire.bench.bgp;

import org.jspecify.annotations.NullMarked;
