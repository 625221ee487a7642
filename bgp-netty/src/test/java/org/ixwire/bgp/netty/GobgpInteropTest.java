package org.ixwire.bgp.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.netty.buffer.Unpooled;
import io.netty.channel.EventLoopGroup;
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
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.UpdateResult;
import org.ixwire.bgp.capability.GracefulRestartCapability;
import org.ixwire.bgp.capability.RoleCapability;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.testing.Hex;
import org.ixwire.testing.LeakCheckExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Interop with GoBGP (gobgpd) on 127.0.66.3:13179, its gRPC API on 127.0.66.3:50066. */
@Tag("interop")
@ExtendWith(LeakCheckExtension.class)
class GobgpInteropTest {
  static final String GOBGP = "127.0.66.3";
  static final String API_PORT = "50066";
  static Path dir;
  static Interop.Daemon gobgpd;
  static EventLoopGroup group;
  static BgpSpeaker speaker;
  static BgpPeer peer;
  static final Interop.Recorder recorder = new Interop.Recorder();

  static final String CONFIG =
      """
      [global.config]
        as = 65003
        router-id = "192.0.2.3"
        port = 13179
        local-address-list = ["127.0.66.3"]
      [[neighbors]]
        [neighbors.config]
          neighbor-address = "127.0.66.1"
          peer-as = 65001
        [neighbors.transport.config]
          local-address = "127.0.66.3"
          passive-mode = true
        [neighbors.timers.config]
          hold-time = 30
          keepalive-interval = 10
        [neighbors.graceful-restart.config]
          enabled = true
          restart-time = 120
        [neighbors.add-paths.config]
          receive = true
          send-max = 8
        [[neighbors.afi-safis]]
          [neighbors.afi-safis.config]
            afi-safi-name = "ipv4-unicast"
          [neighbors.afi-safis.mp-graceful-restart.config]
            enabled = true
        [[neighbors.afi-safis]]
          [neighbors.afi-safis.config]
            afi-safi-name = "ipv6-unicast"
          [neighbors.afi-safis.mp-graceful-restart.config]
            enabled = true
      """;

  @BeforeAll
  static void start() throws Exception {
    Path binary = Interop.requireBinary("/usr/bin/gobgpd", "/usr/sbin/gobgpd");
    Interop.requireBinary("/usr/bin/gobgp", "/usr/sbin/gobgp");
    dir = Interop.tempDir("gobgp");
    Files.writeString(dir.resolve("gobgpd.toml"), CONFIG);
    gobgpd =
        new Interop.Daemon(
            dir,
            "gobgpd",
            List.of(
                binary.toString(),
                "-f",
                dir.resolve("gobgpd.toml").toString(),
                "-p",
                "--api-hosts",
                GOBGP + ":" + API_PORT));
    Interop.await("gobgpd API", Duration.ofSeconds(15), () -> gobgp("global").contains("65003"));
    gobgp(
        "global",
        "rib",
        "add",
        "198.51.100.0/24",
        "community",
        "65003:666",
        "large-community",
        "65003:1:2",
        "rt",
        "65003:100");
    gobgp("global", "rib", "add", "203.0.113.0/24", "med", "20");
    gobgp(
        "global",
        "rib",
        "-a",
        "ipv6",
        "add",
        "2001:db8:300::/48",
        "community",
        "65003:6",
        "large-community",
        "65003:6:6");
    group = Interop.group();
    speaker = new BgpSpeaker(group);
    peer = speaker.addPeer(Interop.activePeer(GOBGP, 13179, 65003, -1), recorder);
    peer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    Interop.closeAll(speaker, Interop.shutdown(group), gobgpd);
  }

  static String gobgp(String... args) {
    List<String> cmd = new ArrayList<>(List.of("gobgp", "-u", GOBGP, "-p", API_PORT));
    cmd.addAll(List.of(args));
    return Interop.run(cmd.toArray(new String[0]));
  }

