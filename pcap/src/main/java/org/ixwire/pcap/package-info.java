/**
 * Capture files (pcap, pcapng) to UDP datagrams and reassembled TCP byte streams.
 *
 * <p>Layers, each usable on its own:
 *
 * <ol>
 *   <li>{@link org.ixwire.pcap.PcapReader}: streams the frames of a classic pcap or pcapng file
 *       (format detected from the content) as a reused {@link org.ixwire.pcap.FrameView}.
 *   <li>{@link org.ixwire.pcap.PacketDecoder}: link layer (Ethernet + 802.1Q/802.1ad tags, Linux
 *       SLL/SLL2, raw IP, BSD loopback) to IPv4/IPv6 (options, extension headers, fragment
 *       reassembly with bounded memory) to UDP/TCP, as a reused {@link org.ixwire.pcap.PacketView}.
 *   <li>{@link org.ixwire.pcap.UdpDatagramReader}: pull-style iteration over UDP datagrams with a
 *       {@link org.ixwire.pcap.PortSet} filter (sFlow: port 6343).
 *   <li>{@link org.ixwire.pcap.TcpReassembler}: in-order byte streams per connection and direction,
 *       delivered to a {@link org.ixwire.pcap.TcpStreamListener} (BGP: port 179).
 * </ol>
 *
 * <p><b>Ownership</b>: every {@code ByteBuf} handed out by this package is <em>borrowed</em>: a
 * slice of a buffer the reader, decoder or reassembler owns and reuses. Never release it; it is
 * valid only until the next call on the object that produced it ({@code next()}, {@code decode()})
 * or, in a listener, until the callback returns. To keep bytes, copy them ({@code
 * ByteBufUtil.getBytes(buf)} or {@code buf.copy()}, which the caller then owns and releases). Views
 * ({@code FrameView}, {@code PacketView}) are flyweights re-filled by each call. Values ({@link
 * org.ixwire.pcap.Endpoint}, {@link org.ixwire.pcap.TcpFlow}, {@link org.ixwire.pcap.PortSet}) are
 * immutable and may be kept.
 *
 * <p><b>Damage</b>: the only exception thrown for bad input is {@link
 * org.ixwire.pcap.PcapFormatException}, carrying the absolute file offset, a context string and a
 * hex window of at most 32 bytes. File-level framing damage (truncated file, impossible record or
 * block length, pcapng trailer mismatch) is <em>fatal</em>: every whole frame before it has been
 * delivered, the exception is thrown once and the reader then reports end of file. Damage inside a
 * well-framed pcapng block (unknown interface, captured length beyond the block) is recoverable:
 * the block is skipped and reading may continue. Malformed packets inside good frames (bad IP or
 * TCP headers, unknown link types) never throw: they are counted in {@link
 * org.ixwire.pcap.PacketDecoder.Stats} and skipped. Lengths are always checked against what remains
 * and against fixed caps before anything is allocated.
 */
@NullMarked
package org.ixwire.pcap;

import org.jspecify.annotations.NullMarked;
