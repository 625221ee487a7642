/**
 * sFlow flow and counter records: open enum {@link org.ixwire.sflow.record.DataFormat},
 * schema-driven values {@link org.ixwire.sflow.record.StructuredRecord}, raw pass-through {@link
 * org.ixwire.sflow.record.OpaqueRecord} and the flyweight {@link
 * org.ixwire.sflow.record.RecordView}.
 *
 * <p><b>Ownership</b>: a decoder never retains or releases its input buffer; whoever creates or
 * receives a reference-counted object releases it; methods returning one are named {@code
 * retained…} or {@code read…}; methods that take ownership say so. Views are valid only during the
 * call that hands them out, or until their next {@code wrap}.
 */
@NullMarked
package org.ixwire.sflow.record;

import org.jspecify.annotations.NullMarked;