  /** Routes in GoBGP's JSON ({@code gobgp ... -j}) as prefix → facts of the first path. */
  static Map<String, Map<String, String>> routes(String json) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    JsonElement root = JsonParser.parseString(json.isBlank() ? "{}" : json);
    if (root.isJsonArray()) { // adj-in: a list of paths
      for (JsonElement p : root.getAsJsonArray()) {
        JsonObject o = p.getAsJsonObject();
        out.put(o.getAsJsonObject("nlri").get("prefix").getAsString(), facts(o));
      }
      return out;
    }
    for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().entrySet()) {
      out.put(e.getKey(), facts(e.getValue().getAsJsonArray().get(0).getAsJsonObject()));
    }
    return out;
  }

  static Map<String, String> facts(JsonObject path) {
    Map<String, String> m = new TreeMap<>();
    for (JsonElement ae : path.getAsJsonArray("attrs")) {
      JsonObject a = ae.getAsJsonObject();
      int type = a.get("type").getAsInt();
      switch (type) {
        case 1 -> m.put("origin", a.get("value").getAsString());
        case 2 -> {
          StringJoiner j = new StringJoiner(" ");
          for (JsonElement seg : a.getAsJsonArray("as_paths")) {
            for (JsonElement asn : seg.getAsJsonObject().getAsJsonArray("asns")) {
              j.add(asn.getAsString());
            }
          }
          m.put("as_path", j.toString());
        }
        case 3, 14 -> m.put("next_hop", a.get("nexthop").getAsString());
        case 4 -> m.put("med", a.get("metric").getAsString());
        case 5 -> m.put("local_pref", a.get("value").getAsString());
        case 8 -> {
          StringJoiner j = new StringJoiner(" ");
          for (JsonElement c : a.getAsJsonArray("communities")) {
            j.add(RouteFacts.community(c.getAsLong()));
          }
          m.put("community", j.toString());
        }
        case 16 -> {
          StringJoiner j = new StringJoiner(" ");
          for (JsonElement c : a.getAsJsonArray("value")) {
            JsonObject x = c.getAsJsonObject();
            String[] v = x.get("value").getAsString().split(":");
            j.add(
                RouteFacts.extended(
                    x.get("type").getAsInt(),
                    x.get("subtype").getAsInt(),
                    Long.parseLong(v[0]),
                    Long.parseLong(v[1])));
          }
          m.put("ext_community", j.toString());
        }
        case 32 -> {
          StringJoiner j = new StringJoiner(" ");
          for (JsonElement c : a.getAsJsonArray("value")) {
            JsonObject x = c.getAsJsonObject();
            j.add(x.get("ASN") + ":" + x.get("LocalData1") + ":" + x.get("LocalData2"));
          }
          m.put("large_community", j.toString());
        }
        default -> m.put("type" + type, a.toString());
      }
    }
    return m;
  }

  @Test
  void establishedWithTheConfiguredCapabilities() throws Exception {
    Open open = recorder.established.get(30, TimeUnit.SECONDS);
    assertEquals(65003, open.asn());
    GracefulRestartCapability gr = open.capability(GracefulRestartCapability.class).orElseThrow();
    assertEquals(120, gr.restartTime());
    assertFalse(open.capability(RoleCapability.class).isPresent(), "GoBGP has no BGP role");
    BgpSessionOptions o = recorder.options;
    assertTrue(o.fourOctetAs());
    assertFalse(o.extendedMessage(), "GoBGP does not offer RFC 8654");
    assertEquals(Set.of(AfiSafi.IPV4_UNICAST), o.addPathSendFamilies());
    assertEquals(Set.of(AfiSafi.IPV4_UNICAST), o.addPathReceiveFamilies());
    JsonObject n =
        JsonParser.parseString(gobgp("neighbor", Interop.IXWIRE, "-j")).getAsJsonObject();
    assertEquals(6, n.getAsJsonObject("state").get("session_state").getAsInt(), "ESTABLISHED");
  }

  @Test
  void gobgpRoutesArriveWithTheAttributesGobgpShows() throws Exception {
    recorder.established.get(30, TimeUnit.SECONDS);
    Interop.await(
        "End-of-RIB for IPv4 and IPv6",
        Duration.ofSeconds(20),
        () -> recorder.endOfRib.size() >= 2);
    Map<String, Map<String, String>> shown = new TreeMap<>(routes(gobgp("global", "rib", "-j")));
    shown.putAll(routes(gobgp("global", "rib", "-a", "ipv6", "-j")));
    assertEquals(Set.of("198.51.100.0/24", "203.0.113.0/24", "2001:db8:300::/48"), shown.keySet());
    for (Map.Entry<String, Map<String, String>> e : shown.entrySet()) {
      String prefix = e.getKey();
      boolean v6 = prefix.contains(":");
      UpdateResult r = recorder.find(prefix);
      // GoBGP's RIB entry, plus what its eBGP export does: its AS prepended, next hop self
      Map<String, String> expected = new TreeMap<>(e.getValue());
      expected.put("as_path", "65003");
      expected.put("next_hop", v6 ? "::ffff:127.0.66.3" : GOBGP);
      assertEquals(expected, RouteFacts.of(r.update()), prefix);
    }
  }

  static Update ours(String prefix, long pathId) {
    return Interop.oursWithoutOtc(prefix, pathId);
  }

  static Map<String, Map<String, String>> adjIn() {
    Map<String, Map<String, String>> m =
        new TreeMap<>(routes(gobgp("neighbor", Interop.IXWIRE, "adj-in", "-j")));
    m.putAll(routes(gobgp("neighbor", Interop.IXWIRE, "adj-in", "-a", "ipv6", "-j")));
    return m;
  }

  @Test
  void ourRoutesAppearInGobgpWithTheAttributesSent() throws Exception {
    recorder.established.get(30, TimeUnit.SECONDS);
    List<Update> sent =
        List.of(ours("10.66.0.0/16", 1), ours("10.67.0.0/24", 7), ours("2001:db8:6600::/40", 0));
    for (Update u : sent) {
      peer.send(u).get(5, TimeUnit.SECONDS);
    }
    Interop.await(
        "routes from ixwire in GoBGP's adj-in",
        Duration.ofSeconds(15),
        () ->
            adjIn()
                .keySet()
                .containsAll(Set.of("10.66.0.0/16", "10.67.0.0/24", "2001:db8:6600::/40")));
    Map<String, Map<String, String>> shown = adjIn();
    for (Update u : sent) {
      String prefix = ((PrefixNlri) u.announced().get(0)).prefix().toString();
      assertEquals(RouteFacts.of(u), shown.get(prefix), prefix);
    }
  }

  @Test
  void treatAsWithdrawKeepsBothSidesUp() throws Exception {
    recorder.established.get(30, TimeUnit.SECONDS);
    peer.send(ours("10.99.0.0/24", 1)).get(5, TimeUnit.SECONDS);
    Interop.await(
        "10.99.0.0/24 in GoBGP", Duration.ofSeconds(15), () -> adjIn().containsKey("10.99.0.0/24"));
    byte[] bad = BgpEncoder.toByteArray(ours("10.99.0.0/24", 1), peer.options());
    assertEquals("40010100", Hex.of(java.util.Arrays.copyOfRange(bad, 23, 27)));
    bad[26] = 5; // ORIGIN 5: RFC 7606 §7.1 treat-as-withdraw
    peer.sendRaw(Unpooled.wrappedBuffer(bad)).get(5, TimeUnit.SECONDS);
    Interop.await(
        "10.99.0.0/24 withdrawn in GoBGP",
        Duration.ofSeconds(15),
        () -> !adjIn().containsKey("10.99.0.0/24"));
    Thread.sleep(500);
    JsonObject n =
        JsonParser.parseString(gobgp("neighbor", Interop.IXWIRE, "-j")).getAsJsonObject();
    assertEquals(6, n.getAsJsonObject("state").get("session_state").getAsInt(), "ESTABLISHED");
    assertEquals(BgpState.ESTABLISHED, peer.state());
    assertEquals(1, peer.metrics().establishedTransitions());
    assertTrue(recorder.notifications.isEmpty(), recorder.notifications.toString());
    assertTrue(gobgpd.output().contains("treated as withdraw"), gobgpd.output());
  }
}
