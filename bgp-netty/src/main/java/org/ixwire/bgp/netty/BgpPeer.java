package org.ixwire.bgp.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.codec.DecoderException;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.ixwire.bgp.BgpDecodeException;
import org.ixwire.bgp.BgpDecoder;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.Negotiation;
import org.ixwire.bgp.attribute.Bytes;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.capability.MultiprotocolCapability;
import org.ixwire.bgp.capability.RoleCapability;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.error.ErrorCodes;
import org.ixwire.bgp.error.UpdateIssue;
import org.ixwire.bgp.message.BgpMessage;
import org.ixwire.bgp.message.BgpUpdate;
import org.ixwire.bgp.message.Keepalive;
import org.ixwire.bgp.message.Notification;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.RouteRefresh;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.AfiSafi;
import org.jspecify.annotations.Nullable;

/**
 * One BGP peer: the RFC 4271 §8 finite state machine with its ConnectRetry, Hold, Keepalive and
 * IdleHold timers, connection collision detection (§6.8), capability negotiation into {@link
 * BgpSessionOptions}, NOTIFICATIONs on errors (§6), RFC 7606 outcomes (treat-as-withdraw and
 * attribute discard keep the session), End-of-RIB (RFC 4724) and enhanced route refresh (RFC 7313).
 *
 * <p>The state lives on one event loop ({@link #executor()}); every public method may be called
 * from any thread. Create peers with {@link BgpSpeaker#addPeer}.
 *
 * <p>Deviations from the letter of §8, chosen as most daemons do: a message header or OPEN error in
 * Established sends the §6.1/§6.2 NOTIFICATION (not an FSM error); an RFC 7606 AFI/SAFI-disable
 * outcome resets the session; after a session went down with an error the peer restarts
 * automatically after {@link PeerConfig#idleHoldSeconds} (the IdleHold timer, §8.1.1 optional
 * attribute). Unexpected messages in OpenSent/OpenConfirm/Established are answered with the FSM
 * Error subcodes of RFC 6608 (data: the message type).
 */
public final class BgpPeer {
  private final PeerConfig config;
  private final BgpPeerListener listener;
  private final EventExecutor executor;
  private final Connector connector;
  private final BgpDecoder decoder;
  private final LongSupplier nanoClock;
  private final Open localOpen;

  private BgpState state = BgpState.IDLE;
  // Read by send*/isWritable from any thread; written on the event loop.
  private volatile @Nullable Connection conn;
  private @Nullable Connection pending;
  private @Nullable ChannelFuture connecting;
  private @Nullable ScheduledFuture<?> connectRetryTimer;
  private @Nullable ScheduledFuture<?> holdTimer;
  private @Nullable ScheduledFuture<?> keepaliveTimer;
  private @Nullable ScheduledFuture<?> idleHoldTimer;
  private int connectRetryCounter;
  private int negotiatedHoldTime;
  private int keepaliveTime;
  private volatile BgpSessionOptions options = BgpSessionOptions.DEFAULT;
  private volatile @Nullable Open remoteOpen;
  private final UpdateView view = new UpdateView();

  private final LongAdder messagesIn = new LongAdder();
  private final LongAdder messagesOut = new LongAdder();
  private final LongAdder updatesIn = new LongAdder();
  private final LongAdder updatesOut = new LongAdder();
  private final LongAdder treatAsWithdraw = new LongAdder();
  private final LongAdder attributeDiscard = new LongAdder();
  private final LongAdder establishedTransitions = new LongAdder();
  private volatile BgpState publishedState = BgpState.IDLE;
  private volatile long establishedAtNanos;
  private volatile @Nullable Notification lastError;
  private volatile boolean lastErrorSent;

  /** Opens outbound TCP connections for a peer (the speaker's, or a test's). */
  public interface Connector {
    /**
     * Starts connecting to the peer; the connection reports itself through the pipeline {@link
     * BgpPeer#initPipeline} installed (its activation is the TcpConnectionConfirmed event).
     *
     * @return the connection attempt, or null when the connector completes it some other way
     */
    @Nullable ChannelFuture connect(BgpPeer peer);
  }

  BgpPeer(
      PeerConfig config,
      BgpPeerListener listener,
      EventExecutor executor,
      Connector connector,
      BgpDecoder decoder,
      LongSupplier nanoClock) {
    this.config = config;
    this.listener = listener;
    this.executor = executor;
    this.connector = connector;
    this.decoder = decoder;
    this.nanoClock = nanoClock;
    this.localOpen = config.open();
  }

