/**
 * Sampled-header parsing (sFlow v5 §5.4.1 sampled_header): Ethernet, 802.1Q/QinQ, MPLS, IPv4, IPv6,
 * TCP, UDP, ICMP, VXLAN and GRE, into a reusable {@link org.ixwire.sflow.packet.PacketFacts}
 * without copying.
 *
 * <p><b>Ownership</b>: a decoder never retains or releases its input buffer; whoever creates or
 * receives a reference-counted object releases it; methods returning one are named {@code
 * retained…} or {@code read…}; methods that take ownership say so. Views are valid only during the
 * call that hands them out, or until their next {@code wrap}.
 */
@NullMarked
package org.ixwire.sflow.packet;

import org.jspecify.annotations.NullMarked;
