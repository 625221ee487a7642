package org.ixwire.bgp.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.UpdateResult;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.capability.EnhancedRouteRefreshCapability;
import org.ixwire.bgp.capability.ExtendedMessageCapability;
import org.ixwire.bgp.capability.MultiprotocolCapability;
import org.ixwire.bgp.capability.RoleCapability;
import org.ixwire.bgp.capability.RouteRefreshCapability;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.BgpUpdate;
import org.ixwire.bgp.message.Keepalive;
import org.ixwire.bgp.message.Notification;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.RouteRefresh;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.testing.Hex;
import org.ixwire.testing.LeakCheckExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The RFC 4271 §8 FSM on {@link EmbeddedChannel}s with a frozen clock: every event in every state
 * ({@link #everyEventInEveryState}), the timers by advancing time, collision detection, RFC 7606
 * outcomes, End-of-RIB, route refresh, and every NOTIFICATION compared byte for byte.
 */
@ExtendWith(LeakCheckExtension.class)
class BgpPeerTest {
  static final String MARKER = "ffffffffffffffffffffffffffffffff";
  static final IpAddress LOCAL_ID = IpAddress.parse("192.0.2.1");
  static final IpAddress REMOTE_ID = IpAddress.parse("192.0.2.2");
  static final int HOLD = 90;
  static final int CONNECT_RETRY = 120;
  static final int IDLE_HOLD = 5;

  /** Supplies the event loop and the frozen clock of the peer's timers. */
  EmbeddedChannel clock;

  final List<EmbeddedChannel> channels = new ArrayList<>();
  int connectAttempts;
  final List<String> events = new ArrayList<>();
  final List<UpdateResult> updates = new ArrayList<>();
  final List<ErrorAction> actions = new ArrayList<>();

  final BgpPeerListener recorder =
      new BgpPeerListener() {
        @Override
        public void updateReceived(BgpPeer peer, BgpUpdate update, ErrorAction action) {
          actions.add(action);
          BgpPeerListener.super.updateReceived(peer, update, action);
        }

        @Override
        public void updateValues(BgpPeer peer, UpdateResult update) {
          updates.add(update);
        }

        @Override
        public void endOfRib(BgpPeer peer, AfiSafi family) {
          events.add("eor " + family);
        }

        @Override
        public void routeRefresh(BgpPeer peer, RouteRefresh message) {
          events.add("route-refresh " + message.family() + " " + message.subtype());
        }

        @Override
        public void established(BgpPeer peer, Open remoteOpen, BgpSessionOptions options) {
          events.add("established");
        }
      };

  @BeforeEach
  void setUp() {
    clock = new EmbeddedChannel();
    clock.freezeTime();
  }

  @AfterEach
  void tearDown() {
    for (EmbeddedChannel ch : channels) {
      ch.finishAndReleaseAll();
    }
    clock.finishAndReleaseAll();
  }

  PeerConfig.Builder config(boolean passive) {
    return PeerConfig.builder(InetAddress.getLoopbackAddress(), 65001, LOCAL_ID)
        .peerAs(65002)
        .holdTime(HOLD)
        .connectRetrySeconds(CONNECT_RETRY)
        .idleHoldSeconds(IDLE_HOLD)
        .passive(passive);
  }

  BgpPeer peer(PeerConfig config) {
    return new BgpPeer(
        config,
        recorder,
        clock.eventLoop(),
        p -> {
          connectAttempts++;
          return null;
        },
        BgpPeerListener.DEFAULT_DECODER,
        System::nanoTime);
  }

  /** A new connection of {@code peer} (TcpConnectionConfirmed or Tcp_CR_Acked). */
  EmbeddedChannel connect(BgpPeer peer, boolean outbound) {
    EmbeddedChannel ch =
        new EmbeddedChannel(
            new ChannelInitializer<Channel>() {
              @Override
              protected void initChannel(Channel c) {
                peer.initPipeline(c.pipeline(), outbound);
              }
            });
    channels.add(ch);
    return ch;
  }

  static void send(EmbeddedChannel ch, String hex) {
    ch.writeInbound(Unpooled.wrappedBuffer(Hex.bytes(hex)));
  }

  static void send(EmbeddedChannel ch, Object message, BgpSessionOptions options) {
    ch.writeInbound(
        Unpooled.wrappedBuffer(
            BgpEncoder.toByteArray((org.ixwire.bgp.message.BgpMessage) message, options)));
  }

  /** The next message written to {@code ch}, as hex, or null. */
  static String sent(EmbeddedChannel ch) {
    ByteBuf b = ch.readOutbound();
    if (b == null) {
      return null;
    }
    try {
      return Hex.of(b);
    } finally {
      b.release();
    }
  }

  static String notification(String codeSubcodeData) {
    int len = 19 + codeSubcodeData.length() / 2;
    return MARKER + String.format("%04x", len) + "03" + codeSubcodeData;
  }

  static String keepalive() {
    return MARKER + "001304";
  }

  Open remoteOpen(int hold, List<Capability> caps) {
    return Open.of(65002, hold, REMOTE_ID, caps);
  }

  Open remoteOpen() {
    return remoteOpen(
        HOLD,
        List.of(
            MultiprotocolCapability.of(AfiSafi.IPV4_UNICAST),
            RouteRefreshCapability.STANDARD,
            EnhancedRouteRefreshCapability.INSTANCE));
  }

  String openHex(Open o) {
    return Hex.of(BgpEncoder.toByteArray(o, BgpSessionOptions.DEFAULT));
  }

  /** Drives a fresh peer into {@code state}; returns the connection (null before OpenSent). */
  EmbeddedChannel drive(BgpPeer peer, BgpState state) {
    if (state == BgpState.IDLE) {
      return null;
    }
    peer.start();
    if (state == BgpState.CONNECT || state == BgpState.ACTIVE) {
      assertEquals(state, peer.state());
      return null;
    }
    EmbeddedChannel ch = connect(peer, !peer.config().passive());
    assertEquals(openHex(peer.localOpen()), sent(ch));
    assertEquals(BgpState.OPEN_SENT, peer.state());
    if (state == BgpState.OPEN_SENT) {
      return ch;
    }
    send(ch, remoteOpen(), BgpSessionOptions.DEFAULT);
    assertEquals(keepalive(), sent(ch));
    assertEquals(BgpState.OPEN_CONFIRM, peer.state());
    if (state == BgpState.OPEN_CONFIRM) {
      return ch;
    }
    send(ch, Keepalive.INSTANCE, BgpSessionOptions.DEFAULT);
    assertEquals(BgpState.ESTABLISHED, peer.state());
    return ch;
  }

  /** The events of RFC 4271 §8.1 that can be injected (numbers in the names). */
  enum Event {
    E1_MANUAL_START,
    E2_MANUAL_STOP,
    E9_CONNECT_RETRY_TIMER_EXPIRES,
    E10_HOLD_TIMER_EXPIRES,
    E11_KEEPALIVE_TIMER_EXPIRES,
    E16_TCP_CR_ACKED,
    E17_TCP_CONNECTION_CONFIRMED,
    E18_TCP_CONNECTION_FAILS,
    E19_BGP_OPEN,
    E21_BGP_HEADER_ERR,
    E22_BGP_OPEN_MSG_ERR,
    E25_NOTIF_MSG,
    E26_KEEPALIVE_MSG,
    E27_UPDATE_MSG,
    E28_UPDATE_MSG_ERR,
    ROUTE_REFRESH_MSG
  }

  /**
   * Expected outcome: next state, and the message on the session's connection (hex; null: none), or
   * on a new connection for events 16/17. "n/a" rows are events that cannot occur in the state (no
   * connection exists to carry a message).
   */
  record Outcome(BgpState next, String sent) {}

  static final String CEASE_ADMIN = notification("0602");
  static final String CEASE_REJECTED = notification("0605");
  static final String HOLD_EXPIRED = notification("0400");
  static final String FSM_TIMER = notification("0500");
  static final String HEADER_ERR = notification("0101");
  static final String OPEN_VERSION = notification("02010004");
  static final String UPDATE_LIST = notification("0301");

  static final String BAD_MARKER =
      "fffffffffffffffffffffffffffffffe" + "0013" + "04"; // marker not all ones: 1/1
  static final String OPEN_V5 =
      MARKER + "001d" + "01" + "05" + "fdea" + "005a" + "c0000202" + "00"; // version 5: 2/1
  static final String UPDATE_OK =
      MARKER
          + "002f"
          + "02"
          + "0000"
          + "0014"
          + "40010100"
          + "400206020100"
          + "00fdea"
          + "400304c0000202"
          + "18c63364";
  // ORIGIN value 5 (RFC 7606 §7.1: treat-as-withdraw)
  static final String UPDATE_TAW =
      MARKER
          + "002f"
          + "02"
          + "0000"
          + "0014"
          + "40010105"
          + "400206020100"
          + "00fdea"
          + "400304c0000202"
          + "18c63364";
  // Total path attribute length beyond the message (RFC 7606 §4: session reset, 3/1)
  static final String UPDATE_BAD_LENGTHS = MARKER + "001a" + "02" + "0000" + "00ff" + "400101";

  @ParameterizedTest
  @EnumSource(BgpState.class)
  void everyEventInEveryState(BgpState state) {
    for (Event e : Event.values()) {
      tearDown();
      channels.clear();
      setUp();
      connectAttempts = 0;
      Outcome expected = expected(state, e);
      if (expected == null) {
        continue; // n/a
      }
      BgpPeer peer = peer(config(state == BgpState.ACTIVE).build());
      EmbeddedChannel ch = drive(peer, state);
      int attemptsBefore = connectAttempts;
      EmbeddedChannel target = ch;
      switch (e) {
        case E1_MANUAL_START:
          peer.start();
          break;
        case E2_MANUAL_STOP:
          peer.stop();
          break;
        case E9_CONNECT_RETRY_TIMER_EXPIRES:
          peer.connectRetryExpired();
          break;
        case E10_HOLD_TIMER_EXPIRES:
          peer.holdExpired();
          break;
        case E11_KEEPALIVE_TIMER_EXPIRES:
          peer.keepaliveExpired();
          break;
        case E16_TCP_CR_ACKED:
          target = connect(peer, false);
          break;
        case E17_TCP_CONNECTION_CONFIRMED:
          target = connect(peer, true);
          break;
        case E18_TCP_CONNECTION_FAILS:
          ch.close();
          break;
        case E19_BGP_OPEN:
          send(ch, remoteOpen(), BgpSessionOptions.DEFAULT);
          break;
        case E21_BGP_HEADER_ERR:
          send(ch, BAD_MARKER);
          break;
        case E22_BGP_OPEN_MSG_ERR:
          send(ch, OPEN_V5);
          break;
        case E25_NOTIF_MSG:
          send(ch, notification("0602"));
          break;
        case E26_KEEPALIVE_MSG:
          send(ch, keepalive());
          break;
        case E27_UPDATE_MSG:
          send(ch, UPDATE_OK);
          break;
        case E28_UPDATE_MSG_ERR:
          send(ch, UPDATE_BAD_LENGTHS);
          break;
        case ROUTE_REFRESH_MSG:
          send(ch, MARKER + "00170500010001");
          break;
      }
      String what = state + " + " + e;
      assertEquals(expected.next(), peer.state(), what);
      String want = "OPEN".equals(expected.sent()) ? openHex(peer.localOpen()) : expected.sent();
      assertEquals(want, target == null ? null : sent(target), what);
      if (target != null) {
        assertNull(sent(target), what + ": one message only");
      }
      if (e == Event.E1_MANUAL_START && state == BgpState.IDLE
          || e == Event.E9_CONNECT_RETRY_TIMER_EXPIRES && state == BgpState.CONNECT) {
        assertEquals(attemptsBefore + 1, connectAttempts, what + ": connects");
      }
      if (expected.next() == BgpState.IDLE && ch != null && java.util.Objects.equals(target, ch)) {
        assertFalse(ch.isActive(), what + ": connection dropped");
      }
    }
  }

  static Outcome expected(BgpState s, Event e) {
    boolean connected =
        s == BgpState.OPEN_SENT || s == BgpState.OPEN_CONFIRM || s == BgpState.ESTABLISHED;
    switch (e) {
      case E1_MANUAL_START:
        return new Outcome(s == BgpState.IDLE ? BgpState.CONNECT : s, null);
      case E2_MANUAL_STOP:
        return new Outcome(BgpState.IDLE, connected ? CEASE_ADMIN : null);
      case E9_CONNECT_RETRY_TIMER_EXPIRES:
        switch (s) {
          case IDLE:
          case CONNECT:
          case ACTIVE: // passive: keeps listening
            return new Outcome(s, null);
          default:
            return new Outcome(BgpState.IDLE, FSM_TIMER);
        }
      case E10_HOLD_TIMER_EXPIRES:
        return new Outcome(BgpState.IDLE, connected ? HOLD_EXPIRED : null);
      case E11_KEEPALIVE_TIMER_EXPIRES:
        switch (s) {
          case OPEN_SENT:
            return new Outcome(BgpState.IDLE, FSM_TIMER);
          case OPEN_CONFIRM:
          case ESTABLISHED:
            return new Outcome(s, keepalive());
          default:
            return new Outcome(BgpState.IDLE, null);
        }
      case E16_TCP_CR_ACKED:
      case E17_TCP_CONNECTION_CONFIRMED:
        switch (s) {
          case IDLE:
          case ESTABLISHED:
            return new Outcome(s, CEASE_REJECTED);
          case CONNECT:
          case ACTIVE:
            return new Outcome(BgpState.OPEN_SENT, "OPEN");
          default: // collision: the new connection gets our OPEN, resolved on its OPEN
            return new Outcome(s, "OPEN");
        }
      default:
        break;
    }
    if (!connected) {
      return null; // message and connection events need a connection
    }
    int sub = s == BgpState.OPEN_SENT ? 1 : s == BgpState.OPEN_CONFIRM ? 2 : 3;
    switch (e) {
      case E18_TCP_CONNECTION_FAILS:
        return new Outcome(s == BgpState.OPEN_SENT ? BgpState.ACTIVE : BgpState.IDLE, null);
      case E19_BGP_OPEN:
        return s == BgpState.OPEN_SENT
            ? new Outcome(BgpState.OPEN_CONFIRM, keepalive())
            : new Outcome(BgpState.IDLE, notification("050" + sub + "01"));
      case E21_BGP_HEADER_ERR:
        return new Outcome(BgpState.IDLE, HEADER_ERR);
      case E22_BGP_OPEN_MSG_ERR:
        return new Outcome(BgpState.IDLE, OPEN_VERSION);
      case E25_NOTIF_MSG:
        return new Outcome(BgpState.IDLE, null);
      case E26_KEEPALIVE_MSG:
        return s == BgpState.OPEN_SENT
            ? new Outcome(BgpState.IDLE, notification("050104"))
            : new Outcome(BgpState.ESTABLISHED, null);
      case E27_UPDATE_MSG:
        return s == BgpState.ESTABLISHED
            ? new Outcome(s, null)
            : new Outcome(BgpState.IDLE, notification("050" + sub + "02"));
      case E28_UPDATE_MSG_ERR:
        return s == BgpState.ESTABLISHED
            ? new Outcome(BgpState.IDLE, UPDATE_LIST)
            : new Outcome(BgpState.IDLE, notification("050" + sub + "02"));
      case ROUTE_REFRESH_MSG:
        return s == BgpState.ESTABLISHED
            ? new Outcome(s, null)
            : new Outcome(BgpState.IDLE, notification("050" + sub + "05"));
      default:
        throw new AssertionError(e);
    }
  }

  // ------------------------------------------------------------------ timers on the clock

  void advance(int seconds) {
    clock.advanceTimeBy(seconds, TimeUnit.SECONDS);
    clock.runScheduledPendingTasks();
    for (EmbeddedChannel ch : channels) {
      ch.runPendingTasks();
    }
  }

  @Test
  void connectRetryTimerRetriesTheConnection() {
    BgpPeer peer = peer(config(false).build());
    peer.start();
    assertEquals(1, connectAttempts);
    advance(CONNECT_RETRY - 1);
    assertEquals(1, connectAttempts);
    advance(1);
    assertEquals(2, connectAttempts);
    assertEquals(BgpState.CONNECT, peer.state());
  }

  @Test
  void passivePeerStaysActiveWhenConnectRetryExpires() {
    BgpPeer peer = peer(config(true).build());
    peer.start();
    advance(CONNECT_RETRY * 3);
    assertEquals(0, connectAttempts);
    assertEquals(BgpState.ACTIVE, peer.state());
  }

  @Test
  void openSentHoldTimerIsFourMinutes() {
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel ch = drive(peer, BgpState.OPEN_SENT);
    advance(PeerConfig.OPEN_SENT_HOLD_SECONDS - 1);
    assertEquals(BgpState.OPEN_SENT, peer.state());
    advance(1);
    assertEquals(HOLD_EXPIRED, sent(ch));
    assertEquals(BgpState.IDLE, peer.state());
  }

  @Test
  void keepalivesEveryThirdOfTheNegotiatedHoldTimeAndHoldTimerExpiry() {
    BgpPeer peer = peer(config(false).build());
    peer.start();
    EmbeddedChannel ch = connect(peer, true);
    sent(ch);
    send(ch, remoteOpen(30, List.of()), BgpSessionOptions.DEFAULT); // negotiated: min(90, 30)
    assertEquals(keepalive(), sent(ch));
    send(ch, keepalive());
    assertEquals(BgpState.ESTABLISHED, peer.state());
    advance(9);
    assertNull(sent(ch));
    advance(1);
    assertEquals(keepalive(), sent(ch));
    send(ch, keepalive()); // restarts the hold timer at t=10
    advance(10);
    assertEquals(keepalive(), sent(ch));
    advance(10);
    assertEquals(keepalive(), sent(ch));
    assertEquals(BgpState.ESTABLISHED, peer.state());
    advance(10); // t=40: 30 s since the last message from the peer (the hold timer is older)
    assertEquals(HOLD_EXPIRED, sent(ch));
    assertEquals(BgpState.IDLE, peer.state());
    assertFalse(ch.isActive());
  }

  @Test
  void holdTimeZeroRunsNoTimers() {
    BgpPeer peer = peer(config(false).build());
    peer.start();
    EmbeddedChannel ch = connect(peer, true);
    sent(ch);
    send(ch, remoteOpen(0, List.of()), BgpSessionOptions.DEFAULT);
    sent(ch);
    send(ch, keepalive());
    advance(3600);
    assertNull(sent(ch));
    assertEquals(BgpState.ESTABLISHED, peer.state());
  }

  @Test
  void idleHoldTimerRestartsAfterAnError() {
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel ch = drive(peer, BgpState.ESTABLISHED);
    send(ch, BAD_MARKER);
    assertEquals(HEADER_ERR, sent(ch));
    assertEquals(BgpState.IDLE, peer.state());
    int before = connectAttempts;
    advance(IDLE_HOLD - 1);
    assertEquals(BgpState.IDLE, peer.state());
    advance(1);
    assertEquals(BgpState.CONNECT, peer.state());
    assertEquals(before + 1, connectAttempts);
  }

  @Test
  void manualStopDoesNotRestart() {
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel ch = drive(peer, BgpState.ESTABLISHED);
    peer.stop();
    assertEquals(CEASE_ADMIN, sent(ch));
    advance(CONNECT_RETRY * 2);
    assertEquals(BgpState.IDLE, peer.state());
  }

  // ------------------------------------------------------------------ OPEN checks

  @Test
  void badPeerAs() {
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel ch = drive(peer, BgpState.OPEN_SENT);
    send(ch, Open.of(65009, HOLD, REMOTE_ID, List.of()), BgpSessionOptions.DEFAULT);
    assertEquals(notification("0202"), sent(ch));
    assertEquals(BgpState.IDLE, peer.state());
  }

  @Test
  void badBgpIdentifierEqualToOursOnIbgp() {
    BgpPeer peer = peer(config(false).peerAs(65001).build());
    EmbeddedChannel ch = drive(peer, BgpState.OPEN_SENT);
    send(ch, Open.of(65001, HOLD, LOCAL_ID, List.of()), BgpSessionOptions.DEFAULT);
    assertEquals(notification("0203c0000201"), sent(ch));
  }

  @Test
  void unacceptableHoldTime() {
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel ch = drive(peer, BgpState.OPEN_SENT);
    String open = openHex(remoteOpen(HOLD, List.of()));
    // hold time field (after version and My AS) set to 2
    send(ch, open.substring(0, 44) + "0002" + open.substring(48));
    assertEquals(notification("0206"), sent(ch));
  }

  @Test
  void roleMismatch() {
    BgpPeer peer =
        peer(
            config(false)
                .capabilities(List.of(new RoleCapability(RoleCapability.ROUTE_SERVER)))
                .build());
    EmbeddedChannel ch = drive(peer, BgpState.OPEN_SENT);
    send(
        ch,
        remoteOpen(HOLD, List.of(new RoleCapability(RoleCapability.PEER))),
        BgpSessionOptions.DEFAULT);
    assertEquals(notification("020b"), sent(ch));
    assertEquals(BgpState.IDLE, peer.state());
  }

  @Test
  void roleMatch() {
    BgpPeer peer =
        peer(
            config(false)
                .capabilities(List.of(new RoleCapability(RoleCapability.ROUTE_SERVER)))
                .build());
    EmbeddedChannel ch = drive(peer, BgpState.OPEN_SENT);
    send(
        ch,
        remoteOpen(HOLD, List.of(new RoleCapability(RoleCapability.RS_CLIENT))),
        BgpSessionOptions.DEFAULT);
    assertEquals(keepalive(), sent(ch));
    assertEquals(BgpState.OPEN_CONFIRM, peer.state());
  }

  // ------------------------------------------------------------------ collision (§6.8)

  @Test
  void collisionKeepsTheConnectionOfTheHigherIdentifier() {
    // remote id 192.0.2.2 > local 192.0.2.1: the connection the peer initiated wins
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel out = drive(peer, BgpState.OPEN_CONFIRM);
    EmbeddedChannel in = connect(peer, false);
    assertEquals(openHex(peer.localOpen()), sent(in));
    send(in, remoteOpen(), BgpSessionOptions.DEFAULT);
    assertEquals(notification("0607"), sent(out));
    assertFalse(out.isActive());
    assertEquals(keepalive(), sent(in));
    assertEquals(BgpState.OPEN_CONFIRM, peer.state());
    send(in, keepalive());
    assertEquals(BgpState.ESTABLISHED, peer.state());
  }

  /**
   * A collision in OpenConfirm that {@code peer} resolves for its own, outgoing connection: the
   * incoming one gets Cease 6/7 and closes, the outgoing one goes on to Established.
   */
  private void collisionKeepsTheOutgoingConnection(BgpPeer peer) {
    EmbeddedChannel out = drive(peer, BgpState.OPEN_CONFIRM);
    EmbeddedChannel in = connect(peer, false);
    assertEquals(openHex(peer.localOpen()), sent(in));
    send(in, remoteOpen(), BgpSessionOptions.DEFAULT);
    assertEquals(notification("0607"), sent(in));
    assertFalse(in.isActive());
    assertTrue(out.isActive());
    assertNull(sent(out));
    send(out, keepalive());
    assertEquals(BgpState.ESTABLISHED, peer.state());
  }

  @Test
  void collisionClosesTheNewConnectionWhenOurIdentifierIsHigher() {
    BgpPeer peer =
        peer(
            PeerConfig.builder(
                    InetAddress.getLoopbackAddress(), 65001, IpAddress.parse("192.0.2.9"))
                .peerAs(65002)
                .build());
    collisionKeepsTheOutgoingConnection(peer);
  }

  @Test
  void collisionWithIdenticalIdentifiersKeepsTheConnectionOfTheLargerAs() {
    // RFC 6286 §2.3: eBGP peers may share a BGP Identifier; then the connection initiated by the
    // speaker with the larger AS number is kept (here ours, AS 65010 > 65002).
    BgpPeer peer =
        peer(
            PeerConfig.builder(InetAddress.getLoopbackAddress(), 65010, REMOTE_ID)
                .peerAs(65002)
                .build());
    collisionKeepsTheOutgoingConnection(peer);
  }

  @Test
  void aSecondConnectionWithoutOpenIsDroppedWhenItsOpenSentHoldTimerExpires() {
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel out = drive(peer, BgpState.OPEN_CONFIRM);
    EmbeddedChannel in = connect(peer, false);
    assertEquals(openHex(peer.localOpen()), sent(in));
    send(out, keepalive());
    assertEquals(BgpState.ESTABLISHED, peer.state());
    for (int t = 0; t < PeerConfig.OPEN_SENT_HOLD_SECONDS; t += HOLD / 3) {
      send(out, keepalive()); // the session itself stays up
      advance(HOLD / 3);
      assertEquals(keepalive(), sent(out));
    }
    assertEquals(HOLD_EXPIRED, sent(in));
    assertFalse(in.isActive());
    assertTrue(out.isActive());
    assertEquals(BgpState.ESTABLISHED, peer.state());
  }

  @Test
  void collisionResolvedByThePeerFirstKeepsTheSecondConnection() {
    // The peer drops our connection with Cease / Connection Collision Resolution before its OPEN
    // on the connection it keeps has arrived: that connection carries on from OpenSent.
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel out = drive(peer, BgpState.OPEN_CONFIRM);
    EmbeddedChannel in = connect(peer, false);
    assertEquals(openHex(peer.localOpen()), sent(in));
    send(out, notification("0607"));
    assertFalse(out.isActive());
    assertTrue(in.isActive());
    assertEquals(BgpState.OPEN_SENT, peer.state());
    send(in, remoteOpen(), BgpSessionOptions.DEFAULT);
    assertEquals(keepalive(), sent(in));
    assertEquals(BgpState.OPEN_CONFIRM, peer.state());
    send(in, keepalive());
    assertEquals(BgpState.ESTABLISHED, peer.state());
    assertNull(sent(out));
  }

  @Test
  void collisionWithAnEstablishedSessionClosesTheNewConnection() {
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel out = drive(peer, BgpState.OPEN_CONFIRM);
    EmbeddedChannel in = connect(peer, false); // arrives in OpenConfirm: kept pending
    assertEquals(openHex(peer.localOpen()), sent(in));
    send(out, keepalive());
    assertEquals(BgpState.ESTABLISHED, peer.state());
    send(in, remoteOpen(), BgpSessionOptions.DEFAULT);
    assertEquals(notification("0607"), sent(in));
    assertFalse(in.isActive());
    assertTrue(out.isActive());
    assertEquals(BgpState.ESTABLISHED, peer.state());
  }

  // ------------------------------------------------------------------ Established traffic

  @Test
  void updatesAreDeliveredWithTheirRfc7606Outcome() {
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel ch = drive(peer, BgpState.ESTABLISHED);
    send(ch, UPDATE_OK);
    send(ch, UPDATE_TAW);
    // ATOMIC_AGGREGATE of length 1 (RFC 7606 §7.6: attribute discard)
    send(
        ch,
        MARKER
            + "0033"
            + "02"
            + "0000"
            + "0018"
            + "40010100"
            + "40020602010000fdea"
            + "400304c0000202"
            + "40060100"
            + "18c63364");
    assertEquals(BgpState.ESTABLISHED, peer.state());
    assertNull(sent(ch));
    assertEquals(
        List.of(ErrorAction.NONE, ErrorAction.TREAT_AS_WITHDRAW, ErrorAction.ATTRIBUTE_DISCARD),
        actions);
    assertEquals(List.of(PrefixNlri.unicast("198.51.100.0/24")), updates.get(0).update().nlri());
    assertEquals(updates.get(1).update().nlri(), updates.get(1).treatAsWithdraw());
    SessionMetrics m = peer.metrics();
    assertEquals(3, m.updatesIn());
    assertEquals(1, m.treatAsWithdraw());
    assertEquals(1, m.attributeDiscard());
    assertEquals(BgpState.ESTABLISHED, m.state());
  }

  @Test
  void endOfRibMarkersAreReportedNotDelivered() {
    BgpPeer peer =
        peer(
            config(false)
                .capabilities(
                    List.of(
                        MultiprotocolCapability.of(AfiSafi.IPV4_UNICAST),
                        MultiprotocolCapability.of(AfiSafi.IPV6_UNICAST)))
                .build());
    EmbeddedChannel ch = drive(peer, BgpState.ESTABLISHED);
    send(ch, Update.endOfRib(AfiSafi.IPV4_UNICAST), peer.options());
    send(ch, Update.endOfRib(AfiSafi.IPV6_UNICAST), peer.options());
    assertEquals(List.of("established", "eor ipv4-unicast", "eor ipv6-unicast"), events);
    assertTrue(actions.isEmpty());
    peer.sendEndOfRib(AfiSafi.IPV6_UNICAST);
    assertEquals(MARKER + "001d" + "02" + "0000" + "0006" + "800f03" + "000201", sent(ch));
  }

  @Test
  void enhancedRouteRefresh() {
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel ch = drive(peer, BgpState.ESTABLISHED);
    send(ch, MARKER + "00170500010001"); // request ipv4-unicast
    send(ch, MARKER + "00170500010101"); // BoRR
    send(ch, MARKER + "00170500010201"); // EoRR
    send(ch, MARKER + "00170500020001"); // ipv6-unicast, not advertised: ignored (RFC 2918 §4)
    assertEquals(
        List.of(
            "established",
            "route-refresh ipv4-unicast 0",
            "route-refresh ipv4-unicast 1",
            "route-refresh ipv4-unicast 2"),
        events);
    peer.sendRouteRefresh(AfiSafi.IPV4_UNICAST, RouteRefresh.BORR);
    assertEquals(MARKER + "00170500010101", sent(ch));
    // BoRR of the wrong length: 7/1 with the message as data (RFC 7313 §5)
    send(ch, MARKER + "0018050001010100");
    String n = sent(ch);
    assertTrue(n.startsWith(MARKER + "00") && n.substring(36, 42).equals("030701"), n);
    assertEquals(BgpState.IDLE, peer.state());
  }

  @Test
  void extendedMessagesRaiseTheFrameLimitOnlyWhenNegotiated() {
    List<Capability> caps =
        List.of(
            MultiprotocolCapability.of(AfiSafi.IPV4_UNICAST), ExtendedMessageCapability.INSTANCE);
    BgpPeer peer = peer(config(false).capabilities(caps).build());
    EmbeddedChannel ch = drive(peer, BgpState.OPEN_SENT);
    send(ch, remoteOpen(HOLD, caps), BgpSessionOptions.DEFAULT);
    sent(ch);
    send(ch, keepalive());
    assertEquals(65535, ch.pipeline().get(BgpFrameDecoder.class).maxMessageLength());
    Update big = bigUpdate();
    send(ch, big, peer.options());
    assertEquals(List.of(ErrorAction.NONE), actions);
    assertEquals(BgpState.ESTABLISHED, peer.state());

    BgpPeer plain = peer(config(false).build());
    EmbeddedChannel ch2 = drive(plain, BgpState.ESTABLISHED);
    assertEquals(4096, ch2.pipeline().get(BgpFrameDecoder.class).maxMessageLength());
    byte[] bytes = BgpEncoder.toByteArray(big, peer.options());
    ch2.writeInbound(Unpooled.wrappedBuffer(bytes));
    String len = String.format("%04x", bytes.length);
    assertEquals(notification("0102" + len), sent(ch2));
    assertEquals(BgpState.IDLE, plain.state());
  }

  static Update bigUpdate() {
    Update.Builder b =
        Update.builder().origin(0).asPath(65002).nextHop(IpAddress.parse("192.0.2.2"));
    for (int i = 0; i < 1500; i++) {
      b.announce(PrefixNlri.unicast("10." + (i >> 8) + "." + (i & 0xff) + ".0/24"));
    }
    return b.build();
  }

  @Test
  void sendCountsAndBackPressure() {
    BgpPeer peer = peer(config(false).writeBufferWaterMarks(100, 200).build());
    EmbeddedChannel ch = drive(peer, BgpState.ESTABLISHED);
    assertTrue(peer.isWritable());
    Update u =
        Update.builder()
            .origin(0)
            .asPath(65001)
            .nextHop(IpAddress.parse("192.0.2.1"))
            .announce(PrefixNlri.unicast("203.0.113.0/24"))
            .build();
    assertTrue(peer.send(u).isSuccess());
    assertEquals(Hex.of(BgpEncoder.toByteArray(u, peer.options())), sent(ch));
    // Unflushed writes beyond the high water mark make the session unwritable.
    for (int i = 0; i < 10; i++) {
      ch.write(u);
    }
    assertFalse(peer.isWritable());
    ch.flushOutbound();
    ByteBuf b;
    while ((b = ch.readOutbound()) != null) {
      b.release();
    }
    assertTrue(peer.isWritable());
    assertEquals(1, peer.metrics().updatesOut());
  }

  @Test
  void sendRawWithAShortLengthFieldIsWrittenAndDoesNotHang() {
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel ch = drive(peer, BgpState.ESTABLISHED);
    long before = peer.metrics().messagesOut();
    // A header whose length field (0) is below the 19-octet minimum: bytes a test puts on the wire.
    String bad = MARKER + "0000" + "04";
    assertTrue(peer.sendRaw(Unpooled.wrappedBuffer(Hex.bytes(bad))).isSuccess());
    assertEquals(bad, sent(ch));
    assertEquals(before + 1, peer.metrics().messagesOut());
  }

  @Test
  void sendRawCountsOnlyUpdatesAsUpdates() {
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel ch = drive(peer, BgpState.ESTABLISHED);
    long before = peer.metrics().messagesOut();
    String two = keepalive() + MARKER + "0017" + "02" + "00000000"; // KEEPALIVE, empty UPDATE
    assertTrue(peer.sendRaw(Unpooled.wrappedBuffer(Hex.bytes(two))).isSuccess());
    assertEquals(two, sent(ch));
    assertEquals(before + 2, peer.metrics().messagesOut());
    assertEquals(1, peer.metrics().updatesOut());
  }

  @Test
  void borrOfTheWrongLengthIsAnsweredWithTheWholeMessage() {
    // RFC 7313 §5: ROUTE-REFRESH Message Error / Invalid Message Length, the data being the
    // complete ROUTE-REFRESH message.
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel ch = drive(peer, BgpState.ESTABLISHED);
    String borr = MARKER + "0018" + "05" + "0001" + "01" + "01" + "00";
    send(ch, borr);
    assertEquals(notification("0701" + borr), sent(ch));
    assertEquals(BgpState.IDLE, peer.state());
  }

  @Test
  void notEstablishedRefusesToSend() {
    BgpPeer peer = peer(config(false).build());
    assertFalse(peer.send(Update.END_OF_RIB_IPV4).isSuccess());
    ByteBuf raw = Unpooled.buffer(4).writeInt(0);
    assertFalse(peer.sendRaw(raw).isSuccess());
    assertEquals(0, raw.refCnt());
  }

  @Test
  void notificationReceivedIsRecorded() {
    BgpPeer peer = peer(config(false).build());
    EmbeddedChannel ch = drive(peer, BgpState.ESTABLISHED);
    send(ch, Notification.shutdown(2, "maintenance"), BgpSessionOptions.DEFAULT);
    assertEquals(BgpState.IDLE, peer.state());
    SessionMetrics m = peer.metrics();
    assertEquals(Notification.shutdown(2, "maintenance"), m.lastError().orElseThrow());
    assertFalse(m.lastErrorSent());
    assertEquals(1, m.establishedTransitions());
  }
}
