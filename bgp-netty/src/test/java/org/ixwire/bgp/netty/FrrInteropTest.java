package org.ixwire.bgp.netty;

import static org.ixwire.bgp.netty.Interop.ours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.netty.channel.EventLoopGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.ixwire.bgp.capability.ExtendedMessageCapability;
import org.ixwire.bgp.capability.GracefulRestartCapability;
import org.ixwire.bgp.capability.RoleCapability;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.testing.LeakCheckExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Interop with FRR's bgpd (standalone, no zebra) on 127.0.66.4:14179, read through vtysh. */
@Tag("interop")
@ExtendWith(LeakCheckExtension.class)
class FrrInteropTest {
  static final String FRR = "127.0.66.4";
  static Path dir;
  static Interop.Daemon bgpd;
  static EventLoopGroup group;
  static BgpSpeaker speaker;
  static BgpPeer peer;
  static final Interop.Recorder recorder = new Interop.Recorder();

  static final String CONFIG =
      """
      hostname frr-ixwire
      !
      route-map TAG4 permit 10
       set community 65004:666
       set large-community 65004:1:2
       set extcommunity rt 65004:100
      exit
      !
      route-map TAG6 permit 10
       set community 65004:6
       set large-community 65004:6:6
      exit
      !
      router bgp 65004
       bgp router-id 192.0.2.4
       no bgp ebgp-requires-policy
       no bgp default ipv4-unicast
       no bgp network import-check
       bgp graceful-restart
       neighbor 127.0.66.1 remote-as 65001
       neighbor 127.0.66.1 passive
       neighbor 127.0.66.1 update-source 127.0.66.4
       neighbor 127.0.66.1 ebgp-multihop 2
       neighbor 127.0.66.1 local-role peer
       neighbor 127.0.66.1 timers 10 30
       !
       address-family ipv4 unicast
        network 198.51.100.0/24 route-map TAG4
        network 203.0.113.0/24
        neighbor 127.0.66.1 activate
        neighbor 127.0.66.1 addpath-tx-all-paths
       exit-address-family
       address-family ipv6 unicast
        network 2001:db8:400::/48 route-map TAG6
        neighbor 127.0.66.1 activate
       exit-address-family
      !
      """;

  @BeforeAll
  static void start() throws Exception {
    Path binary = Interop.requireBinary("/usr/lib/frr/bgpd");
    Interop.requireBinary("/usr/bin/vtysh");
    dir = Interop.tempDir("frr");
    Files.writeString(dir.resolve("bgpd.conf"), CONFIG);
    bgpd =
        new Interop.Daemon(
            dir,
            "bgpd",
            List.of(
                binary.toString(),
                "-f",
                dir.resolve("bgpd.conf").toString(),
                "-i",
                dir.resolve("bgpd.pid").toString(),
                "-z",
                dir.resolve("zserv.api").toString(),
                "--vty_socket",
                dir.toString(),
                "-Z",
                "-S",
                "-n",
                "-p",
                "14179",
                "-l",
                FRR,
                "-P",
                "0",
                "--log",
                "stdout"));
    Interop.await(
        "bgpd vty", Duration.ofSeconds(15), () -> vtysh("show bgp summary").contains("65004"));
    group = Interop.group();
    speaker = new BgpSpeaker(group);
    peer = speaker.addPeer(Interop.activePeer(FRR, 14179, 65004, RoleCapability.PEER), recorder);
    peer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    Interop.closeAll(speaker, Interop.shutdown(group), bgpd);
  }

  static String vtysh(String command) {
    return Interop.run("vtysh", "--vty_socket", dir.toString(), "-c", command);
  }

  /** Facts of the first path of {@code prefix} in {@code show bgp <afi> unicast <prefix> json}. */
  static Map<String, String> facts(String prefix) {
    String afi = prefix.contains(":") ? "ipv6" : "ipv4";
    JsonObject o =
        JsonParser.parseString(vtysh("show bgp " + afi + " unicast " + prefix + " json"))
            .getAsJsonObject();
    if (!o.has("paths")) {
      return Map.of();
    }
    JsonObject p = o.getAsJsonArray("paths").get(0).getAsJsonObject();
    Map<String, String> m = new TreeMap<>();
    m.put(
        "origin",
        Integer.toString(
            List.of("IGP", "EGP", "incomplete").indexOf(p.get("origin").getAsString())));
    String path = p.getAsJsonObject("aspath").get("string").getAsString();
    m.put("as_path", path.equals("Local") ? "" : path);
    if (p.has("metric")) {
      m.put("med", p.get("metric").getAsString());
    }
    if (p.has("locPrf")) {
      m.put("local_pref", p.get("locPrf").getAsString());
    }
    if (p.has("community")) {
      m.put("community", join(p.getAsJsonObject("community").getAsJsonArray("list")));
    }
    if (p.has("largeCommunity")) {
      m.put("large_community", join(p.getAsJsonObject("largeCommunity").getAsJsonArray("list")));
    }
    if (p.has("extendedCommunity")) {
      StringJoiner j = new StringJoiner(" ");
      for (String rt :
          p.getAsJsonObject("extendedCommunity").get("string").getAsString().split(" ")) {
        String[] f = rt.split(":"); // RT:asn:value
        if (!f[0].equals("RT")) {
          throw new IllegalArgumentException(rt);
        }
        j.add(RouteFacts.extended(0, 2, Long.parseLong(f[1]), Long.parseLong(f[2])));
      }
      m.put("ext_community", j.toString());
    }
    if (p.has("otc")) {
      m.put("otc", p.get("otc").getAsString());
    }
    StringJoiner nh = new StringJoiner(" ");
    for (JsonElement n : p.getAsJsonArray("nexthops")) {
      nh.add(n.getAsJsonObject().get("ip").getAsString());
    }
    m.put("next_hop", nh.toString());
    return m;
  }