  /** The configuration. */
  public PeerConfig config() {
    return config;
  }

  /** The event loop the session runs on. */
  public EventExecutor executor() {
    return executor;
  }

  /** The decoder of received messages. */
  public BgpDecoder decoder() {
    return decoder;
  }

  /** The OPEN this peer sends. */
  public Open localOpen() {
    return localOpen;
  }

  /** The current state (as last published by the event loop). */
  public BgpState state() {
    return publishedState;
  }

  /** The options negotiated for the current session (default before Established). */
  public BgpSessionOptions options() {
    return options;
  }

  /** The peer's OPEN of the current session, if received. */
  public @Nullable Open remoteOpen() {
    return remoteOpen;
  }

  /** A snapshot of the counters. */
  public SessionMetrics metrics() {
    long at = establishedAtNanos;
    BgpState s = publishedState;
    java.time.Duration up =
        s == BgpState.ESTABLISHED && at != 0
            ? java.time.Duration.ofNanos(nanoClock.getAsLong() - at)
            : java.time.Duration.ZERO;
    return new SessionMetrics(
        s,
        messagesIn.sum(),
        messagesOut.sum(),
        updatesIn.sum(),
        updatesOut.sum(),
        treatAsWithdraw.sum(),
        attributeDiscard.sum(),
        establishedTransitions.sum(),
        up,
        java.util.Optional.ofNullable(lastError),
        lastErrorSent);
  }

  /** Whether the session is Established and its outbound buffer below the high water mark. */
  public boolean isWritable() {
    Connection c = conn;
    return publishedState == BgpState.ESTABLISHED && c != null && c.channel.isWritable();
  }

  // ---------------------------------------------------------------- administrative events

  /** ManualStart (event 1), or ManualStart with passive TCP establishment (event 4). */
  public void start() {
    run(() -> startEvent(false));
  }

  /** ManualStop (event 2): Cease / Administrative Shutdown with no communication. */
  public void stop() {
    stop(Notification.of(ErrorCodes.CEASE, ErrorCodes.CEASE_ADMINISTRATIVE_SHUTDOWN));
  }

  /** ManualStop (event 2) sending {@code notification} if a connection is up. */
  public void stop(Notification notification) {
    run(() -> manualStop(notification));
  }

  // ---------------------------------------------------------------- sending

  /**
   * Sends an UPDATE (encoded with the negotiated options) if the session is Established; the future
   * fails otherwise. Outbound UPDATEs queue in the channel: watch {@link #isWritable()} or {@link
   * BgpPeerListener#writabilityChanged} for back-pressure.
   */
  public Future<Void> send(Update update) {
    return sendMessage(update);
  }

  /** Sends an End-of-RIB marker for {@code family} (RFC 4724 §2). */
  public Future<Void> sendEndOfRib(AfiSafi family) {
    return sendMessage(Update.endOfRib(family));
  }

  /**
   * Sends a ROUTE-REFRESH: {@link RouteRefresh#REQUEST}, or the {@link RouteRefresh#BORR}/{@link
   * RouteRefresh#EORR} markers around a re-advertisement (RFC 7313 §4).
   */
  public Future<Void> sendRouteRefresh(AfiSafi family, int subtype) {
    return sendMessage(new RouteRefresh(family, subtype, Bytes.EMPTY));
  }

  /**
   * Sends whole messages already encoded (a forwarded UPDATE, or bytes a test wants on the wire).
   * Takes ownership of {@code messages}.
   */
  public Future<Void> sendRaw(ByteBuf messages) {
    Connection c = conn;
    if (c == null || publishedState != BgpState.ESTABLISHED) {
      ReferenceCountUtil.release(messages);
      return executor.newFailedFuture(new IllegalStateException("not Established"));
    }
    countMessages(messages);
    ChannelFuture f = c.channel.writeAndFlush(messages);
    run(this::restartKeepaliveTimer);
    return f;
  }

  /** Adds the messages in {@code b}, and its UPDATEs, to the outbound counters (one pass). */
  private void countMessages(ByteBuf b) {
    int n = 0;
    int updates = 0;
    int i = b.readerIndex();
    while (i + 19 <= b.writerIndex()) {
      n++;
      if (b.getUnsignedByte(i + 18) == 2) {
        updates++;
      }
      int len = b.getUnsignedShort(i + 16);
      if (len < 19) {
        break; // a malformed length: nothing after it can be delimited
      }
      i += len;
    }
    updatesOut.add(updates);
    messagesOut.add(n);
  }

