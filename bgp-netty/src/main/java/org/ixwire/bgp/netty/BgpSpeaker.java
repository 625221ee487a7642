package org.ixwire.bgp.netty;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ixwire.bgp.BgpDecoder;
import org.jspecify.annotations.Nullable;

/**
 * Many BGP peers on one {@link EventLoopGroup}, as a route server or collector holds them: each
 * {@link BgpPeer} is pinned to one event loop of the group, connects out with its own {@link
 * PeerConfig} and receives the inbound connections from its neighbour address (to its local
 * address, when one is configured); others are closed. The group belongs to the caller, who shuts
 * it down after {@link #close()}.
 *
 * <p>Channels are NIO sockets with TCP_NODELAY; each peer's write buffer water marks give
 * back-pressure on its outbound UPDATEs.
 */
public final class BgpSpeaker implements AutoCloseable {
  private final EventLoopGroup group;
  private final BgpDecoder decoder;
  private final Map<PeerKey, BgpPeer> peers = new ConcurrentHashMap<>();

  /** A peer is its neighbour address and, when configured, the local address it uses. */
  private record PeerKey(InetAddress remote, @Nullable InetAddress local) {}

  private final List<Channel> listeners = new CopyOnWriteArrayList<>();

  /** A speaker on {@code group} (NIO), decoding with the default decoder. */
  public BgpSpeaker(EventLoopGroup group) {
    this(group, new BgpDecoder());
  }

  /** A speaker on {@code group} (NIO) decoding with {@code decoder}. */
  public BgpSpeaker(EventLoopGroup group, BgpDecoder decoder) {
    this.group = group;
    this.decoder = decoder;
  }

  /**
   * Adds a peer (in Idle; call {@link BgpPeer#start()}).
   *
   * @throws IllegalArgumentException if a peer with that address exists
   */
  public BgpPeer addPeer(PeerConfig config, BgpPeerListener listener) {
    BgpPeer p =
        new BgpPeer(config, listener, group.next(), this::connect, decoder, System::nanoTime);
    if (peers.putIfAbsent(new PeerKey(config.remoteAddress(), config.localAddress()), p) != null) {
      throw new IllegalArgumentException(
          "peer " + config.remoteAddress() + " from " + config.localAddress() + " exists");
    }
    return p;
  }

  /** Stops {@code peer} (Cease / Administrative Shutdown) and forgets it (Peer De-configured). */
  public void removePeer(BgpPeer peer) {
    if (peers.remove(
        new PeerKey(peer.config().remoteAddress(), peer.config().localAddress()), peer)) {
      peer.stop(
          org.ixwire.bgp.message.Notification.of(
              org.ixwire.bgp.error.ErrorCodes.CEASE,
              org.ixwire.bgp.error.ErrorCodes.CEASE_PEER_DECONFIGURED));
    }
  }

  /**
   * The peer for a connection from {@code remote} to {@code local}: the one configured with both
   * addresses, else the one configured with {@code remote} and no local address.
   */
  public @Nullable BgpPeer peer(InetAddress remote, InetAddress local) {
    BgpPeer p = peers.get(new PeerKey(remote, local));
    return p != null ? p : peers.get(new PeerKey(remote, null));
  }

  /** All peers. */
  public List<BgpPeer> peers() {
    return new ArrayList<>(peers.values());
  }

  /**
   * Accepts BGP connections on {@code address} (e.g. port 179, or a test port on 127.0.0.x).
   *
   * @return the bind future
   */
  public ChannelFuture listen(InetSocketAddress address) {
    ServerBootstrap b =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    BgpPeer p =
                        peer(ch.remoteAddress().getAddress(), ch.localAddress().getAddress());
                    if (p == null) {
                      ch.close();
                      return;
                    }
                    p.initPipeline(ch.pipeline(), false);
                  }
                });
    ChannelFuture f = b.bind(address);
    listeners.add(f.channel());
    return f;
  }

  private ChannelFuture connect(BgpPeer peer) {
    PeerConfig c = peer.config();
    Bootstrap b =
        new Bootstrap()
            .group(
                peer.executor() instanceof io.netty.channel.EventLoop
                    ? (io.netty.channel.EventLoop) peer.executor()
                    : group)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(
                ChannelOption.CONNECT_TIMEOUT_MILLIS,
                (int) Math.min(Integer.MAX_VALUE, c.connectRetrySeconds() * 1000L))
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    peer.initPipeline(ch.pipeline(), true);
                  }
                });
    InetSocketAddress remote = new InetSocketAddress(c.remoteAddress(), c.remotePort());
    InetAddress local = c.localAddress();
    return local == null ? b.connect(remote) : b.connect(remote, new InetSocketAddress(local, 0));
  }

  /** Stops every peer and closes the listening sockets (the event loop group stays up). */
  @Override
  public void close() {
    for (BgpPeer p : peers.values()) {
      p.stop();
    }
    peers.clear();
    for (Channel ch : listeners) {
      ch.close().syncUninterruptibly();
    }
    listeners.clear();
  }
}