  static String join(com.google.gson.JsonArray a) {
    StringJoiner j = new StringJoiner(" ");
    for (JsonElement e : a) {
      j.add(e.getAsString());
    }
    return j.toString();
  }

  @Test
  void establishedWithTheConfiguredCapabilities() throws Exception {
    Open open = recorder.established.get(30, TimeUnit.SECONDS);
    assertEquals(65004, open.asn());
    assertEquals(
        new RoleCapability(RoleCapability.PEER),
        open.capability(RoleCapability.class).orElseThrow());
    assertTrue(open.capability(GracefulRestartCapability.class).isPresent());
    assertTrue(open.capability(ExtendedMessageCapability.class).isPresent());
    BgpSessionOptions o = recorder.options;
    assertTrue(o.fourOctetAs());
    assertTrue(o.extendedMessage());
    assertEquals(Set.of(AfiSafi.IPV4_UNICAST), o.addPathReceiveFamilies());
    JsonObject n =
        JsonParser.parseString(vtysh("show bgp neighbors " + Interop.IXWIRE + " json"))
            .getAsJsonObject()
            .getAsJsonObject(Interop.IXWIRE);
    assertEquals("Established", n.get("bgpState").getAsString(), vtysh("show bgp summary") + n);
  }

  @Test
  void frrRoutesArriveWithTheAttributesFrrShows() throws Exception {
    recorder.established.get(30, TimeUnit.SECONDS);
    Interop.await(
        "End-of-RIB for IPv4 and IPv6",
        Duration.ofSeconds(20),
        () -> recorder.endOfRib.size() >= 2);
    for (String prefix : List.of("198.51.100.0/24", "203.0.113.0/24", "2001:db8:400::/48")) {
      boolean v6 = prefix.contains(":");
      UpdateResult r = recorder.find(prefix);
      // FRR's RIB entry, plus its eBGP export: its AS prepended, next hop self, OTC with its AS
      // towards a peer (RFC 9234 §5)
      Map<String, String> expected = new TreeMap<>(facts(prefix));
      expected.put("as_path", "65004");
      expected.put("next_hop", v6 ? "::ffff:127.0.66.4" : FRR);
      expected.put("otc", "65004");
      assertEquals(expected, RouteFacts.of(r.update()), prefix);
    }
  }

  @Test
  void ourRoutesAppearInFrrWithTheAttributesSent() throws Exception {
    recorder.established.get(30, TimeUnit.SECONDS);
    List<Update> sent =
        List.of(ours("10.66.0.0/16", 1), ours("10.67.0.0/24", 7), ours("2001:db8:6600::/40", 0));
    for (Update u : sent) {
      peer.send(u).get(5, TimeUnit.SECONDS);
    }
    for (Update u : sent) {
      String prefix = ((PrefixNlri) u.announced().get(0)).prefix().toString();
      Interop.await(prefix + " in FRR", Duration.ofSeconds(15), () -> !facts(prefix).isEmpty());
      assertEquals(RouteFacts.of(u), facts(prefix), prefix);
    }
  }

  @Test
  void treatAsWithdrawKeepsBothSidesUp() throws Exception {
    recorder.established.get(30, TimeUnit.SECONDS);
    peer.send(ours("10.99.0.0/24", 1)).get(5, TimeUnit.SECONDS);
    Interop.await(
        "10.99.0.0/24 in FRR", Duration.ofSeconds(15), () -> !facts("10.99.0.0/24").isEmpty());
    // OTC of 3 octets: RFC 9234 §5 (and RFC 7606 §3 for optional attributes) say
    // treat-as-withdraw. It is the last attribute on purpose: FRR 8.4 (Debian 12) does not skip
    // the attributes after a treat-as-withdraw one and then misreads them as NLRI and resets the
    // session (fixed upstream by FRRouting/frr pull request 14129, 2023).
    Update bad =
        ours("10.99.0.0/24", 1, new UnknownAttribute(0xc0, 35, Bytes.of(new byte[] {0, 0, 1})));
    peer.send(bad).get(5, TimeUnit.SECONDS);
    Interop.await(
        "10.99.0.0/24 withdrawn in FRR",
        Duration.ofSeconds(15),
        () -> facts("10.99.0.0/24").isEmpty());
    Thread.sleep(500);
    JsonObject n =
        JsonParser.parseString(vtysh("show bgp neighbors " + Interop.IXWIRE + " json"))
            .getAsJsonObject()
            .getAsJsonObject(Interop.IXWIRE);
    assertEquals("Established", n.get("bgpState").getAsString(), bgpd.output());
    assertEquals(BgpState.ESTABLISHED, peer.state());
    assertEquals(1, peer.metrics().establishedTransitions());
    assertTrue(recorder.notifications.isEmpty(), recorder.notifications.toString());
    assertTrue(bgpd.output().contains("treating as withdrawal"), bgpd.output());
  }
}
