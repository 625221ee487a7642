package org.ixwire.bgp.netty;

import static org.junit.jupiter.api.Assertions.fail;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.UpdateResult;
import org.ixwire.bgp.attribute.AttributeType;
import org.ixwire.bgp.attribute.Community;
import org.ixwire.bgp.attribute.LargeCommunity;
import org.ixwire.bgp.attribute.OriginAttribute;
import org.ixwire.bgp.attribute.PathAttribute;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.BgpUpdate;
import org.ixwire.bgp.message.Notification;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.RouteRefresh;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.bgp.nlri.Prefix;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.junit.jupiter.api.Assumptions;

/**
 * Shared plumbing of the interop tests: daemons started as child processes in a temp directory, an
 * ixwire speaker on its own event loop group, and a listener that records what the session
 * delivered. Addresses are 127.0.66.x (ixwire .1) with non-default ports.
 */
final class Interop {
  static final String IXWIRE = "127.0.66.1";

  private Interop() {}

  /** Skips the test with a clear message unless {@code binary} exists. */
  static Path requireBinary(String... candidates) {
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    Assumptions.abort(
        "interop: " + String.join(" or ", candidates) + " not installed (apt-get install it)");
    throw new AssertionError();
  }

  static Path tempDir(String name) throws IOException {
    return Files.createTempDirectory("ixwire-interop-" + name);
  }

  /** A running daemon; its output goes to {@code log}. */
  static final class Daemon implements AutoCloseable {
    final Process process;
    final Path log;

    Daemon(Path dir, String name, List<String> command) throws IOException {
      this.log = dir.resolve(name + ".out");
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
      pb.redirectErrorStream(true);
      pb.redirectOutput(log.toFile());
      this.process = pb.start();
    }

    String output() {
      try {
        return Files.readString(log);
      } catch (IOException e) {
        return "(no output: " + e + ")";
      }
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    }
  }