  private Future<Void> sendMessage(BgpMessage m) {
    Connection c = conn;
    if (c == null || publishedState != BgpState.ESTABLISHED) {
      return executor.newFailedFuture(new IllegalStateException("not Established"));
    }
    if (m instanceof Update) {
      updatesOut.increment();
    }
    messagesOut.increment();
    ChannelFuture f = c.channel.writeAndFlush(m);
    if (m instanceof Update) {
      run(this::restartKeepaliveTimer);
    }
    return f;
  }

  // ---------------------------------------------------------------- pipeline

  /**
   * Installs the frame decoder, message codec and this peer's connection handler on a new
   * connection's pipeline; {@code outbound} tells who initiated it (collision detection).
   */
  public void initPipeline(ChannelPipeline p, boolean outbound) {
    // Reads are requested one batch at a time, each after the peer's executor has handled the one
    // before (ConnectionHandler.channelReadComplete): a slow listener holds the socket back
    // instead of queueing received messages on the executor without bound.
    p.channel().config().setAutoRead(false);
    p.channel()
        .config()
        .setWriteBufferWaterMark(
            new WriteBufferWaterMark(
                config.writeBufferLowWaterMark(), config.writeBufferHighWaterMark()));
    p.addLast("bgp-frame", new BgpFrameDecoder());
    p.addLast("bgp-codec", new BgpMessageCodec(decoder));
    p.addLast("bgp-session", new ConnectionHandler(outbound));
  }

  private final class ConnectionHandler extends ChannelInboundHandlerAdapter {
    private final boolean outbound;

    ConnectionHandler(boolean outbound) {
      this.outbound = outbound;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      Channel ch = ctx.channel();
      BgpFrameDecoder frames = ctx.pipeline().get(BgpFrameDecoder.class);
      BgpMessageCodec codec = ctx.pipeline().get(BgpMessageCodec.class);
      run(() -> connectionUp(new Connection(ch, outbound, frames, codec)));
      ctx.fireChannelActive();
      ch.read();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      Channel ch = ctx.channel();
      run(
          () -> {
            try {
              received(ch, msg);
            } catch (RuntimeException e) {
              // a listener's exception is a session error, not a task lost on the executor
              errorCaught(ch, e);
            }
          });
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
      Channel ch = ctx.channel();
      // queued behind the messages of this batch: the next read starts once they are handled
      run(ch::read);
      ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      Channel ch = ctx.channel();
      run(() -> connectionDown(ch));
      ctx.fireChannelInactive();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
      Channel ch = ctx.channel();
      boolean w = ch.isWritable();
      run(
          () -> {
            Connection c = conn;
            if (c != null && c.channel == ch && state == BgpState.ESTABLISHED) {
              listener.writabilityChanged(BgpPeer.this, w);
            }
          });
      ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      Channel ch = ctx.channel();
      run(() -> errorCaught(ch, cause));
    }
  }

  /** One TCP connection of this peer. */
  private static final class Connection {
    final Channel channel;
    final boolean outbound;
    final BgpFrameDecoder frames;
    final BgpMessageCodec codec;
    @Nullable Open open;

    Connection(Channel channel, boolean outbound, BgpFrameDecoder frames, BgpMessageCodec codec) {
      this.channel = channel;
      this.outbound = outbound;
      this.frames = frames;
      this.codec = codec;
    }
  }

  // ---------------------------------------------------------------- event loop plumbing

  private void run(Runnable r) {
    if (executor.inEventLoop()) {
      r.run();
    } else {
      executor.execute(r);
    }
  }

  private void setState(BgpState to) {
    BgpState from = state;
    if (from == to) {
      return;
    }
    state = to;
    publishedState = to;
    if (to == BgpState.ESTABLISHED) {
      establishedAtNanos = nanoClock.getAsLong();
      establishedTransitions.increment();
    }
    listener.stateChanged(this, from, to);
  }

  private @Nullable ScheduledFuture<?> schedule(Runnable r, int seconds) {
    return executor.schedule(r, seconds, TimeUnit.SECONDS);
  }

  private static @Nullable ScheduledFuture<?> cancel(@Nullable ScheduledFuture<?> f) {
    if (f != null) {
      f.cancel(false);
    }
    return null;
  }

