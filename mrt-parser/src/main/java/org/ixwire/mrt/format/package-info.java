/**
 * Text output of MRT content: the bgpdump 1.6.2 compatible one-line formats.
 *
 * <p><b>Ownership</b>: a decoder never retains or releases its input buffer; whoever creates or
 * receives a reference-counted object releases it; methods returning one are named {@code
 * retained…} or {@code read…}. Views are valid only during the call that hands them out, or until
 * their next {@code wrap}.
 */
@NullMarked
package org.ixwire.mrt.format;

import org.jspecify.annotations.NullMarked;
