package org.ixwire.bgp.netty;

import static org.ixwire.bgp.netty.Interop.ours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.netty.channel.EventLoopGroup;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.UpdateResult;
import org.ixwire.bgp.attribute.Bytes;
import org.ixwire.bgp.attribute.UnknownAttribute;
import org.ixwire.bgp.capability.EnhancedRouteRefreshCapability;
import org.ixwire.bgp.capability.ExtendedMessageCapability;
import org.ixwire.bgp.capability.GracefulRestartCapability;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.testing.LeakCheckExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Interop with ExaBGP: it connects from 127.0.66.5 to the ixwire speaker listening on
 * 127.0.66.1:16179 (the server side of {@link BgpSpeaker}), and reports every message it receives
 * as JSON through its API.
 */
@Tag("interop")
@ExtendWith(LeakCheckExtension.class)
class ExabgpInteropTest {
  static final String EXABGP = "127.0.66.5";
  static Path dir;
  static Interop.Daemon exabgp;
  static EventLoopGroup group;
  static BgpSpeaker speaker;
  static BgpPeer peer;
  static final Interop.Recorder recorder = new Interop.Recorder();

  static String config(Path api) {
    return """
        process dump {
          run /bin/sh -c "cat >> %s";
          encoder json;
        }
        neighbor 127.0.66.1 {
          router-id 192.0.2.5;
          local-address 127.0.66.5;
          local-as 65005;
          peer-as 65001;
          hold-time 30;
          connect 16179;
          capability {
            route-refresh;
            graceful-restart 120;
            add-path send/receive;
            extended-message;
          }
          family { ipv4 unicast; ipv6 unicast; }
          api {
            processes [ dump ];
            receive { parsed; update; notification; open; }
            neighbor-changes;
          }
          static {
            route 198.51.100.0/24 next-hop 127.0.66.5 community [ 65005:666 ] large-community [ 65005:1:2 ] extended-community [ target:65005:100 ];
            route 203.0.113.0/24 next-hop 127.0.66.5 as-path [ 65005 64512 ] med 20;
            route 2001:db8:500::/48 next-hop 2001:db8::5 community [ 65005:6 ] large-community [ 65005:6:6 ];
            route 192.0.2.128/25 next-hop 127.0.66.5 attribute [ 0x23 0xc0 0x000001 ];
          }
        }
        """
        .formatted(api);
  }

  @BeforeAll
  static void start() throws Exception {
    Path binary = Interop.requireBinary("/usr/sbin/exabgp", "/usr/bin/exabgp");
    dir = Interop.tempDir("exabgp");
    Files.writeString(dir.resolve("exabgp.conf"), config(dir.resolve("api.jsonl")));
    group = Interop.group();
    speaker = new BgpSpeaker(group);
    peer =
        speaker.addPeer(
            PeerConfig.builder(InetAddress.getByName(EXABGP), 65001, IpAddress.parse("192.0.2.1"))
                .localAddress(InetAddress.getByName(Interop.IXWIRE))
                .peerAs(65005)
                .holdTime(30)
                .passive(true)
                .capabilities(InteropCapabilities.full(-1))
                .build(),
            recorder);
    speaker.listen(new InetSocketAddress(Interop.IXWIRE, 16179)).sync();
    peer.start();
    exabgp =
        new Interop.Daemon(
            dir,
            "exabgp",
            List.of(
                "env",
                "exabgp.daemon.drop=false",
                "exabgp.api.cli=false",
                "exabgp.log.destination=stdout",
                "exabgp.tcp.bind=",
                binary.toString(),
                dir.resolve("exabgp.conf").toString()));
  }

  @AfterAll
  static void stop() throws Exception {
    Interop.closeAll(exabgp, speaker, Interop.shutdown(group));
  }

