package org.ixwire.bgp.netty;

import org.ixwire.bgp.BgpDecoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.UpdateResult;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.BgpMessage;
import org.ixwire.bgp.message.BgpUpdate;
import org.ixwire.bgp.message.Notification;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.RouteRefresh;
import org.ixwire.bgp.nlri.AfiSafi;

/**
 * What a peer's session tells its user. Called on the peer's event loop, one call at a time; do not
 * block. Every method has a default, so implement only what you need.
 */
public interface BgpPeerListener {

  /**
   * Every OPEN, KEEPALIVE, NOTIFICATION and ROUTE-REFRESH received on the session's connection,
   * before the FSM acts on it (UPDATEs go to {@link #updateReceived} and {@link #endOfRib}).
   */
  default void messageReceived(BgpPeer peer, BgpMessage message) {}

  /** The FSM moved from {@code from} to {@code to}. */
  default void stateChanged(BgpPeer peer, BgpState from, BgpState to) {}

  /**
   * The session reached Established with {@code options} negotiated from the two OPENs.
   *
   * @param remoteOpen the peer's OPEN
   */
  default void established(BgpPeer peer, Open remoteOpen, BgpSessionOptions options) {}

  /**
   * An UPDATE arrived in Established. Takes ownership: release {@code update} when done. {@code
   * action} is its RFC 7606 outcome: {@link ErrorAction#NONE}, {@link
   * ErrorAction#ATTRIBUTE_DISCARD} (the views read discarded attributes as absent) or {@link
   * ErrorAction#TREAT_AS_WITHDRAW} (handle every route it announces as withdrawn); stronger
   * outcomes reset the session instead. End-of-RIB markers go to {@link #endOfRib}.
   *
   * <p>The default decodes the UPDATE into values, passes them to {@link #updateValues} and
   * releases it.
   */
  default void updateReceived(BgpPeer peer, BgpUpdate update, ErrorAction action) {
    try {
      UpdateResult r =
          peer.decoder()
              .decodeUpdate(
                  update.content(),
                  update.content().readerIndex(),
                  update.content().readableBytes(),
                  update.options());
      updateValues(peer, r);
    } finally {
      update.release();
    }
  }

  /**
   * An UPDATE as values with its RFC 7606 outcome (called by the default {@link #updateReceived}).
   */
  default void updateValues(BgpPeer peer, UpdateResult update) {}

  /** The peer sent End-of-RIB for {@code family} (RFC 4724 §2). */
  default void endOfRib(BgpPeer peer, AfiSafi family) {}

  /**
   * The peer sent a ROUTE-REFRESH: a request (subtype 0: re-advertise {@code family}), or the
   * beginning or end of a refresh (RFC 7313 BoRR/EoRR).
   */
  default void routeRefresh(BgpPeer peer, RouteRefresh message) {}

  /** A NOTIFICATION was received ({@code sent} false) or sent ({@code sent} true). */
  default void notification(BgpPeer peer, Notification notification, boolean sent) {}

  /** The session's outbound buffer crossed a water mark (back-pressure on outbound UPDATEs). */
  default void writabilityChanged(BgpPeer peer, boolean writable) {}

  /** A listener that does nothing (received UPDATEs are released). */
  BgpPeerListener NONE = new BgpPeerListener() {};

  /** Decoder used by the default methods. */
  BgpDecoder DEFAULT_DECODER = new BgpDecoder();
}
