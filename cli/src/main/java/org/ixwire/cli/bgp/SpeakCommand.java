package org.ixwire.cli.bgp;

import com.google.common.net.HostAndPort;
import com.google.common.net.InetAddresses;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.UpdateResult;
import org.ixwire.bgp.attribute.AsPath;
import org.ixwire.bgp.attribute.Community;
import org.ixwire.bgp.attribute.ExtendedCommunity;
import org.ixwire.bgp.attribute.LargeCommunity;
import org.ixwire.bgp.attribute.OriginAttribute;
import org.ixwire.bgp.capability.AddPathCapability;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.capability.EnhancedRouteRefreshCapability;
import org.ixwire.bgp.capability.ExtendedMessageCapability;
import org.ixwire.bgp.capability.GracefulRestartCapability;
import org.ixwire.bgp.capability.MultiprotocolCapability;
import org.ixwire.bgp.capability.RoleCapability;
import org.ixwire.bgp.capability.RouteRefreshCapability;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.BgpMessage;
import org.ixwire.bgp.message.BgpUpdate;
import org.ixwire.bgp.message.Notification;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.netty.BgpPeer;
import org.ixwire.bgp.netty.BgpPeerListener;
import org.ixwire.bgp.netty.BgpSpeaker;
import org.ixwire.bgp.netty.BgpState;
import org.ixwire.bgp.netty.PeerConfig;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Prefix;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ixwire bgp speak}: a minimal BGP speaker for testing route servers. It establishes one
 * session, prints every message received as the JSON of {@code ixwire bgp decode --json}, and
 * announces the routes given on the command line or in a file, followed by End-of-RIB.
 */
@Command(
    name = "speak",
    mixinStandardHelpOptions = true,
    description = {
      "Establish a BGP session, print every message received (one JSON object per line, as"
          + " 'ixwire bgp decode --json'), and announce routes.",
      "ROUTE: PREFIX [next-hop IP] [as-path ASN,ASN...] [origin igp|egp|incomplete] [med N]"
          + " [local-pref N] [community A:B,...] [large-community A:B:C,...]"
          + " [ext-community rt:A:B,...] [otc ASN] [path-id N]"
    })
