package org.ixwire.bgp.netty;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.net.InetAddress;
import java.util.List;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.capability.EnhancedRouteRefreshCapability;
import org.ixwire.bgp.capability.MultiprotocolCapability;
import org.ixwire.bgp.capability.RoleCapability;
import org.ixwire.bgp.capability.RouteRefreshCapability;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of one peer: addresses, AS numbers, BGP identifier, timers (RFC 4271 §10) and
 * the capabilities to advertise (RFC 5492). Immutable; build with {@link #builder}.
 *
 * @param remoteAddress the peer's address
 * @param remotePort the peer's port (179)
 * @param localAddress the address to connect from and to accept connections on, or null for any
 * @param localAs the local AS (4-octet ASNs go in the capability, RFC 6793)
 * @param peerAs the AS the peer must announce, or 0 to accept any (RFC 4271 §6.2 Bad Peer AS)
 * @param routerId the local BGP identifier
 * @param holdTime the proposed hold time in seconds (0, or at least 3)
 * @param connectRetrySeconds the ConnectRetry timer (RFC 4271 §10: 120)
 * @param idleHoldSeconds delay before an automatic restart after the session went down with an
 *     error, or -1 for no automatic restart
 * @param passive whether to wait for the peer to connect instead of connecting
 * @param capabilities capabilities to advertise (the 4-octet AS one is added by {@link Open#of})
 * @param writeBufferLowWaterMark bytes queued below which the session is writable again
 * @param writeBufferHighWaterMark bytes queued above which the session stops being writable
 */
public record PeerConfig(
    InetAddress remoteAddress,
    int remotePort,
    @Nullable InetAddress localAddress,
    long localAs,
    long peerAs,
    IpAddress routerId,
    int holdTime,
    int connectRetrySeconds,
    int idleHoldSeconds,
    boolean passive,
    ImmutableList<Capability> capabilities,
    int writeBufferLowWaterMark,
    int writeBufferHighWaterMark) {

  /** Hold time of the OpenSent state (RFC 4271 §8.2.2 suggests 4 minutes). */
  public static final int OPEN_SENT_HOLD_SECONDS = 240;

  /** Validates the timers. */
  public PeerConfig {
    Preconditions.checkArgument(holdTime == 0 || (holdTime >= 3 && holdTime <= 0xffff), "hold");
    Preconditions.checkArgument(connectRetrySeconds > 0, "connect retry time must be positive");
    Preconditions.checkArgument(routerId.isIpv4(), "the BGP identifier is 4 octets");
    Preconditions.checkArgument(writeBufferLowWaterMark <= writeBufferHighWaterMark, "marks");
  }

  /** The OPEN this configuration sends. */
  public Open open() {
    return Open.of(localAs, holdTime, routerId, capabilities);
  }

  /** The local BGP role (RFC 9234), when configured. */
  public @Nullable RoleCapability role() {
    for (Capability c : capabilities) {
      if (c instanceof RoleCapability) {
        return (RoleCapability) c;
      }
    }
    return null;
  }

  /** A builder for a peer at {@code remoteAddress} with defaults of RFC 4271 §10. */
  public static Builder builder(InetAddress remoteAddress, long localAs, IpAddress routerId) {
    return new Builder(remoteAddress, localAs, routerId);
  }

  /** Builder of {@link PeerConfig}. */
  public static final class Builder {
    private final InetAddress remoteAddress;
    private int remotePort = 179;
    private @Nullable InetAddress localAddress;
    private final long localAs;
    private long peerAs;
    private final IpAddress routerId;
    private int holdTime = 90;
    private int connectRetrySeconds = 120;
    private int idleHoldSeconds = 5;
    private boolean passive;
    private ImmutableList<Capability> capabilities =
        ImmutableList.of(
            MultiprotocolCapability.of(AfiSafi.IPV4_UNICAST),
            RouteRefreshCapability.STANDARD,
            EnhancedRouteRefreshCapability.INSTANCE);
    private int low = 32 * 1024;
    private int high = 64 * 1024;

    private Builder(InetAddress remoteAddress, long localAs, IpAddress routerId) {
      this.remoteAddress = remoteAddress;
      this.localAs = localAs;
      this.routerId = routerId;
    }

    /** The peer's port. */
    public Builder remotePort(int port) {
      this.remotePort = port;
      return this;
    }

    /** The local address to bind and accept on. */
    public Builder localAddress(@Nullable InetAddress address) {
      this.localAddress = address;
      return this;
    }

    /** The AS the peer must announce (0: any). */
    public Builder peerAs(long asn) {
      this.peerAs = asn;
      return this;
    }

    /** The proposed hold time in seconds. */
    public Builder holdTime(int seconds) {
      this.holdTime = seconds;
      return this;
    }

    /** The ConnectRetry time in seconds. */
    public Builder connectRetrySeconds(int seconds) {
      this.connectRetrySeconds = seconds;
      return this;
    }

    /** Seconds before an automatic restart after an error; -1 disables it. */
    public Builder idleHoldSeconds(int seconds) {
      this.idleHoldSeconds = seconds;
      return this;
    }

    /** Wait for the peer to connect. */
    public Builder passive(boolean passive) {
      this.passive = passive;
      return this;
    }

    /** The capabilities to advertise (replacing the default IPv4 unicast and route refresh). */
    public Builder capabilities(List<? extends Capability> capabilities) {
      this.capabilities = ImmutableList.copyOf(capabilities);
      return this;
    }

    /** Write buffer water marks for outbound back-pressure. */
    public Builder writeBufferWaterMarks(int low, int high) {
      this.low = low;
      this.high = high;
      return this;
    }

    /** The configuration. */
    public PeerConfig build() {
      return new PeerConfig(
          remoteAddress,
          remotePort,
          localAddress,
          localAs,
          peerAs,
          routerId,
          holdTime,
          connectRetrySeconds,
          idleHoldSeconds,
          passive,
          capabilities,
          low,
          high);
    }
  }
}
