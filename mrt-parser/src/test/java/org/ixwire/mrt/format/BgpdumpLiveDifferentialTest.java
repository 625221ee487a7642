package org.ixwire.mrt.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.attribute.AggregatorAttribute;
import org.ixwire.bgp.attribute.AsPath;
import org.ixwire.bgp.attribute.AsPathAttribute;
import org.ixwire.bgp.attribute.LargeCommunity;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Prefix;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.mrt.MrtReader;
import org.ixwire.mrt.MrtWriter;
import org.ixwire.mrt.record.MrtSubtype;
import org.ixwire.mrt.record.PeerIndexTable;
import org.ixwire.testing.LeakCheckExtension;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential test against the live bgpdump (Debian package, installed by {@code .ci/run}): seeded
 * random MRT files — a PEER_INDEX_TABLE and RIB_IPV4/IPV6_UNICAST records, and BGP4MP / BGP4MP_ET
 * UPDATE messages (2- and 4-octet AS, IPv4 and MP IPv6, withdrawals) with varied attributes (AS_SET
 * and confederation segments, AS4_PATH and AS4_AGGREGATOR behind AS_TRANS, well-known, large and
 * extended communities, OTC, MED, LOCAL_PREF, missing ORIGIN or NEXT_HOP) — written with {@link
 * org.ixwire.mrt.MrtWriter} and bgp-core's encoder, must print the same lines in bgpdump ({@code
 * -m}, {@code -M}, {@code -m -l}, {@code -m -u}) and in {@link BgpdumpFormatter}. Skips with a
 * message when bgpdump is not installed.
 */
@ExtendWith(LeakCheckExtension.class)
class BgpdumpLiveDifferentialTest {
  private static final String[][] VARIANTS = {{"-m"}, {"-M"}, {"-m", "-l"}, {"-m", "-u"}};

