/**
 * MRT reading and writing entry points: {@link org.ixwire.mrt.MrtReader} (records from a path,
 * stream or buffer, compression detected from content), damage reports, route elements and filters
 * (RFC 6396).
 *
 * <p><b>Ownership</b>: a decoder never retains or releases its input buffer; whoever creates or
 * receives a reference-counted object releases it; methods returning one are named {@code
 * retained…} or {@code read…}. Views are valid only during the call that hands them out, or until
 * their next {@code wrap}.
 */
@NullMarked
package org.ixwire.mrt;

import org.jspecify.annotations.NullMarked;
