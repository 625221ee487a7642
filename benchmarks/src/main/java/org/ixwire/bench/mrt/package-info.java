/**
 * JMH benchmarks of mrt-parser: a generated TABLE_DUMP_V2 RIB (RouteViews-like attributes) through
 * the record and entry views, the flattened route elements and the bgpdump formatter.
 *
 * <p>Ownership: every benchmark state allocates its buffers in {@code @Setup} and releases what it
 * created in {@code @TearDown}; the readers under test never retain or release their input.
 */
@NullMarked
package org.ixwire.bench.mrt;

import org.jspecify.annotations.NullMarked;