  private void startConnectRetryTimer() {
    connectRetryTimer = cancel(connectRetryTimer);
    connectRetryTimer = schedule(this::connectRetryExpired, config.connectRetrySeconds());
  }

  private void restartHoldTimer(int seconds) {
    holdTimer = cancel(holdTimer);
    if (seconds > 0) {
      holdTimer = schedule(this::holdExpired, seconds);
    }
  }

  private void restartKeepaliveTimer() {
    if (state != BgpState.ESTABLISHED && state != BgpState.OPEN_CONFIRM) {
      return;
    }
    keepaliveTimer = cancel(keepaliveTimer);
    if (keepaliveTime > 0) {
      keepaliveTimer = schedule(this::keepaliveExpired, keepaliveTime);
    }
  }

  private void stopTimers() {
    connectRetryTimer = cancel(connectRetryTimer);
    holdTimer = cancel(holdTimer);
    keepaliveTimer = cancel(keepaliveTimer);
  }

  // ---------------------------------------------------------------- FSM

  private void startEvent(boolean automatic) {
    if (state != BgpState.IDLE) {
      return; // events 1, 3-5 are ignored outside Idle
    }
    idleHoldTimer = cancel(idleHoldTimer);
    if (!automatic) {
      connectRetryCounter = 0;
    }
    startConnectRetryTimer();
    if (config.passive()) {
      setState(BgpState.ACTIVE);
    } else {
      setState(BgpState.CONNECT);
      initiateConnect();
    }
  }

  private void initiateConnect() {
    dropConnecting();
    ChannelFuture f = connector.connect(this);
    connecting = f;
    if (f != null) {
      f.addListener(
          (ChannelFutureListener)
              done -> {
                if (!done.isSuccess()) {
                  run(() -> connectFailed(done));
                }
              });
    }
  }

  private void dropConnecting() {
    ChannelFuture f = connecting;
    connecting = null;
    if (f != null) {
      f.channel().close();
    }
  }

  private void connectFailed(ChannelFuture attempt) {
    if (attempt != connecting) {
      return;
    }
    connecting = null;
    if (state == BgpState.CONNECT) {
      // TcpConnectionFails (event 18) in Connect: §8.2.2 goes to Idle; retry after ConnectRetry
      // rather than IdleHold so a peer that is down is polled at the configured pace.
      stopTimers();
      connectRetryCounter++;
      setState(BgpState.IDLE);
      scheduleAutomaticStart(config.connectRetrySeconds());
    }
  }

  private void manualStop(Notification n) {
    idleHoldTimer = cancel(idleHoldTimer);
    if (state == BgpState.IDLE) {
      return;
    }
    Connection c = conn;
    conn = null;
    if (state == BgpState.OPEN_SENT
        || state == BgpState.OPEN_CONFIRM
        || state == BgpState.ESTABLISHED) {
      notifyAndClose(c, n);
    } else {
      closeQuietly(c);
    }
    closePending(null);
    dropConnecting();
    stopTimers();
    connectRetryCounter = 0;
    toIdle(false);
  }

  void connectRetryExpired() {
    connectRetryTimer = null;
    switch (state) {
      case CONNECT:
        startConnectRetryTimer();
        initiateConnect();
        break;
      case ACTIVE:
        startConnectRetryTimer();
        if (!config.passive()) {
          setState(BgpState.CONNECT);
          initiateConnect();
        }
        break;
      case OPEN_SENT:
        fsmError(null, 1, -1);
        break;
      case OPEN_CONFIRM:
        fsmError(null, 2, -1);
        break;
      case ESTABLISHED:
        fsmError(null, 3, -1);
        break;
      default:
        break;
    }
  }

  /** Events 10 and 11 in Connect or Active (not running there unless misconfigured): Idle. */
  private boolean timerInConnectOrActive() {
    if (state != BgpState.CONNECT && state != BgpState.ACTIVE) {
      return false;
    }
    dropConnecting();
    stopTimers();
    connectRetryCounter++;
    toIdle(true);
    return true;
  }

  void holdExpired() {
    holdTimer = null;
    if (timerInConnectOrActive()) {
      return;
    }
    if (state == BgpState.OPEN_SENT
        || state == BgpState.OPEN_CONFIRM
        || state == BgpState.ESTABLISHED) {
      sessionError(Notification.of(ErrorCodes.HOLD_TIMER_EXPIRED, 0));
    }
  }

