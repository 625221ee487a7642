package org.ixwire.cli.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.UpdateResult;
import org.ixwire.bgp.attribute.Community;
import org.ixwire.bgp.attribute.ExtendedCommunity;
import org.ixwire.bgp.attribute.LargeCommunity;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.netty.BgpPeer;
import org.ixwire.bgp.netty.BgpPeerListener;
import org.ixwire.bgp.netty.BgpSpeaker;
import org.ixwire.bgp.netty.PeerConfig;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.cli.Main;
import org.ixwire.testing.Hex;
import org.ixwire.testing.LeakCheckExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/**
 * {@code ixwire bgp speak} against a bgp-netty speaker on 127.0.66.7:17179: the routes given on the
 * command line arrive with exactly the attributes given, and every message the command prints is
 * the JSON {@code ixwire bgp decode --json} prints for the same bytes.
 */
@ExtendWith(LeakCheckExtension.class)
class SpeakCommandTest {

  @Test
  void announcesRoutesAndPrintsWhatItReceives() throws Exception {
    Map<Nlri, UpdateResult> received = new ConcurrentHashMap<>();
    CompletableFuture<BgpPeer> up = new CompletableFuture<>();
    List<AfiSafi> eors = new java.util.concurrent.CopyOnWriteArrayList<>();
    BgpPeerListener server =
        new BgpPeerListener() {
          @Override
          public void established(BgpPeer peer, Open remoteOpen, BgpSessionOptions options) {
            up.complete(peer);
          }

          @Override
          public void updateValues(BgpPeer peer, UpdateResult r) {
            for (Nlri n : r.update().announced()) {
              received.put(n, r);
            }
          }

          @Override
          public void endOfRib(BgpPeer peer, AfiSafi family) {
            eors.add(family);
          }
        };
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    Update ours =
        Update.builder()
            .origin(0)
            .asPath(65007)
            .nextHop(IpAddress.parse("192.0.2.7"))
            .communities(Community.of(65007, 1))
            .announce(PrefixNlri.unicast("198.18.0.0/15"))
            .build();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (BgpSpeaker speaker = new BgpSpeaker(group)) {
      BgpPeer peer =
          speaker.addPeer(
              PeerConfig.builder(
                      InetAddress.getByName("127.0.66.8"), 65007, IpAddress.parse("192.0.2.7"))
                  .localAddress(InetAddress.getByName("127.0.66.7"))
                  .peerAs(65008)
                  .passive(true)
                  .build(),
              server);
      speaker.listen(new InetSocketAddress("127.0.66.7", 17179)).sync();
      peer.start();
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      CompletableFuture<Integer> status =
          CompletableFuture.supplyAsync(
              () ->
                  cl.execute(
                      "bgp",
                      "speak",
                      "--peer",
                      "127.0.66.7:17179",
                      "--local-address",
                      "127.0.66.8",
                      "--local-as",
                      "65008",
                      "--peer-as",
                      "65007",
                      "--announce",
                      "203.0.113.0/24 next-hop 192.0.2.8 med 7 community 65008:1,65008:2"
                          + " large-community 65008:1:2 ext-community rt:65008:3 otc 65008",
                      "--announce",
                      "2001:db8:800::/48 next-hop 2001:db8::8 as-path 65008,64512 origin incomplete",
                      "--exit-after",
                      "60"));
      BgpPeer p = up.get(30, TimeUnit.SECONDS);
      p.send(ours).get(5, TimeUnit.SECONDS);
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while ((eors.size() < 2 || !out.toString().contains("198.18.0.0/15"))
          && System.nanoTime() < end) {
        Thread.sleep(100);
      }
      peer.stop(); // Cease: the command prints the NOTIFICATION and exits
      assertEquals(0, status.get(30, TimeUnit.SECONDS), err.toString());
      // what ixwire bgp speak announced, exactly
      assertEquals(
          Update.builder()
              .origin(0)
              .asPath(65008)
              .nextHop(IpAddress.parse("192.0.2.8"))
              .med(7)
              .communities(Community.of(65008, 1), Community.of(65008, 2))
              .largeCommunities(new LargeCommunity(65008, 1, 2))
              .extendedCommunities(ExtendedCommunity.routeTarget(65008, 3))
              .otc(65008)
              .announce(PrefixNlri.unicast("203.0.113.0/24"))
              .build(),
          received.get(PrefixNlri.unicast("203.0.113.0/24")).update());
      assertEquals(
          Update.builder()
              .origin(2)
              .asPath(65008, 64512)
              .nextHop(IpAddress.parse("2001:db8::8"))
              .announce(PrefixNlri.unicast("2001:db8:800::/48"))
              .build(),
          received.get(PrefixNlri.unicast("2001:db8:800::/48")).update());
      assertEquals(List.of(AfiSafi.IPV4_UNICAST, AfiSafi.IPV6_UNICAST), eors);
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
    List<String> types = new ArrayList<>();
    String updateLine = null;
    for (String line : out.toString().split("\n")) {
      types.add(line.replaceAll(".*?\"type\":\"([A-Z_]+)\".*", "$1"));
      if (line.contains("198.18.0.0/15")) {
        updateLine = line;
      }
    }
    assertEquals("OPEN", types.get(0), out.toString());
    assertEquals("KEEPALIVE", types.get(1), out.toString());
    assertEquals("NOTIFICATION", types.get(types.size() - 1), out.toString());
    assertTrue(types.contains("UPDATE"), out.toString());
    // the UPDATE line is what `ixwire bgp decode --json` prints for the same bytes
    String hex =
        Hex.of(BgpEncoder.toByteArray(ours, BgpSessionOptions.builder().fourOctetAs(true).build()));
    StringWriter dec = new StringWriter();
    CommandLine d = Main.commandLine();
    d.setOut(new PrintWriter(dec, true));
    assertEquals(0, d.execute("bgp", "decode", "--json", "--as4", "--hex", hex));
    assertTrue(updateLine != null, out.toString());
    assertEquals(fromType(dec.toString().strip()), fromType(updateLine));
  }

  static String fromType(String json) {
    return json.substring(json.indexOf("\"type\""));
  }
}