  /** Runs a CLI command and returns its standard output. */
  static String run(String... command) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command);
      pb.redirectErrorStream(true);
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Polls {@code condition} every 100 ms until true or {@code timeout}; fails with {@code what}.
   */
  static void await(String what, Duration timeout, BooleanSupplier condition) {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        fail("timed out after " + timeout + " waiting for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static EventLoopGroup group() {
    return new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  }

  /**
   * The configuration of an ixwire peer that connects to a passive daemon at {@code address}:{@code
   * port} (AS 65001, router id 192.0.2.1, hold time 30 s, retrying every second).
   *
   * @param role the BGP role to offer, or -1 for none (see {@link InteropCapabilities#full})
   */
  static PeerConfig activePeer(String address, int port, int peerAs, int role) throws IOException {
    return PeerConfig.builder(InetAddress.getByName(address), 65001, IpAddress.parse("192.0.2.1"))
        .remotePort(port)
        .localAddress(InetAddress.getByName(IXWIRE))
        .peerAs(peerAs)
        .holdTime(30)
        .connectRetrySeconds(1)
        .idleHoldSeconds(1)
        .capabilities(InteropCapabilities.full(role))
        .build();
  }

  /** Shuts {@code group} down when closed, at once; null for a null group. */
  static AutoCloseable shutdown(EventLoopGroup group) {
    return group == null
        ? null
        : () -> group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  /**
   * Closes each of {@code resources} that is not null, in order; the first failure propagates and
   * leaves the rest open.
   */
  static void closeAll(AutoCloseable... resources) throws Exception {
    for (AutoCloseable r : resources) {
      if (r != null) {
        r.close();
      }
    }
  }

  /**
   * The UPDATE ixwire sends in the interop tests: {@code prefix} (with {@code pathId} for IPv4)
   * with ORIGIN IGP, AS path 65001 64512, MED 50, one of each kind of community and OTC 65001;
   * {@code replacing} replaces attributes of the same type.
   */
  static Update ours(String prefix, long pathId, PathAttribute... replacing) {
    return ours(prefix, pathId, true, replacing);
  }

  /** {@link #ours(String, long, PathAttribute...)} without the OTC attribute. */
  static Update oursWithoutOtc(String prefix, long pathId) {
    return ours(prefix, pathId, false);
  }

  private static Update ours(String prefix, long pathId, boolean otc, PathAttribute... replacing) {
    boolean v6 = prefix.contains(":");
    Update.Builder b =
        Update.builder()
            .origin(OriginAttribute.IGP)
            .asPath(65001, 64512)
            .nextHop(IpAddress.parse(v6 ? "2001:db8::1" : "192.0.2.1"))
            .med(50)
            .communities(Community.of(65001, 100))
            .extendedCommunities(0x0002fde900000007L)
            .largeCommunities(new LargeCommunity(65001, 1, 1));
    if (otc) {
      b.otc(65001);
    }
    for (PathAttribute a : replacing) {
      b.attribute(a);
    }
    b.announce(
        v6
            ? PrefixNlri.unicast(prefix)
            : new PrefixNlri(AfiSafi.IPV4_UNICAST, pathId, Prefix.parse(prefix)));
    return b.build();
  }

  /** Records what a session delivers. */
  static class Recorder implements BgpPeerListener {
    final CompletableFuture<Open> established = new CompletableFuture<>();
    volatile BgpSessionOptions options = BgpSessionOptions.DEFAULT;
    final List<BgpState> states = new CopyOnWriteArrayList<>();
    final List<ErrorAction> actions = new CopyOnWriteArrayList<>();
    final List<Notification> notifications = new CopyOnWriteArrayList<>();
    final List<AfiSafi> endOfRib = new CopyOnWriteArrayList<>();
    final List<RouteRefresh> routeRefreshes = new CopyOnWriteArrayList<>();

    /** The last announcement of each route (removed when withdrawn). */
    final Map<Nlri, UpdateResult> rib = new ConcurrentHashMap<>();

    @Override
    public void stateChanged(BgpPeer peer, BgpState from, BgpState to) {
      states.add(to);
    }

    @Override
    public void established(BgpPeer peer, Open remoteOpen, BgpSessionOptions options) {
      this.options = options;
      established.complete(remoteOpen);
    }

    @Override
    public void updateReceived(BgpPeer peer, BgpUpdate update, ErrorAction action) {
      actions.add(action);
      BgpPeerListener.super.updateReceived(peer, update, action);
    }

    @Override
    public void updateValues(BgpPeer peer, UpdateResult r) {
      for (Nlri n : r.update().allWithdrawn()) {
        rib.remove(n);
      }
      for (Nlri n : r.treatAsWithdraw()) {
        rib.remove(n);
      }
      if (r.action() != ErrorAction.TREAT_AS_WITHDRAW) {
        for (Nlri n : r.update().announced()) {
          rib.put(n, r);
        }
      }
    }

    @Override
    public void endOfRib(BgpPeer peer, AfiSafi family) {
      endOfRib.add(family);
    }

    @Override
    public void routeRefresh(BgpPeer peer, RouteRefresh message) {
      routeRefreshes.add(message);
    }

    @Override
    public void notification(BgpPeer peer, Notification n, boolean sent) {
      notifications.add(n);
    }

    /** The route received for {@code prefix}, with any path id. */
    UpdateResult find(String prefix) {
      for (Map.Entry<Nlri, UpdateResult> e : rib.entrySet()) {
        if (e.getKey() instanceof PrefixNlri p && p.prefix().toString().equals(prefix)) {
          return e.getValue();
        }
      }
      throw new AssertionError(prefix + " not received; have " + rib.keySet());
    }

    UpdateResult route(String prefix) {
      UpdateResult r = rib.get(PrefixNlri.unicast(prefix));
      if (r == null) {
        fail("route " + prefix + " not received; have " + rib.keySet());
      }
      return r;
    }

    /** The attributes of {@code prefix} other than the reachability ones, by type. */
    Map<Integer, PathAttribute> attributes(String prefix) {
      Map<Integer, PathAttribute> m = new java.util.TreeMap<>();
      for (PathAttribute a : route(prefix).update().attributes()) {
        int t = a.type().code();
        if (t != AttributeType.MP_REACH_NLRI.code() && t != AttributeType.MP_UNREACH_NLRI.code()) {
          m.put(t, a);
        }
      }
      return m;
    }
  }

  static List<String> lines(String text) {
    List<String> l = new ArrayList<>();
    for (String s : text.split("\n")) {
      l.add(s.strip());
    }
    return l;
  }
}
