package org.ixwire.bgp.netty;

import static org.ixwire.bgp.netty.Interop.ours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.EventLoopGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.UpdateResult;
import org.ixwire.bgp.attribute.Bytes;
import org.ixwire.bgp.capability.EnhancedRouteRefreshCapability;
import org.ixwire.bgp.capability.ExtendedMessageCapability;
import org.ixwire.bgp.capability.GracefulRestartCapability;
import org.ixwire.bgp.capability.RoleCapability;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.RouteRefresh;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.bgp.nlri.Prefix;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.testing.Hex;
import org.ixwire.testing.LeakCheckExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Interop with BIRD 2 (the route server of most IXPs) on 127.0.66.2:12179. */
@Tag("interop")
@ExtendWith(LeakCheckExtension.class)
class BirdInteropTest {
  static final String BIRD = "127.0.66.2";
  static Path dir;
  static Interop.Daemon bird;
  static EventLoopGroup group;
  static BgpSpeaker speaker;
  static BgpPeer peer;
  static final Interop.Recorder recorder = new Interop.Recorder();

  static final String CONFIG =
      """
      router id 192.0.2.2;
      protocol device { }
      protocol static s4 {
        ipv4;
        route 203.0.113.0/24 blackhole;
        route 198.51.100.0/24 blackhole {
          bgp_community.add((65002,666));
          bgp_large_community.add((65002,1,2));
          bgp_ext_community.add((rt,65002,100));
        };
      }
      protocol static s6 {
        ipv6;
        route 2001:db8:100::/48 blackhole {
          bgp_community.add((65002,6));
          bgp_large_community.add((65002,6,6));
        };
      }
      protocol bgp ixwire {
        local 127.0.66.2 port 12179 as 65002;
        neighbor 127.0.66.1 as 65001;
        strict bind yes;
        multihop;
        passive yes;
        local role peer;
        hold time 30;
        enable extended messages yes;
        graceful restart on;
        ipv4 { import all; export all; add paths on; next hop address 192.0.2.2; };
        ipv6 { import all; export all; next hop address 2001:db8::2; };
      }
      """;

  @BeforeAll
  static void start() throws Exception {
    Path binary = Interop.requireBinary("/usr/sbin/bird");
    dir = Interop.tempDir("bird");
    Files.writeString(dir.resolve("bird.conf"), CONFIG);
    bird =
        new Interop.Daemon(
            dir,
            "bird",
            List.of(
                binary.toString(),
                "-f",
                "-c",
                dir.resolve("bird.conf").toString(),
                "-s",
                dir.resolve("bird.ctl").toString(),
                "-P",
                dir.resolve("bird.pid").toString()));
    Interop.await(
        "BIRD control socket", Duration.ofSeconds(10), () -> Files.exists(dir.resolve("bird.ctl")));
    group = Interop.group();
    speaker = new BgpSpeaker(group);
    peer = speaker.addPeer(Interop.activePeer(BIRD, 12179, 65002, RoleCapability.PEER), recorder);
    peer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    Interop.closeAll(speaker, Interop.shutdown(group), bird);
  }

  static String birdc(String command) {
    return Interop.run("birdc", "-s", dir.resolve("bird.ctl").toString(), command);
  }