  void keepaliveExpired() {
    keepaliveTimer = null;
    if (timerInConnectOrActive()) {
      return;
    }
    if (state == BgpState.OPEN_SENT) {
      fsmError(conn, 1, -1);
      return;
    }
    Connection c = conn;
    if ((state == BgpState.OPEN_CONFIRM || state == BgpState.ESTABLISHED) && c != null) {
      messagesOut.increment();
      c.channel.writeAndFlush(Keepalive.INSTANCE);
      restartKeepaliveTimer();
    }
  }

  private void connectionUp(Connection c) {
    if (c.outbound) {
      ChannelFuture f = connecting;
      if (f != null && f.channel() == c.channel) {
        connecting = null;
      }
    }
    switch (state) {
      case CONNECT:
      case ACTIVE:
        // TcpConnectionConfirmed / Tcp_CR_Acked (events 16, 17): send OPEN, large hold timer.
        dropConnecting();
        connectRetryTimer = cancel(connectRetryTimer);
        conn = c;
        sendOpen(c);
        restartHoldTimer(PeerConfig.OPEN_SENT_HOLD_SECONDS);
        setState(BgpState.OPEN_SENT);
        break;
      case OPEN_SENT:
      case OPEN_CONFIRM:
        // A second connection: keep it until its OPEN arrives, then resolve the collision (§6.8).
        closePending(Notification.of(ErrorCodes.CEASE, ErrorCodes.CEASE_CONNECTION_REJECTED));
        pending = c;
        sendOpen(c);
        // The second connection is in its own OpenSent: the same large hold timer bounds the wait
        // for its OPEN (§8.2.2), or it would stay open for as long as the session lasts.
        schedule(
            () -> {
              if (pending == c) {
                pending = null;
                notifyAndClose(c, Notification.of(ErrorCodes.HOLD_TIMER_EXPIRED, 0));
              }
            },
            PeerConfig.OPEN_SENT_HOLD_SECONDS);
        break;
      default:
        // Idle refuses connections (§8.2.2); Established keeps its session (§6.8).
        notifyAndClose(c, Notification.of(ErrorCodes.CEASE, ErrorCodes.CEASE_CONNECTION_REJECTED));
        break;
    }
  }

  private void sendOpen(Connection c) {
    messagesOut.increment();
    c.channel.writeAndFlush(localOpen);
  }

  private void connectionDown(Channel ch) {
    Connection p = pending;
    if (p != null && p.channel == ch) {
      pending = null;
      return;
    }
    Connection c = conn;
    if (c == null || c.channel != ch) {
      return;
    }
    conn = null;
    switch (state) {
      case OPEN_SENT:
        // TcpConnectionFails in OpenSent: back to Active, keep listening (§8.2.2).
        holdTimer = cancel(holdTimer);
        startConnectRetryTimer();
        if (!promotePendingAfterLoss()) {
          setState(BgpState.ACTIVE);
        }
        break;
      case OPEN_CONFIRM:
      case ESTABLISHED:
        stopTimers();
        connectRetryCounter++;
        if (!promotePendingAfterLoss()) {
          toIdle(true);
        }
        break;
      default:
        break;
    }
  }

  /** When the primary connection is lost while a second one waits for its OPEN, keep that one. */
  private boolean promotePendingAfterLoss() {
    Connection p = pending;
    if (p == null) {
      return false;
    }
    pending = null;
    conn = p;
    connectRetryTimer = cancel(connectRetryTimer);
    restartHoldTimer(PeerConfig.OPEN_SENT_HOLD_SECONDS);
    keepaliveTimer = cancel(keepaliveTimer);
    setState(BgpState.OPEN_SENT);
    return true;
  }

  private void errorCaught(Channel ch, Throwable cause) {
    Throwable t =
        cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
    Connection c = connectionOf(ch);
    if (c == null) {
      ch.close();
      return;
    }
    Notification n;
    if (t instanceof BgpDecodeException e) {
      n = new Notification(e.errorCode(), e.errorSubcode(), Bytes.of(e.errorData()));
    } else if (t instanceof java.io.IOException) {
      ch.close(); // TcpConnectionFails follows through channelInactive
      return;
    } else {
      n = Notification.of(ErrorCodes.CEASE, ErrorCodes.CEASE_OUT_OF_RESOURCES);
    }
    if (c == pending) {
      pending = null;
      notifyAndClose(c, n);
      return;
    }
    // BGPHeaderErr / BGPOpenMsgErr / UpdateMsgErr (events 21, 22, 28).
    sessionError(n);
  }