public final class SpeakCommand implements java.util.concurrent.Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--peer",
      required = true,
      paramLabel = "HOST[:PORT]",
      description = "the peer to connect to (port 179 by default)")
  String peer = "";

  @Option(names = "--local-as", required = true, paramLabel = "ASN", description = "our AS")
  long localAs;

  @Option(names = "--peer-as", paramLabel = "ASN", description = "the peer's AS (default: any)")
  long peerAs;

  @Option(
      names = "--router-id",
      paramLabel = "IPV4",
      description = "our BGP identifier (default: --local-address, else 192.0.2.1)")
  @Nullable String routerId;

  @Option(names = "--local-address", paramLabel = "IP", description = "address to connect from")
  @Nullable String localAddress;

  @Option(
      names = "--listen",
      paramLabel = "HOST:PORT",
      description = "wait for the peer to connect here instead of connecting")
  @Nullable String listen;

  @Option(names = "--hold-time", paramLabel = "SECONDS", description = "default 90")
  int holdTime = 90;

  @Option(
      names = "--announce",
      paramLabel = "ROUTE",
      description = "a route to announce (repeatable; see above)")
  List<String> announce = new ArrayList<>();

  @Option(
      names = "--announce-file",
      paramLabel = "FILE",
      description = "routes to announce, one per line ('#' comments)")
  @Nullable Path announceFile;

  @Option(names = "--addpath", description = "offer ADD-PATH (send and receive) for IPv4 unicast")
  boolean addPath;

  @Option(names = "--extended-message", description = "offer RFC 8654 extended messages")
  boolean extendedMessage;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description = "offer a BGP role (RFC 9234): provider, rs, rs-client, customer, peer")
  @Nullable String role;

  @Option(
      names = "--exit-after",
      paramLabel = "SECONDS",
      description =
          "close the session (Cease) and exit after this long (default: run until the session"
              + " ends or the process is killed)")
  int exitAfter;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec().commandLine().getOut();
    PrintWriter err = spec().commandLine().getErr();
    List<Update> routes = new ArrayList<>();
    for (String r : announce) {
      routes.add(parseRoute(r));
    }
    if (announceFile != null) {
      for (String line : Files.readAllLines(announceFile)) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          routes.add(parseRoute(l));
        }
      }
    }
    HostAndPort hp = HostAndPort.fromString(peer).withDefaultPort(179);
    InetAddress remote = InetAddress.getByName(hp.getHost());
    InetAddress local = localAddress == null ? null : InetAddresses.forString(localAddress);
    String id = "192.0.2.1";
    if (routerId != null) {
      id = routerId;
    } else if (local != null && local.getAddress().length == 4) {
      id = local.getHostAddress();
    }
    PeerConfig config =
        PeerConfig.builder(remote, localAs, IpAddress.parse(id))
            .remotePort(hp.getPort())
            .localAddress(local)
            .peerAs(peerAs)
            .holdTime(holdTime)
            .connectRetrySeconds(5)
            .idleHoldSeconds(5)
            .passive(listen != null)
            .capabilities(capabilities())
            .build();
    CountDownLatch done = new CountDownLatch(1);
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    try (BgpSpeaker speaker = new BgpSpeaker(group)) {
      Printer printer = new Printer(out, err, routes, hp.toString(), done);
      BgpPeer p = speaker.addPeer(config, printer);
      if (listen != null) {
        HostAndPort l = HostAndPort.fromString(listen).withDefaultPort(179);
        speaker.listen(new InetSocketAddress(l.getHost(), l.getPort())).sync();
      }
      p.start();
      if (exitAfter > 0) {
        done.await(exitAfter, TimeUnit.SECONDS);
      } else {
        done.await();
      }
      p.stop(Notification.of(6, 2));
      Thread.sleep(200);
      err.printf(
          "ixwire bgp speak: %s, %s%n",
          p.state(), p.metrics().toString().replace("SessionMetrics", ""));
      err.flush();
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
    return 0;
  }

  private CommandSpec spec() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli did not inject the spec");
    }
    return s;
  }

  private List<Capability> capabilities() {
    List<Capability> c = new ArrayList<>();
    c.add(MultiprotocolCapability.of(AfiSafi.IPV4_UNICAST));
    c.add(MultiprotocolCapability.of(AfiSafi.IPV6_UNICAST));
    c.add(RouteRefreshCapability.STANDARD);
    c.add(EnhancedRouteRefreshCapability.INSTANCE);
    c.add(new GracefulRestartCapability(0, 120, com.google.common.collect.ImmutableList.of()));
    if (addPath) {
      c.add(
          new AddPathCapability(
              com.google.common.collect.ImmutableList.of(
                  new AddPathCapability.Entry(AfiSafi.IPV4_UNICAST, AddPathCapability.BOTH))));
    }
    if (extendedMessage) {
      c.add(ExtendedMessageCapability.INSTANCE);
    }
    if (role != null) {
      List<String> names = List.of("provider", "rs", "rs-client", "customer", "peer");
      int r = names.indexOf(role);
      if (r < 0) {
        throw new ParameterException(spec().commandLine(), "unknown role " + role);
      }
      c.add(new RoleCapability(r));
    }
    return c;
  }

  /** Parses one ROUTE (see the command description). */
  Update parseRoute(String text) {
    String[] t = text.trim().split("\\s+");
    try {
      Prefix prefix = Prefix.parse(t[0]);
      boolean v6 = t[0].contains(":");
      Update.Builder b = Update.builder().origin(OriginAttribute.IGP);
      long pathId = 0;
      boolean nextHop = false;
      boolean asPath = false;
      for (int i = 1; i < t.length; i += 2) {
        if (i + 1 >= t.length) {
          throw new IllegalArgumentException(t[i] + " needs a value");
        }
        String v = t[i + 1];
        switch (t[i]) {
          case "next-hop" -> {
            b.nextHop(IpAddress.parse(v));
            nextHop = true;
          }
          case "as-path" -> {
            b.asPath(AsPath.parse(v.replace(',', ' ')));
            asPath = true;
          }
          case "origin" -> b.origin(List.of("igp", "egp", "incomplete").indexOf(v));
          case "med" -> b.med(Long.parseLong(v));
          case "local-pref" -> b.localPref(Long.parseLong(v));
          case "community" ->
              b.communities(
                  java.util.Arrays.stream(v.split(",")).mapToInt(Community::parse).toArray());
          case "large-community" ->
              b.largeCommunities(
                  java.util.Arrays.stream(v.split(","))
                      .map(LargeCommunity::parse)
                      .toArray(LargeCommunity[]::new));
          case "ext-community" ->
              b.extendedCommunities(
                  java.util.Arrays.stream(v.split(","))
                      .mapToLong(SpeakCommand::routeTarget)
                      .toArray());
          case "otc" -> b.otc(Long.parseLong(v));
          case "path-id" -> pathId = Long.parseLong(v);
          default -> throw new IllegalArgumentException("unknown route field " + t[i]);
        }
      }
      if (!nextHop) {
        throw new IllegalArgumentException("next-hop is required");
      }
      if (!asPath) {
        b.asPath(localAs);
      }
      b.announce(new PrefixNlri(v6 ? AfiSafi.IPV6_UNICAST : AfiSafi.IPV4_UNICAST, pathId, prefix));
      return b.build();
    } catch (RuntimeException e) {
      throw new ParameterException(
          spec().commandLine(), "bad route '" + text + "': " + e.getMessage(), e);
    }
  }

  /** {@code rt:A:B} (RFC 4360 §4, two-octet AS route target). */
  static long routeTarget(String text) {
    String[] f = text.split(":");
    if (f.length != 3 || !f[0].equals("rt")) {
      throw new IllegalArgumentException("extended community " + text + " is not rt:A:B");
    }
    return ExtendedCommunity.routeTarget(Integer.parseInt(f[1]), Long.parseLong(f[2]));
  }

  /** Prints what the session receives and announces once it is up. */
  private static final class Printer implements BgpPeerListener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final List<Update> routes;
    private final String peerName;
    private final CountDownLatch done;
    private boolean wasEstablished;

    Printer(
        PrintWriter out,
        PrintWriter err,
        List<Update> routes,
        String peerName,
        CountDownLatch done) {
      this.out = out;
      this.err = err;
      this.routes = routes;
      this.peerName = peerName;
      this.done = done;
    }

    private void print(BgpMessage m, @Nullable UpdateResult r, int length) {
      MessageFormatter.Origin o =
          new MessageFormatter.Origin(0, System.currentTimeMillis() * 1_000_000L, peerName, null);
      out.println(MessageFormatter.json(o, m, r, length));
      out.flush();
    }

    private void print(BgpMessage m, BgpSessionOptions options) {
      print(m, null, BgpEncoder.encodedLength(m, options));
    }

    @Override
    public void stateChanged(BgpPeer peer, BgpState from, BgpState to) {
      err.println("ixwire bgp speak: " + from + " -> " + to);
      err.flush();
      if (to == BgpState.ESTABLISHED) {
        wasEstablished = true;
      } else if (to == BgpState.IDLE && wasEstablished) {
        done.countDown(); // the session ended: exit
      }
    }

    @Override
    public void messageReceived(BgpPeer peer, BgpMessage message) {
      print(message, peer.options());
    }

    @Override
    public void established(BgpPeer peer, Open remoteOpen, BgpSessionOptions options) {
      Set<AfiSafi> families = new LinkedHashSet<>();
      families.add(AfiSafi.IPV4_UNICAST);
      for (Update u : routes) {
        peer.send(u);
        families.add(u.announced().get(0).family());
      }
      for (AfiSafi f : families) {
        peer.sendEndOfRib(f);
      }
      err.println("ixwire bgp speak: announced " + routes.size() + " route(s) and End-of-RIB");
      err.flush();
    }

    @Override
    public void updateReceived(BgpPeer peer, BgpUpdate update, ErrorAction action) {
      try {
        UpdateResult r =
            peer.decoder()
                .decodeUpdate(
                    update.content(),
                    update.content().readerIndex(),
                    update.content().readableBytes(),
                    update.options());
        print(r.update(), r, update.content().readableBytes());
      } finally {
        update.release();
      }
    }

    @Override
    public void endOfRib(BgpPeer peer, AfiSafi family) {
      Update eor = Update.endOfRib(family);
      byte[] bytes = BgpEncoder.toByteArray(eor, peer.options());
      UpdateResult r =
          peer.decoder()
              .decodeUpdate(
                  io.netty.buffer.Unpooled.wrappedBuffer(bytes), 0, bytes.length, peer.options());
      print(eor, r, bytes.length);
    }

    @Override
    public void notification(BgpPeer peer, Notification n, boolean sent) {
      if (sent) {
        err.println("ixwire bgp speak: sent " + n);
        err.flush();
      }
    }
  }
}