  private static @Nullable Path bgpdump() {
    String path = System.getenv("PATH");
    for (String dir : (path == null ? "/usr/bin:/usr/local/bin" : path).split(":")) {
      Path p = Path.of(dir, "bgpdump");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void ribDumpsPrintLikeBgpdump(long seed, @TempDir Path dir) throws Exception {
    Path bgpdump = bgpdump();
    assumeTrue(bgpdump != null, "bgpdump not installed (Debian package bgpdump): skipping");
    Path file = dir.resolve("rib-" + seed + ".mrt");
    write(file, ribDump(new SplittableRandom(seed)));
    compare(bgpdump, file, seed, 400);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16})
  void updatesPrintLikeBgpdump(long seed, @TempDir Path dir) throws Exception {
    Path bgpdump = bgpdump();
    assumeTrue(bgpdump != null, "bgpdump not installed (Debian package bgpdump): skipping");
    Path file = dir.resolve("updates-" + seed + ".mrt");
    write(file, updates(new SplittableRandom(seed)));
    compare(bgpdump, file, seed, 300);
  }

  /**
   * A known bgpdump 1.6.2 bug, not copied: for a COMMUNITIES attribute of length 0 it prints
   * uninitialised memory as the communities field (seen as random bytes such as {@code L>a});
   * ixwire prints the empty list as an empty field. Every other field of the line agrees.
   */
  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23})
  void emptyCommunitiesAttribute(long seed, @TempDir Path dir) throws Exception {
    Path bgpdump = bgpdump();
    assumeTrue(bgpdump != null, "bgpdump not installed (Debian package bgpdump): skipping");
    SplittableRandom rnd = new SplittableRandom(seed);
    PeerIndexTable table =
        PeerIndexTable.of(
            1, "", List.of(new PeerIndexTable.Peer(2, 1, IpAddress.parse("192.0.2.1"), 64500)));
    ByteBuf out = Unpooled.buffer();
    MrtWriter.writePeerIndexTable(1_500_000_000L, table, out);
    Update.Builder b = Update.builder().communities();
    attributes(rnd, b, true, true, true);
    b.communities();
    BgpSessionOptions opts = BgpSessionOptions.builder().fourOctetAs(true).build();
    ByteBuf attrs = Unpooled.wrappedBuffer(attributeBytes(b.build(), opts));
    ByteBuf prefix = Unpooled.wrappedBuffer(new byte[] {(byte) 198, 51, 100});
    MrtWriter.writeRib(
        1_500_000_000L,
        MrtSubtype.RIB_IPV4_UNICAST,
        0,
        prefix,
        0,
        24,
        List.of(new MrtWriter.RibEntry(0, 1_500_000_000L, 0, attrs)),
        out);
    attrs.release();
    prefix.release();
    Path file = dir.resolve("empty-communities.mrt");
    write(file, out);
    Process p = new ProcessBuilder(bgpdump.toString(), "-m", file.toString()).start();
    String theirs;
    try (InputStream in = p.getInputStream()) {
      theirs = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bgpdump finished");
    StringBuilder ours = new StringBuilder();
    try (MrtReader r = MrtReader.open(file)) {
      BgpdumpFormatter f = BgpdumpFormatter.builder().build();
      while (r.next()) {
        f.format(r.record(), ours);
      }
    }
    String[] t = theirs.split("\\|", -1);
    String[] o = ours.toString().split("\\|", -1);
    // the uninitialised memory of field 11 may itself contain '|': compare the fields before it
    // from the start of the line and the fields after it from the end
    assertTrue(t.length >= o.length, theirs + " / " + ours);
    for (int i = 0; i < 11; i++) {
      assertEquals(t[i], o[i], "field " + i);
    }
    for (int i = 12; i < o.length; i++) {
      assertEquals(t[i + t.length - o.length], o[i], "field " + i);
    }
    assertEquals("", o[11], "ixwire prints an empty communities field");
  }

  /**
   * A short AGGREGATOR (fewer bytes than AS plus address): bgpdump 1.6.2 reads it as if
   * zero-padded. Every length, in RIB entries (4-octet AS) shared by two peers and in BGP4MP
   * updates (2-octet AS, also AS_TRANS with an AS4_AGGREGATOR), the same blob after different
   * bytes.
   */
  @org.junit.jupiter.api.Test
  void shortAggregatorReadsAsZeroPadded(@TempDir Path dir) throws Exception {
    Path bgpdump = bgpdump();
    assumeTrue(bgpdump != null, "bgpdump not installed (Debian package bgpdump): skipping");
    ByteBuf out = Unpooled.buffer();
    PeerIndexTable table =
        PeerIndexTable.of(
            1,
            "",
            List.of(
                new PeerIndexTable.Peer(2, 1, IpAddress.parse("192.0.2.1"), 64501),
                new PeerIndexTable.Peer(2, 2, IpAddress.parse("192.0.2.2"), 64502)));
    MrtWriter.writePeerIndexTable(1_600_000_000L, table, out);
    int seq = 0;
    for (int len = 0; len <= 9; len++) {
      ByteBuf attrs = Unpooled.buffer();
      attrs.writeBytes(
          new byte[] {0x40, 1, 1, 0, 0x40, 2, 6, 2, 1, 0, 0, (byte) 0xfb, (byte) 0xf5});
      attrs.writeBytes(new byte[] {0x40, 3, 4, (byte) 192, 0, 2, 9});
      attrs.writeByte(0xc0).writeByte(7).writeByte(len);
      for (int k = 1; k <= len; k++) {
        attrs.writeByte(k);
      }
      for (int peer = 0; peer < 2; peer++) {
        ByteBuf prefix = Unpooled.wrappedBuffer(new byte[] {10, (byte) seq, 0});
        MrtWriter.writeRib(
            1_600_000_000L,
            MrtSubtype.RIB_IPV4_UNICAST,
            seq++,
            prefix,
            0,
            24,
            List.of(new MrtWriter.RibEntry(peer, 1_500_000_000L + seq, 0, attrs)),
            out);
        prefix.release();
      }
      attrs.release();
    }
    for (int len = 0; len <= 7; len++) {
      for (boolean trans : new boolean[] {false, true}) {
        ByteBuf attrs = Unpooled.buffer();
        attrs.writeBytes(new byte[] {0x40, 1, 1, 0, 0x40, 2, 4, 2, 1, 0x5b, (byte) 0xa0});
        attrs.writeBytes(new byte[] {0x40, 3, 4, (byte) 192, 0, 2, 9});
        attrs.writeByte(0xc0).writeByte(7).writeByte(len);
        for (int k = 0; k < len; k++) {
          attrs.writeByte(trans && k < 2 ? (k == 0 ? 0x5b : 0xa0) : k + 1);
        }
        if (trans) {
          attrs.writeBytes(new byte[] {(byte) 0xc0, 18, 8, 0, 3, 0, 1, (byte) 198, 51, 100, 7});
        }
        ByteBuf message = Unpooled.buffer();
        for (int k = 0; k < 16; k++) {
          message.writeByte(0xff); // marker
        }
        int length = 19 + 2 + 2 + attrs.readableBytes() + 4;
        message.writeShort(length).writeByte(2).writeShort(0).writeShort(attrs.readableBytes());
        message.writeBytes(attrs).writeByte(24).writeBytes(new byte[] {(byte) 203, 0, (byte) len});
        MrtWriter.writeBgp4mpMessage(
            1_600_000_100L,
            -1,
            MrtSubtype.BGP4MP_MESSAGE,
            64501,
            64500,
            0,
            IpAddress.parse("192.0.2.1"),
            IpAddress.parse("192.0.2.254"),
            message,
            out);
        message.release();
        attrs.release();
      }
    }
    Path file = dir.resolve("short-aggregator.mrt");
    write(file, out);
    compare(bgpdump, file, 0, 30);
  }

  private static void write(Path file, ByteBuf content) throws IOException {
    try {
      byte[] bytes = new byte[content.readableBytes()];
      content.readBytes(bytes);
      Files.write(file, bytes);
    } finally {
      content.release();
    }
  }

  private static void compare(Path bgpdump, Path file, long seed, int minLines) throws Exception {
    for (String[] flags : VARIANTS) {
      List<String> cmd = new ArrayList<>();
      cmd.add(bgpdump.toString());
      cmd.addAll(Arrays.asList(flags));
      cmd.add(file.toString());
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String expected;
      try (InputStream in = p.getInputStream()) {
        expected = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      }
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bgpdump finished");
      BgpdumpFormatter f =
          BgpdumpFormatter.builder()
              .humanReadable(flags[0].equals("-M"))
              .largeCommunities(flags.length > 1 && flags[1].equals("-l"))
              .unknownAttributes(flags.length > 1 && flags[1].equals("-u"))
              .build();
      StringBuilder actual = new StringBuilder();
      try (MrtReader r = MrtReader.open(file)) {
        while (r.next()) {
          f.format(r.record(), actual);
        }
      }
      List<String> exp = List.of(expected.split("\n", -1));
      List<String> act = List.of(actual.toString().split("\n", -1));
      assertTrue(exp.size() > minLines, "bgpdump printed " + exp.size() + " lines");
      for (int i = 0; i < Math.min(exp.size(), act.size()); i++) {
        assertEquals(
            exp.get(i),
            act.get(i),
            "seed " + seed + ", bgpdump " + String.join(" ", flags) + ", line " + (i + 1));
      }
      assertEquals(exp.size(), act.size(), "seed " + seed + ": line count");
    }
  }

  // ---- generators ---------------------------------------------------------------------------

  private static long asn(SplittableRandom rnd, boolean fourOctet) {
    switch (rnd.nextInt(4)) {
      case 0:
        return 1 + rnd.nextInt(64511);
      case 1:
        return fourOctet ? 65536 + rnd.nextLong(4294901760L - 65536) : 64512 + rnd.nextInt(1023);
      case 2:
        return fourOctet ? 4200000000L + rnd.nextInt(94967295) : 1 + rnd.nextInt(9999);
      default:
        return fourOctet ? rnd.nextLong(1L << 32) : 1 + rnd.nextInt(65535);
    }
  }

  private static AsPath asPath(SplittableRandom rnd, boolean fourOctet) {
    List<AsPath.Segment> segs = new ArrayList<>();
    int n = rnd.nextInt(10) == 0 ? 0 : 1 + rnd.nextInt(3);
    for (int s = 0; s < n; s++) {
      int type = s == 0 || rnd.nextInt(4) != 0 ? AsPath.AS_SEQUENCE : 1 + rnd.nextInt(4);
      long[] asns = new long[1 + rnd.nextInt(type == AsPath.AS_SEQUENCE ? 12 : 4)];
      for (int k = 0; k < asns.length; k++) {
        asns[k] = asn(rnd, fourOctet);
      }
      segs.add(
          new AsPath.Segment(type, com.google.common.primitives.ImmutableLongArray.copyOf(asns)));
    }
    return new AsPath(com.google.common.collect.ImmutableList.copyOf(segs));
  }

  private static IpAddress ipv4(SplittableRandom rnd) {
    return IpAddress.ipv4(rnd.nextInt());
  }

  private static IpAddress ipv6(SplittableRandom rnd) {
    byte[] a = new byte[16];
    a[0] = 0x20;
    a[1] = 0x01;
    a[2] = 0x0d;
    a[3] = (byte) 0xb8;
    for (int k = 4; k < 16; k++) {
      // runs of zero groups, as real addresses have
      a[k] = rnd.nextInt(3) == 0 ? (byte) rnd.nextInt(256) : 0;
    }
    return IpAddress.of(a);
  }

  private static Prefix prefix(SplittableRandom rnd, boolean v6) {
    if (v6) {
      return Prefix.of(ipv6(rnd), 16 + rnd.nextInt(113));
    }
    return Prefix.of(ipv4(rnd), 8 + rnd.nextInt(25));
  }

  /**
   * Random attributes into {@code b}; {@code fourOctet} is the AS width of the encoding session
   * (for 2-octet sessions, 4-octet ASNs travel as AS_TRANS with AS4_PATH / AS4_AGGREGATOR).
   */
  private static void attributes(
      SplittableRandom rnd,
      Update.Builder b,
      boolean fourOctet,
      boolean ipv4NextHop,
      boolean announcement) {
    if (announcement || rnd.nextInt(12) != 0) {
      b.origin(rnd.nextInt(3));
    }
    boolean wide = !fourOctet && rnd.nextBoolean();
    AsPath path = asPath(rnd, fourOctet || wide);
    if (announcement || rnd.nextInt(15) != 0) {
      b.asPath(path);
      if (wide) {
        b.attribute(AsPathAttribute.as4(path));
      }
    }
    if (ipv4NextHop) {
      b.attribute(org.ixwire.bgp.attribute.NextHopAttribute.of(ipv4(rnd)));
    }
    if (rnd.nextBoolean()) {
      b.med(rnd.nextLong(1L << 32));
    }
    if (rnd.nextBoolean()) {
      b.localPref(rnd.nextInt(3) == 0 ? rnd.nextLong(1L << 32) : 100 + rnd.nextInt(200));
    }
    if (rnd.nextInt(5) == 0) {
      b.atomicAggregate();
    }
    if (rnd.nextInt(4) == 0) {
      long as = asn(rnd, fourOctet || wide);
      IpAddress ip = rnd.nextInt(8) == 0 ? IpAddress.ipv4(-1) : ipv4(rnd);
      b.aggregator(as, ip);
      if (!fourOctet && as > 65535) {
        b.attribute(AggregatorAttribute.as4(as, ip));
      }
    }
    if (rnd.nextInt(3) != 0) {
      int[] c = new int[1 + rnd.nextInt(7)]; // empty: see emptyCommunitiesAttribute
      for (int k = 0; k < c.length; k++) {
        c[k] = rnd.nextInt(6) == 0 ? 0xFFFFFF01 + rnd.nextInt(3) : rnd.nextInt();
      }
      b.communities(c);
    }
    if (rnd.nextInt(3) == 0) {
      LargeCommunity[] l = new LargeCommunity[1 + rnd.nextInt(4)];
      for (int k = 0; k < l.length; k++) {
        l[k] =
            new LargeCommunity(
                rnd.nextLong(1L << 32), rnd.nextLong(1L << 32), rnd.nextLong(1L << 32));
      }
      b.largeCommunities(l);
    }
    if (rnd.nextInt(4) == 0) {
      b.extendedCommunities(rnd.nextLong(), rnd.nextLong());
    }
    if (rnd.nextInt(6) == 0) {
      b.otc(asn(rnd, true));
    }
  }

  /** The path-attributes bytes of {@code u} as encoded with {@code options}. */
  private static byte[] attributeBytes(Update u, BgpSessionOptions options) {
    byte[] msg = BgpEncoder.toByteArray(u, options);
    int wLen = ((msg[19] & 0xff) << 8) | (msg[20] & 0xff);
    int a = 21 + wLen;
    int aLen = ((msg[a] & 0xff) << 8) | (msg[a + 1] & 0xff);
    return Arrays.copyOfRange(msg, a + 2, a + 2 + aLen);
  }

  private static ByteBuf ribDump(SplittableRandom rnd) {
    List<PeerIndexTable.Peer> peers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      boolean v6 = i % 4 >= 2;
      boolean as4 = i % 2 == 1;
      peers.add(
          new PeerIndexTable.Peer(
              (v6 ? 1 : 0) | (as4 ? 2 : 0),
              rnd.nextInt() & 0xffffffffL,
              v6 ? ipv6(rnd) : ipv4(rnd),
              as4 ? asn(rnd, true) : 1 + rnd.nextInt(65535)));
    }
    PeerIndexTable table = PeerIndexTable.of(rnd.nextInt() & 0xffffffffL, "", peers);
    ByteBuf out = Unpooled.buffer();
    long time = 1_400_000_000L + rnd.nextInt(300_000_000);
    MrtWriter.writePeerIndexTable(time, table, out);
    BgpSessionOptions opts = BgpSessionOptions.builder().fourOctetAs(true).build();
    for (int seq = 0; seq < 250; seq++) {
      boolean v6 = rnd.nextInt(3) == 0;
      Prefix p = prefix(rnd, v6);
      List<MrtWriter.RibEntry> entries = new ArrayList<>();
      List<ByteBuf> bufs = new ArrayList<>();
      int n = 1 + rnd.nextInt(4);
      for (int k = 0; k < n; k++) {
        Update.Builder b = Update.builder();
        attributes(rnd, b, true, !v6 && rnd.nextInt(10) != 0, false);
        ByteBuf attrs = Unpooled.buffer().writeBytes(attributeBytes(b.build(), opts));
        if (v6 || rnd.nextInt(20) == 0) {
          // the abbreviated MP_REACH_NLRI of RIB entries (RFC 6396 §4.3.4): next hop(s) only
          boolean linkLocal = v6 && rnd.nextInt(3) == 0;
          attrs.writeByte(0x80).writeByte(14).writeByte(linkLocal ? 33 : v6 ? 17 : 5);
          attrs.writeByte(linkLocal ? 32 : v6 ? 16 : 4);
          attrs.writeBytes(v6 ? ipv6(rnd).toByteArray() : ipv4(rnd).toByteArray());
          if (linkLocal) {
            attrs.writeBytes(IpAddress.parse("fe80::1").toByteArray());
          }
        }
        bufs.add(attrs);
        entries.add(
            new MrtWriter.RibEntry(
                rnd.nextInt(peers.size()), time - rnd.nextInt(1_000_000), 0, attrs));
      }
      ByteBuf prefixBytes = Unpooled.wrappedBuffer(p.address().toByteArray());
      MrtWriter.writeRib(
          time,
          v6 ? MrtSubtype.RIB_IPV6_UNICAST : MrtSubtype.RIB_IPV4_UNICAST,
          seq,
          prefixBytes,
          0,
          p.length(),
          entries,
          out);
      prefixBytes.release();
      bufs.forEach(ByteBuf::release);
    }
    return out;
  }

  private static ByteBuf updates(SplittableRandom rnd) {
    ByteBuf out = Unpooled.buffer();
    long time = 1_400_000_000L + rnd.nextInt(300_000_000);
    for (int m = 0; m < 200; m++) {
      time += rnd.nextInt(3);
      boolean as4 = rnd.nextBoolean();
      boolean v6Session = rnd.nextInt(3) == 0;
      boolean et = rnd.nextInt(3) == 0;
      long us = et ? rnd.nextInt(1_000_000) : -1;
      IpAddress peer = v6Session ? ipv6(rnd) : ipv4(rnd);
      IpAddress local = v6Session ? ipv6(rnd) : ipv4(rnd);
      long peerAs = asn(rnd, as4);
      long localAs = asn(rnd, as4);
      if (rnd.nextInt(10) == 0) {
        MrtWriter.writeBgp4mpStateChange(
            time,
            us,
            as4 ? 5 : 0,
            peerAs,
            localAs,
            0,
            peer,
            local,
            1 + rnd.nextInt(6),
            1 + rnd.nextInt(6),
            out);
        continue;
      }
      boolean v6Routes = rnd.nextInt(3) == 0;
      Update.Builder b = Update.builder();
      int announce = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(6);
      int withdraw = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(5) : 0;
      for (int k = 0; k < withdraw; k++) {
        b.withdraw(PrefixNlri.unicast(prefix(rnd, rnd.nextInt(3) == 0)));
      }
      if (announce > 0) {
        for (int k = 0; k < announce; k++) {
          b.announce(PrefixNlri.unicast(prefix(rnd, v6Routes)));
        }
        attributes(rnd, b, as4, !v6Routes || rnd.nextBoolean(), true);
        if (v6Routes) {
          b.nextHop(
              rnd.nextInt(3) == 0
                  ? new IpAddress[] {ipv6(rnd), IpAddress.parse("fe80::2")}
                  : new IpAddress[] {ipv6(rnd)});
        }
      } else if (withdraw == 0) {
        b.withdraw(PrefixNlri.unicast(prefix(rnd, false)));
      }
      BgpSessionOptions opts = BgpSessionOptions.builder().fourOctetAs(as4).build();
      byte[] msg = BgpEncoder.toByteArray(b.build(), opts);
      ByteBuf message = Unpooled.wrappedBuffer(msg);
      MrtWriter.writeBgp4mpMessage(
          time,
          us,
          as4 ? MrtSubtype.BGP4MP_MESSAGE_AS4 : MrtSubtype.BGP4MP_MESSAGE,
          peerAs,
          localAs,
          0,
          peer,
          local,
          message,
          out);
      message.release();
    }
    return out;
  }
}