  /** The BGP.* lines of each route in birdc's "show route all" output, by prefix. */
  static Map<String, Map<String, String>> birdRoutes(String output) {
    Map<String, Map<String, String>> routes = new TreeMap<>();
    Map<String, String> current = null;
    for (String line : output.split("\n")) {
      if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.contains("/")) {
        current = new TreeMap<>();
        routes.put(line.split("\\s+")[0], current);
      } else if (current != null && line.strip().startsWith("BGP.")) {
        String l = line.strip();
        int colon = l.indexOf(": ");
        current.put(l.substring(4, colon), l.substring(colon + 2));
      }
    }
    return routes;
  }

  @Test
  void establishedWithTheConfiguredCapabilities() throws Exception {
    Open open = recorder.established.get(30, TimeUnit.SECONDS);
    assertEquals(65002, open.asn());
    assertEquals(30, open.holdTime());
    assertTrue(open.capability(ExtendedMessageCapability.class).isPresent());
    assertEquals(
        new RoleCapability(RoleCapability.PEER),
        open.capability(RoleCapability.class).orElseThrow());
    assertTrue(open.capability(GracefulRestartCapability.class).isPresent());
    assertTrue(open.capability(EnhancedRouteRefreshCapability.class).isPresent());
    BgpSessionOptions o = recorder.options;
    assertTrue(o.fourOctetAs());
    assertTrue(o.extendedMessage());
    assertEquals(Set.of(AfiSafi.IPV4_UNICAST), o.addPathReceiveFamilies());
    assertEquals(Set.of(AfiSafi.IPV4_UNICAST), o.addPathSendFamilies());
    assertEquals(BgpState.ESTABLISHED, peer.state());
    String proto = birdc("show protocols all ixwire");
    assertTrue(proto.contains("Established"), proto);
    assertTrue(proto.contains("Neighbor ID:      192.0.2.1"), proto);
    String neighborCaps = proto.substring(proto.indexOf("Neighbor capabilities"));
    for (String cap :
        List.of(
            "AF announced: ipv4 ipv6",
            "Route refresh",
            "Extended message",
            "Graceful restart",
            "4-octet AS numbers",
            "RX: ipv4",
            "TX: ipv4",
            "Enhanced refresh",
            "Role: peer")) {
      assertTrue(neighborCaps.contains(cap), cap + " in\n" + neighborCaps);
    }
    assertEquals(65535, ixwireFrameLimit());
  }

  static int ixwireFrameLimit() throws Exception {
    return peer.executor().submit(() -> peer.options().maxMessageLength()).get(5, TimeUnit.SECONDS);
  }

  @Test
  void birdRoutesArriveWithTheAttributesBirdShows() throws Exception {
    recorder.established.get(30, TimeUnit.SECONDS);
    Interop.await(
        "End-of-RIB for IPv4 and IPv6",
        Duration.ofSeconds(20),
        () -> recorder.endOfRib.size() >= 2);
    assertEquals(Set.of(AfiSafi.IPV4_UNICAST, AfiSafi.IPV6_UNICAST), Set.copyOf(recorder.endOfRib));
    Map<String, Map<String, String>> shown = birdRoutes(birdc("show route all export ixwire"));
    assertEquals(Set.of("198.51.100.0/24", "203.0.113.0/24", "2001:db8:100::/48"), shown.keySet());
    for (Map.Entry<String, Map<String, String>> e : shown.entrySet()) {
      String prefix = e.getKey();
      boolean v6 = prefix.contains(":");
      Nlri key =
          v6
              ? PrefixNlri.unicast(prefix)
              : new PrefixNlri(AfiSafi.IPV4_UNICAST, 2, Prefix.parse(prefix));
      UpdateResult r = recorder.rib.get(key);
      assertTrue(r != null, prefix + " received; have " + recorder.rib.keySet());
      // What BIRD's table shows for the route, plus what its BGP export adds by configuration:
      // ORIGIN IGP for a static route, its AS prepended, the configured next hop, and OTC with its
      // AS towards a peer (RFC 9234 §5, "local role peer").
      Map<String, String> expected = new TreeMap<>(e.getValue());
      expected.put("origin", "IGP");
      expected.put("as_path", "65002");
      expected.put("next_hop", v6 ? "2001:db8::2" : "192.0.2.2");
      expected.put("otc", "65002");
      assertEquals(expected, BirdText.of(r.update()), prefix);
      assertEquals(ErrorAction.NONE, r.action());
    }
  }

  @Test
  void ourRoutesAppearInBirdWithTheAttributesSent() throws Exception {
    recorder.established.get(30, TimeUnit.SECONDS);
    List<Update> sent =
        List.of(ours("10.66.0.0/16", 1), ours("10.67.0.0/24", 7), ours("2001:db8:6600::/40", 0));
    for (Update u : sent) {
      peer.send(u).get(5, TimeUnit.SECONDS);
    }
    Interop.await(
        "3 routes in BIRD from ixwire",
        Duration.ofSeconds(15),
        () -> birdRoutes(birdc("show route all protocol ixwire")).size() == 3);
    Map<String, Map<String, String>> shown = birdRoutes(birdc("show route all protocol ixwire"));
    for (Update u : sent) {
      String prefix = ((PrefixNlri) u.announced().get(0)).prefix().toString();
      Map<String, String> expected = BirdText.of(u);
      // BIRD adds LOCAL_PREF 100 on import from an eBGP peer (RFC 4271 §5.1.5 leaves it local)
      expected.put("local_pref", "100");
      assertEquals(expected, shown.get(prefix), prefix);
    }
  }

  @Test
  void treatAsWithdrawKeepsBothSidesUp() throws Exception {
    recorder.established.get(30, TimeUnit.SECONDS);
    peer.send(ours("10.99.0.0/24", 1)).get(5, TimeUnit.SECONDS);
    Interop.await(
        "10.99.0.0/24 in BIRD",
        Duration.ofSeconds(15),
        () -> birdRoutes(birdc("show route all protocol ixwire")).containsKey("10.99.0.0/24"));
    // The same route with ORIGIN 5: RFC 7606 §7.1 says treat-as-withdraw.
    byte[] bad = BgpEncoder.toByteArray(ours("10.99.0.0/24", 1), peer.options());
    assertEquals("40010100", Hex.of(java.util.Arrays.copyOfRange(bad, 23, 27)));
    bad[26] = 5;
    peer.sendRaw(Unpooled.wrappedBuffer(bad)).get(5, TimeUnit.SECONDS);
    Interop.await(
        "10.99.0.0/24 withdrawn in BIRD",
        Duration.ofSeconds(15),
        () -> !birdRoutes(birdc("show route all protocol ixwire")).containsKey("10.99.0.0/24"));
    Thread.sleep(500);
    assertTrue(birdc("show protocols ixwire").contains("Established"));
    assertEquals(BgpState.ESTABLISHED, peer.state());
    assertEquals(1, peer.metrics().establishedTransitions());
    assertTrue(recorder.notifications.isEmpty(), recorder.notifications.toString());
    String log = bird.output();
    assertTrue(log.isEmpty() || !log.contains("Error"), log);
  }

  @Test
  void enhancedRouteRefreshBothWays() throws Exception {
    recorder.established.get(30, TimeUnit.SECONDS);
    Interop.await(
        "End-of-RIB for IPv4 and IPv6",
        Duration.ofSeconds(20),
        () -> recorder.endOfRib.size() >= 2);
    // ixwire asks: BIRD re-sends IPv4 between BoRR and EoRR (RFC 7313 §4)
    peer.sendRouteRefresh(AfiSafi.IPV4_UNICAST, RouteRefresh.REQUEST).get(5, TimeUnit.SECONDS);
    Interop.await(
        "BoRR and EoRR from BIRD",
        Duration.ofSeconds(15),
        () ->
            recorder.routeRefreshes.contains(
                    new RouteRefresh(AfiSafi.IPV4_UNICAST, RouteRefresh.BORR, Bytes.EMPTY))
                && recorder.routeRefreshes.contains(
                    new RouteRefresh(AfiSafi.IPV4_UNICAST, RouteRefresh.EORR, Bytes.EMPTY)));
    // BIRD asks ("reload in"): ixwire reports the request to its user
    String reload = birdc("reload in ixwire");
    Interop.await(
        "ROUTE-REFRESH request from BIRD (" + reload.strip() + ")",
        Duration.ofSeconds(15),
        () ->
            recorder.routeRefreshes.contains(RouteRefresh.request(AfiSafi.IPV4_UNICAST))
                && recorder.routeRefreshes.contains(RouteRefresh.request(AfiSafi.IPV6_UNICAST)));
    assertEquals(BgpState.ESTABLISHED, peer.state());
  }
}
