package org.ixwire.bgp.netty;

import java.time.Duration;
import java.util.Optional;
import org.ixwire.bgp.message.Notification;

/**
 * A snapshot of one peer's session counters.
 *
 * @param state the FSM state
 * @param messagesIn messages received since the peer was created
 * @param messagesOut messages sent since the peer was created
 * @param updatesIn UPDATEs received
 * @param updatesOut UPDATEs sent
 * @param treatAsWithdraw UPDATEs received that RFC 7606 made treat-as-withdraw
 * @param attributeDiscard UPDATEs received with attributes RFC 7606 discarded
 * @param establishedTransitions how often the session reached Established
 * @param uptime time since the session reached Established (zero when it is not)
 * @param lastError the last NOTIFICATION sent or received, if any
 * @param lastErrorSent whether {@code lastError} was sent (else received)
 */
public record SessionMetrics(
    BgpState state,
    long messagesIn,
    long messagesOut,
    long updatesIn,
    long updatesOut,
    long treatAsWithdraw,
    long attributeDiscard,
    long establishedTransitions,
    Duration uptime,
    Optional<Notification> lastError,
    boolean lastErrorSent) {}
