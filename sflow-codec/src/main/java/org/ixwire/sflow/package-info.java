/**
 * sFlow v5 codec entry points (sFlow v5, RFC 3176 for v2/v4): {@link org.ixwire.sflow.SflowDecoder}
 * (values), {@link org.ixwire.sflow.SflowDatagramView} (allocation-free flyweight), {@link
 * org.ixwire.sflow.SflowEncoder}, {@link org.ixwire.sflow.SflowDecodeException} and the {@link
 * org.ixwire.sflow.TrafficMatrix} builder.
 *
 * <p><b>Ownership</b>: a decoder never retains or releases its input buffer; whoever creates or
 * receives a reference-counted object releases it; methods returning one are named {@code
 * retained…} or {@code read…}; methods that take ownership say so. Views are valid only during the
 * call that hands them out, or until their next {@code wrap}.
 */
@NullMarked
package org.ixwire.sflow;

import org.jspecify.annotations.NullMarked;