  static List<JsonObject> api() {
    List<JsonObject> out = new ArrayList<>();
    try {
      Path f = dir.resolve("api.jsonl");
      if (!Files.exists(f)) {
        return out;
      }
      for (String line : Files.readAllLines(f)) {
        if (line.startsWith("{")) {
          out.add(JsonParser.parseString(line).getAsJsonObject());
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** Routes ExaBGP reported receiving, by prefix, as facts; withdrawals remove them. */
  static Map<String, Map<String, String>> received() {
    Map<String, Map<String, String>> rib = new TreeMap<>();
    for (JsonObject o : api()) {
      if (!"update".equals(o.get("type").getAsString())) {
        continue;
      }
      JsonObject u =
          o.getAsJsonObject("neighbor").getAsJsonObject("message").getAsJsonObject("update");
      if (u.has("withdraw")) {
        for (Map.Entry<String, JsonElement> fam : u.getAsJsonObject("withdraw").entrySet()) {
          for (JsonElement n : fam.getValue().getAsJsonArray()) {
            rib.remove(n.getAsJsonObject().get("nlri").getAsString());
          }
        }
      }
      if (!u.has("announce")) {
        continue;
      }
      Map<String, String> attrs = facts(u.getAsJsonObject("attribute"));
      for (Map.Entry<String, JsonElement> fam : u.getAsJsonObject("announce").entrySet()) {
        for (Map.Entry<String, JsonElement> nh : fam.getValue().getAsJsonObject().entrySet()) {
          for (JsonElement n : nh.getValue().getAsJsonArray()) {
            Map<String, String> m = new TreeMap<>(attrs);
            m.put("next_hop", nh.getKey());
            rib.put(n.getAsJsonObject().get("nlri").getAsString(), m);
          }
        }
      }
    }
    return rib;
  }

  static Map<String, String> facts(JsonObject a) {
    Map<String, String> m = new TreeMap<>();
    for (Map.Entry<String, JsonElement> e : a.entrySet()) {
      JsonElement v = e.getValue();
      switch (e.getKey()) {
        case "origin" -> {
          int o = List.of("igp", "egp", "incomplete").indexOf(v.getAsString());
          m.put("origin", o < 0 ? v.toString() : Integer.toString(o));
        }
        case "as-path" -> {
          StringJoiner j = new StringJoiner(" ");
          for (JsonElement x : v.getAsJsonArray()) {
            j.add(x.getAsString());
          }
          m.put("as_path", j.toString());
        }
        case "med" -> m.put("med", v.getAsString());
        case "local-preference" -> m.put("local_pref", v.getAsString());
        case "community" -> {
          StringJoiner j = new StringJoiner(" ");
          for (JsonElement x : v.getAsJsonArray()) {
            j.add(x.getAsJsonArray().get(0) + ":" + x.getAsJsonArray().get(1));
          }
          m.put("community", j.toString());
        }
        case "large-community" -> {
          StringJoiner j = new StringJoiner(" ");
          for (JsonElement x : v.getAsJsonArray()) {
            j.add(
                x.getAsJsonArray().get(0)
                    + ":"
                    + x.getAsJsonArray().get(1)
                    + ":"
                    + x.getAsJsonArray().get(2));
          }
          m.put("large_community", j.toString());
        }
        case "extended-community" -> {
          StringJoiner j = new StringJoiner(" ");
          for (JsonElement x : v.getAsJsonArray()) {
            j.add(String.format("%016x", x.getAsJsonObject().get("value").getAsLong()));
          }
          m.put("ext_community", j.toString());
        }
        case "confederation-path" -> {
          if (!v.getAsJsonArray().isEmpty()) {
            m.put("confederation-path", v.toString());
          }
        }
        default -> m.put(e.getKey(), v.toString());
      }
    }
    return m;
  }

  @Test
  void establishedWithTheConfiguredCapabilities() throws Exception {
    Open open = recorder.established.get(60, TimeUnit.SECONDS);
    assertEquals(65005, open.asn());
    GracefulRestartCapability gr = open.capability(GracefulRestartCapability.class).orElseThrow();
    assertEquals(120, gr.restartTime());
    assertTrue(open.capability(ExtendedMessageCapability.class).isPresent());
    assertTrue(open.capability(EnhancedRouteRefreshCapability.class).isPresent());
    BgpSessionOptions o = recorder.options;
    assertTrue(o.fourOctetAs());
    assertTrue(o.extendedMessage());
    // ExaBGP offers ADD-PATH for IPv4 and IPv6, ixwire for IPv4 only
    assertEquals(Set.of(AfiSafi.IPV4_UNICAST), o.addPathReceiveFamilies());
    assertEquals(Set.of(AfiSafi.IPV4_UNICAST), o.addPathSendFamilies());
    Interop.await(
        "ExaBGP reports the session up",
        Duration.ofSeconds(10),
        () ->
            api().stream()
                .anyMatch(
                    j ->
                        "state".equals(j.get("type").getAsString())
                            && "up"
                                .equals(j.getAsJsonObject("neighbor").get("state").getAsString())));
  }

  @Test
  void exabgpRoutesArriveAsConfigured() throws Exception {
    recorder.established.get(60, TimeUnit.SECONDS);
    Interop.await("ExaBGP's routes", Duration.ofSeconds(20), () -> recorder.actions.size() >= 4);
    // ExaBGP has no RIB to show: its configuration is what it announces (its AS prepended when
    // the route names no AS path, eBGP).
    Map<String, Map<String, String>> expected = new TreeMap<>();
    expected.put(
        "198.51.100.0/24",
        Map.of(
            "origin", "0",
            "as_path", "65005",
            "next_hop", "127.0.66.5",
            "community", "65005:666",
            "large_community", "65005:1:2",
            "ext_community", RouteFacts.extended(0, 2, 65005, 100)));
    expected.put(
        "203.0.113.0/24",
        Map.of("origin", "0", "as_path", "65005 64512", "next_hop", "127.0.66.5", "med", "20"));
    expected.put(
        "2001:db8:500::/48",
        Map.of(
            "origin", "0",
            "as_path", "65005",
            "next_hop", "2001:db8::5",
            "community", "65005:6",
            "large_community", "65005:6:6"));
    Map<String, Map<String, String>> got = new TreeMap<>();
    for (Map.Entry<Nlri, UpdateResult> e : recorder.rib.entrySet()) {
      got.put(((PrefixNlri) e.getKey()).prefix().toString(), RouteFacts.of(e.getValue().update()));
    }
    assertEquals(expected, got);
    // 192.0.2.128/25 carries an OTC of 3 octets (RFC 9234 §5: treat-as-withdraw): not installed,
    // session up
    assertTrue(
        recorder.actions.contains(ErrorAction.TREAT_AS_WITHDRAW), recorder.actions.toString());
    assertEquals(1, peer.metrics().treatAsWithdraw());
    assertEquals(BgpState.ESTABLISHED, peer.state());
  }

  static String originOf(String prefix) {
    Map<String, String> f = received().get(prefix);
    return f == null ? null : f.get("origin");
  }

  /**
   * ExaBGP's facts for a route ixwire sent: it keeps the OTC it does not know as a raw attribute.
   */
  static Map<String, String> asExabgpShows(Update u) {
    Map<String, String> m = new TreeMap<>(RouteFacts.of(u));
    String otc = m.remove("otc");
    if (otc != null) {
      // unknown optional transitive: ExaBGP sets the Partial bit (0xc0 | 0x20), RFC 4271 §5
      m.put("attribute-0x23-0xE0", String.format("\"0x%08x\"", Long.parseLong(otc)));
    }
    return m;
  }

  @Test
  void ourRoutesReachExabgpWithTheAttributesSent() throws Exception {
    recorder.established.get(60, TimeUnit.SECONDS);
    List<Update> sent =
        List.of(ours("10.66.0.0/16", 1), ours("10.67.0.0/24", 7), ours("2001:db8:6600::/40", 0));
    for (Update u : sent) {
      peer.send(u).get(5, TimeUnit.SECONDS);
    }
    Interop.await(
        "routes in ExaBGP",
        Duration.ofSeconds(15),
        () ->
            received()
                .keySet()
                .containsAll(List.of("10.66.0.0/16", "10.67.0.0/24", "2001:db8:6600::/40")));
    Map<String, Map<String, String>> shown = received();
    for (Update u : sent) {
      String prefix = ((PrefixNlri) u.announced().get(0)).prefix().toString();
      assertEquals(asExabgpShows(u), shown.get(prefix), prefix);
    }
  }

  @Test
  void treatAsWithdrawKeepsBothSidesUp() throws Exception {
    recorder.established.get(60, TimeUnit.SECONDS);
    peer.send(ours("10.99.0.0/24", 1)).get(5, TimeUnit.SECONDS);
    Interop.await(
        "10.99.0.0/24 in ExaBGP",
        Duration.ofSeconds(15),
        () -> received().containsKey("10.99.0.0/24"));
    // ORIGIN 5: RFC 7606 §7.1 treat-as-withdraw
    Update bad = ours("10.99.0.0/24", 1, new UnknownAttribute(0x40, 1, Bytes.of(new byte[] {5})));
    peer.send(bad).get(5, TimeUnit.SECONDS);
    // ExaBGP keeps no RIB and applies no RFC 7606 judgement: it reports the UPDATE with
    // "origin": "invalid" and keeps the session; a later UPDATE still gets through.
    Interop.await(
        "ExaBGP reports the invalid ORIGIN",
        Duration.ofSeconds(15),
        () -> "\"invalid\"".equals(originOf("10.99.0.0/24")));
    peer.send(ours("10.98.0.0/24", 1)).get(5, TimeUnit.SECONDS);
    Interop.await(
        "a later route in ExaBGP",
        Duration.ofSeconds(15),
        () -> received().containsKey("10.98.0.0/24"));
    Thread.sleep(500);
    assertEquals(BgpState.ESTABLISHED, peer.state());
    assertEquals(1, peer.metrics().establishedTransitions());
    assertTrue(recorder.notifications.isEmpty(), recorder.notifications.toString());
    assertTrue(
        api().stream().noneMatch(j -> "notification".equals(j.get("type").getAsString())),
        exabgp.output());
  }
}
