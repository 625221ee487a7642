/**
 * Allocation-free views over MRT records (RFC 6396 §4, RFC 6397, RFC 8050) and the few values that
 * outlive a record (peer index tables).
 *
 * <p><b>Ownership</b>: a decoder never retains or releases its input buffer; whoever creates or
 * receives a reference-counted object releases it; methods returning one are named {@code
 * retained…} or {@code read…}. Views are valid only during the call that hands them out, or until
 * their next {@code wrap}.
 */
@NullMarked
package org.ixwire.mrt.record;

import org.jspecify.annotations.NullMarked;
