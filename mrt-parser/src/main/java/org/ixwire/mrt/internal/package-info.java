/**
 * Implementation details of the MRT reader: input sources, framing checks and attribute indexing.
 * Not exported.
 *
 * <p><b>Ownership</b>: a decoder never retains or releases its input buffer; whoever creates or
 * receives a reference-counted object releases it; methods returning one are named {@code
 * retained…} or {@code read…}. Views are valid only during the call that hands them out, or until
 * their next {@code wrap}.
 */
@NullMarked
package org.ixwire.mrt.internal;

import org.jspecify.annotations.NullMarked;