  private @Nullable Connection connectionOf(Channel ch) {
    Connection c = conn;
    if (c != null && c.channel == ch) {
      return c;
    }
    Connection p = pending;
    if (p != null && p.channel == ch) {
      return p;
    }
    return null;
  }

  private void received(Channel ch, Object msg) {
    Connection c = connectionOf(ch);
    if (c == null) {
      ReferenceCountUtil.release(msg);
      return;
    }
    messagesIn.increment();
    if (msg instanceof BgpUpdate) {
      updatesIn.increment();
      receivedUpdate(c, (BgpUpdate) msg);
      return;
    }
    if (!(msg instanceof BgpMessage)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    BgpMessage m = (BgpMessage) msg;
    if (c == conn) {
      listener.messageReceived(this, m);
    }
    if (m instanceof Notification) {
      receivedNotification(c, (Notification) m);
    } else if (m instanceof Open) {
      receivedOpen(c, (Open) m);
    } else if (m instanceof Keepalive) {
      receivedKeepalive(c);
    } else if (m instanceof RouteRefresh) {
      receivedRouteRefresh(c, (RouteRefresh) m);
    }
  }

  private void receivedNotification(Connection c, Notification n) {
    lastError = n;
    lastErrorSent = false;
    listener.notification(this, n, false);
    c.channel.close();
    if (c == pending) {
      pending = null;
      return;
    }
    // NotifMsg / NotifMsgVerErr (events 24, 25): drop the connection, go Idle.
    conn = null;
    stopTimers();
    if (n.code() != ErrorCodes.OPEN_MESSAGE_ERROR || n.subcode() != 1) {
      connectRetryCounter++;
    }
    // A second connection still in its OpenSent is not ended by this one's NOTIFICATION (it is
    // what the peer keeps when it resolved a collision first, Cease 6/7), as on TCP loss.
    if (!promotePendingAfterLoss()) {
      toIdle(true);
    }
  }

  private void receivedOpen(Connection c, Open open) {
    Notification bad = checkOpen(open);
    if (bad != null) {
      if (c == pending) {
        pending = null;
        notifyAndClose(c, bad);
      } else {
        sessionError(bad);
      }
      return;
    }
    c.open = open;
    if (c == pending) {
      resolveCollision(c, open);
      return;
    }
    if (state == BgpState.OPEN_SENT) {
      openReceived(c, open);
    } else if (state == BgpState.OPEN_CONFIRM) {
      // A second OPEN on the same connection: the collision check of §6.8 has only one
      // connection to keep, so this is the FSM error of RFC 6608.
      fsmError(c, 2, 1);
    } else {
      fsmError(c, 3, 1);
    }
  }

  private void openReceived(Connection c, Open open) {
    connectRetryTimer = cancel(connectRetryTimer);
    remoteOpen = open;
    options = Negotiation.negotiate(localOpen, open);
    c.codec.options(options);
    c.frames.maxMessageLength(options.maxMessageLength());
    negotiatedHoldTime = Math.min(config.holdTime(), open.holdTime());
    keepaliveTime = negotiatedHoldTime / 3;
    messagesOut.increment();
    c.channel.writeAndFlush(Keepalive.INSTANCE);
    setState(BgpState.OPEN_CONFIRM);
    restartKeepaliveTimer();
    restartHoldTimer(negotiatedHoldTime);
  }

  private void resolveCollision(Connection incoming, Open open) {
    Connection existing = conn;
    if (existing == null) {
      pending = null;
      conn = incoming;
      openReceived(incoming, open);
      return;
    }
    Notification cease =
        Notification.of(ErrorCodes.CEASE, ErrorCodes.CEASE_CONNECTION_COLLISION_RESOLUTION);
    if (state == BgpState.ESTABLISHED) {
      // §6.8: a collision with an Established session closes the new connection.
      pending = null;
      notifyAndClose(incoming, cease);
      return;
    }
    // §6.8: keep the connection initiated by the speaker with the higher BGP identifier.
    long local = Integer.toUnsignedLong(ipv4(localOpen));
    long remote = Integer.toUnsignedLong(ipv4(open));
    boolean keepIncoming;
    if (incoming.outbound == existing.outbound) {
      keepIncoming = true; // the peer reconnected: the newer connection is the live one
    } else {
      // RFC 6286 §2.3: with identical identifiers (eBGP), the larger AS number decides.
      boolean keepLocallyInitiated =
          local != remote ? local > remote : config.localAs() > open.asn();
      keepIncoming = incoming.outbound == keepLocallyInitiated;
    }
    pending = null;
    if (!keepIncoming) {
      notifyAndClose(incoming, cease);
      return;
    }
    conn = incoming;
    notifyAndClose(existing, cease);
    keepaliveTimer = cancel(keepaliveTimer);
    state = BgpState.OPEN_SENT; // the kept connection continues from its own OpenSent
    publishedState = BgpState.OPEN_SENT;
    openReceived(incoming, open);
  }

  private static int ipv4(Open o) {
    byte[] b = o.bgpIdentifier().toByteArray();
    return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
  }

  /** The checks of RFC 4271 §6.2 beyond the decoder's, and RFC 9234 §4.2 role checks. */
  private @Nullable Notification checkOpen(Open open) {
    if (config.peerAs() != 0 && open.asn() != config.peerAs()) {
      return Notification.of(ErrorCodes.OPEN_MESSAGE_ERROR, ErrorCodes.OPEN_BAD_PEER_AS);
    }
    int id = ipv4(open);
    if (id == 0 || (id == ipv4(localOpen) && open.asn() == config.localAs())) {
      return new Notification(
          ErrorCodes.OPEN_MESSAGE_ERROR,
          ErrorCodes.OPEN_BAD_BGP_IDENTIFIER,
          Bytes.of(open.bgpIdentifier().toByteArray()));
    }
    RoleCapability mine = config.role();
    if (mine != null) {
      for (Capability cap : open.capabilities()) {
        if (cap instanceof RoleCapability
            && ((RoleCapability) cap).role() != RoleCapability.expectedPeerRole(mine.role())) {
          return Notification.of(ErrorCodes.OPEN_MESSAGE_ERROR, ErrorCodes.OPEN_ROLE_MISMATCH);
        }
      }
    }
    return null;
  }

  private void receivedKeepalive(Connection c) {
    if (c == pending) {
      fsmErrorOnPending(c, MessageTypeCode.KEEPALIVE);
      return;
    }
    switch (state) {
      case OPEN_SENT:
        fsmError(c, 1, MessageTypeCode.KEEPALIVE);
        break;
      case OPEN_CONFIRM:
        restartHoldTimer(negotiatedHoldTime);
        setState(BgpState.ESTABLISHED);
        listener.established(this, requireOpen(), options);
        break;
      case ESTABLISHED:
        restartHoldTimer(negotiatedHoldTime);
        break;
      default:
        break;
    }
  }

  private Open requireOpen() {
    Open o = remoteOpen;
    if (o == null) {
      throw new IllegalStateException("no OPEN received");
    }
    return o;
  }

  private void receivedRouteRefresh(Connection c, RouteRefresh rr) {
    if (c == pending) {
      fsmErrorOnPending(c, MessageTypeCode.ROUTE_REFRESH);
      return;
    }
    if (state != BgpState.ESTABLISHED) {
      fsmError(c, state == BgpState.OPEN_SENT ? 1 : 2, MessageTypeCode.ROUTE_REFRESH);
      return;
    }
    restartHoldTimer(negotiatedHoldTime);
    // RFC 2918 §4: a family not advertised is ignored; RFC 7313 §5: unknown subtypes too.
    if (rr.subtype() > RouteRefresh.EORR || !advertised(rr.family())) {
      return;
    }
    listener.routeRefresh(this, rr);
  }

  private boolean advertised(AfiSafi family) {
    boolean any = false;
    for (Capability cap : localOpen.capabilities()) {
      if (cap instanceof MultiprotocolCapability) {
        any = true;
        if (((MultiprotocolCapability) cap).family().equals(family)) {
          return true;
        }
      }
    }
    return !any && family.equals(AfiSafi.IPV4_UNICAST);
  }

  private void receivedUpdate(Connection c, BgpUpdate u) {
    if (c == pending) {
      u.release();
      fsmErrorOnPending(c, MessageTypeCode.UPDATE);
      return;
    }
    if (state != BgpState.ESTABLISHED) {
      u.release();
      fsmError(c, state == BgpState.OPEN_SENT ? 1 : 2, MessageTypeCode.UPDATE);
      return;
    }
    restartHoldTimer(negotiatedHoldTime);
    ByteBuf b = u.content();
    ErrorAction action;
    boolean eor;
    AfiSafi eorFamily = AfiSafi.IPV4_UNICAST;
    try {
      view.wrap(b, b.readerIndex(), b.readableBytes(), options);
      action = view.action();
      eor = action == ErrorAction.NONE && view.isEndOfRib();
      if (eor && view.attributes().hasMpUnreach()) {
        eorFamily = AfiSafi.of(view.attributes().mpUnreachAfi(), view.attributes().mpUnreachSafi());
      }
    } catch (BgpDecodeException e) {
      u.release();
      sessionError(new Notification(e.errorCode(), e.errorSubcode(), Bytes.of(e.errorData())));
      return;
    }
    if (action.compareTo(ErrorAction.TREAT_AS_WITHDRAW) > 0) {
      // UpdateMsgErr (event 28): the NOTIFICATION of the strongest issue.
      Notification n = Notification.of(ErrorCodes.UPDATE_MESSAGE_ERROR, 1);
      for (UpdateIssue i : view.issues()) {
        if (i.action() == action) {
          n = new Notification(i.errorCode(), i.errorSubcode(), i.data());
          break;
        }
      }
      u.release();
      sessionError(n);
      return;
    }
    if (action == ErrorAction.TREAT_AS_WITHDRAW) {
      treatAsWithdraw.increment();
    } else if (action == ErrorAction.ATTRIBUTE_DISCARD) {
      attributeDiscard.increment();
    }
    if (eor) {
      u.release();
      listener.endOfRib(this, eorFamily);
      return;
    }
    listener.updateReceived(this, u, action);
  }

  /** BGP message type codes, the data of RFC 6608 FSM errors. */
  private static final class MessageTypeCode {
    static final int OPEN = 1;
    static final int UPDATE = 2;
    static final int KEEPALIVE = 4;
    static final int ROUTE_REFRESH = 5;

    private MessageTypeCode() {}
  }

  private void fsmErrorOnPending(Connection c, int type) {
    pending = null;
    notifyAndClose(
        c, new Notification(ErrorCodes.FSM_ERROR, 1, Bytes.of(new byte[] {(byte) type})));
  }

  /** An FSM error (RFC 6608 subcode 1-3, data the message type; or subcode 0 for a timer). */
  private void fsmError(@Nullable Connection c, int subcode, int type) {
    Notification n =
        type < 0
            ? Notification.of(ErrorCodes.FSM_ERROR, 0)
            : new Notification(ErrorCodes.FSM_ERROR, subcode, Bytes.of(new byte[] {(byte) type}));
    sessionError(n);
  }

  /**
   * Sends {@code n} on the session's connection, drops it and goes Idle (events 10, 21, 22, 28).
   */
  private void sessionError(Notification n) {
    Connection c = conn;
    conn = null;
    notifyAndClose(c, n);
    closePending(null);
    stopTimers();
    connectRetryCounter++;
    toIdle(true);
  }

  private void notifyAndClose(@Nullable Connection c, Notification n) {
    if (c == null) {
      return;
    }
    lastError = n;
    lastErrorSent = true;
    messagesOut.increment();
    listener.notification(this, n, true);
    c.channel.writeAndFlush(n).addListener(ChannelFutureListener.CLOSE);
  }

  private void closePending(@Nullable Notification n) {
    Connection p = pending;
    pending = null;
    if (p != null) {
      if (n != null) {
        notifyAndClose(p, n);
      } else {
        p.channel.close();
      }
    }
  }

  private static void closeQuietly(@Nullable Connection c) {
    if (c != null) {
      c.channel.close();
    }
  }

  private void toIdle(boolean restart) {
    remoteOpen = null;
    options = BgpSessionOptions.DEFAULT;
    establishedAtNanos = 0;
    setState(BgpState.IDLE);
    if (restart && config.idleHoldSeconds() >= 0) {
      scheduleAutomaticStart(config.idleHoldSeconds());
    }
  }

  private void scheduleAutomaticStart(int seconds) {
    idleHoldTimer = cancel(idleHoldTimer);
    idleHoldTimer =
        schedule(
            () -> {
              idleHoldTimer = null;
              startEvent(true);
            },
            seconds);
  }

  /** Bytes of {@code m} as this session would encode it (for tests and tools). */
  byte[] encode(BgpMessage m) {
    return BgpEncoder.toByteArray(m, options);
  }

  @Override
  public String toString() {
    return "BgpPeer(" + config.remoteAddress().getHostAddress() + " AS" + config.peerAs() + ")";
  }
}
