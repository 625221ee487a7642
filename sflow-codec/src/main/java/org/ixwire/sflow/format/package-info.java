/**
 * Output formats: sflowtool-compatible {@code -l} lines and key-value text ({@link
 * org.ixwire.sflow.format.SflowtoolFormatter}) and JSON ({@link
 * org.ixwire.sflow.format.JsonFormatter}).
 *
 * <p><b>Ownership</b>: a decoder never retains or releases its input buffer; whoever creates or
 * receives a reference-counted object releases it; methods returning one are named {@code
 * retained…} or {@code read…}; methods that take ownership say so. Views are valid only during the
 * call that hands them out, or until their next {@code wrap}.
 */
@NullMarked
package org.ixwire.sflow.format;

import org.jspecify.annotations.NullMarked;
