/**
 * BGP-4 sessions on Netty, shaped for route servers and collectors: one {@link
 * io.netty.channel.EventLoopGroup} for many peers ({@link org.ixwire.bgp.netty.BgpSpeaker}), a
 * {@link org.ixwire.bgp.netty.BgpPeer} per neighbour with its own {@link
 * org.ixwire.bgp.netty.PeerConfig}, the RFC 4271 §8 finite state machine with its timers, collision
 * detection (RFC 4271 §6.8), capability negotiation into {@link org.ixwire.bgp.BgpSessionOptions},
 * RFC 7606 outcomes, End-of-RIB (RFC 4724) and enhanced route refresh (RFC 7313).
 *
 * <p>Pipeline of a connection: {@link org.ixwire.bgp.netty.BgpFrameDecoder} (message boundaries,
 * 4096 bytes until RFC 8654 extended messages are negotiated, then 65535), {@link
 * org.ixwire.bgp.netty.BgpMessageCodec} (frames to messages, messages to bytes with the negotiated
 * options) and the peer's connection handler.
 *
 * <p>Ownership: received UPDATEs are handed to {@link
 * org.ixwire.bgp.netty.BgpPeerListener#updateReceived} as owned {@link
 * org.ixwire.bgp.message.BgpUpdate}s; the listener takes ownership and releases them (the default
 * implementation decodes them to values and releases). {@link org.ixwire.bgp.netty.BgpPeer#sendRaw}
 * takes ownership of the buffer it is given. Everything else is values.
 */
@NullMarked
package org.ixwire.bgp.netty;

import org.jspecify.annotations.NullMarked;
