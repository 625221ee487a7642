package org.ixwire.mrt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableLongArray;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.attribute.AsPath;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.bgp.nlri.Prefix;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.mrt.format.BgpdumpFormatter;
import org.ixwire.mrt.format.JsonElementFormatter;
import org.ixwire.mrt.record.PeerIndexTable;

/**
 * Structure-aware fuzzing of the record stream: a valid MRT file is written with {@link MrtWriter}
 * from the fuzzer's data (PEER_INDEX_TABLE, IPv4/IPv6 RIB records with ADD-PATH or not, BGP4MP and
 * BGP4MP_ET messages and state changes), then exactly one field the fuzzer picks is corrupted: a
 * record header's type, subtype or length, or a body field (peer count, peer type, view-name
 * length, prefix length, entry count, attribute length, peer index, address family, the BGP message
 * length). Every record before the damaged one must still be read intact; a damaged body leaves
 * framing alone, so then every record is read; damage is reported with offsets inside the file;
 * nothing is ever thrown.
 */
class MrtStructuredFuzzTest {

  /** One field: {@code width} big-endian bytes at {@code offset} of record {@code record}. */
  record Field(int record, int offset, int width, boolean header, String name) {}

  /** A generated file: its bytes, record boundaries and corruptible fields. */
  record Generated(byte[] bytes, List<Integer> starts, List<Field> fields) {}

  static byte[] updateBytes(FuzzedDataProvider d, boolean v6, boolean as4) {
    Update.Builder b = Update.builder().origin(d.consumeInt(0, 2));
    long[] asns = new long[d.consumeInt(0, 5)];
    for (int i = 0; i < asns.length; i++) {
      asns[i] = as4 ? d.consumeLong() & 0xffffffffL : d.consumeInt(1, 65535);
    }
    b.asPath(new AsPath(ImmutableList.of(new AsPath.Segment(2, ImmutableLongArray.copyOf(asns)))));
    byte[] a = new byte[v6 ? 16 : 4];
    a[0] = (byte) (v6 ? 0x20 : 10);
    int len = d.consumeInt(8, v6 ? 64 : 32);
    Prefix p = Prefix.of(a, len);
    if (v6) {
      byte[] nh = new byte[16];
      nh[0] = 0x20;
      nh[15] = 1;
      b.nextHop(IpAddress.of(nh));
      b.announce(new PrefixNlri(AfiSafi.IPV6_UNICAST, Nlri.NO_PATH_ID, p));
    } else {
      b.nextHop(IpAddress.ipv4(d.consumeInt()));
      b.announce(new PrefixNlri(AfiSafi.IPV4_UNICAST, Nlri.NO_PATH_ID, p));
    }
    if (d.consumeBoolean()) {
      b.communities(d.consumeInt(), d.consumeInt());
    }
    if (d.consumeBoolean()) {
      b.med(d.consumeLong() & 0xffffffffL);
    }
    return BgpEncoder.toByteArray(
        b.build(), BgpSessionOptions.builder().fourOctetAs(as4).abbreviatedMpReach(false).build());
  }

  static Generated generate(FuzzedDataProvider d) {
    ByteBuf out = Unpooled.buffer();
    List<Integer> starts = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    long ts = 1_500_000_000L + d.consumeInt(0, 1 << 20);
    int peers = d.consumeInt(1, 3);
    List<PeerIndexTable.Peer> list = new ArrayList<>();
    for (int i = 0; i < peers; i++) {
      boolean v6 = d.consumeBoolean();
      byte[] addr = new byte[v6 ? 16 : 4];
      addr[0] = (byte) (v6 ? 0x20 : 192);
      addr[addr.length - 1] = (byte) (i + 1);
      list.add(new PeerIndexTable.Peer((v6 ? 1 : 0) | 2, i + 1, IpAddress.of(addr), 64500 + i));
    }
    PeerIndexTable table = PeerIndexTable.of(0x0a000001L, d.consumeBoolean() ? "" : "rib", list);
    int r = 0;
    starts.add(0);
    MrtWriter.writePeerIndexTable(ts, table, out);
    header(fields, r, 0);
    int nameLen = out.getUnsignedShort(16);
    fields.add(new Field(r, 16, 2, false, "view-name-length"));
    fields.add(new Field(r, 18 + nameLen, 2, false, "peer-count"));
    fields.add(new Field(r, 20 + nameLen, 1, false, "peer[0]/type"));
    int n = d.consumeInt(1, 6);
    for (int k = 0; k < n; k++) {
      r++;
      int start = out.writerIndex();
      starts.add(start);
      header(fields, r, start);
      switch (d.consumeInt(0, 2)) {
        case 0 -> {
          boolean v6 = d.consumeBoolean();
          boolean addPath = d.consumeBoolean();
          int subtype = (v6 ? 4 : 2) + (addPath ? 6 : 0);
          int entries = d.consumeInt(1, 3);
          List<MrtWriter.RibEntry> es = new ArrayList<>();
          int plen = 0;
          byte[] pfx = new byte[v6 ? 16 : 4];
          for (int e = 0; e < entries; e++) {
            byte[] u = updateBytes(d, v6, true);
            // the attributes of the UPDATE: after the header, withdrawn length and attrs length
            int al = ((u[21] & 0xff) << 8) | (u[22] & 0xff);
            ByteBuf attrs = Unpooled.wrappedBuffer(u, 23, al);
            if (e == 0) {
              if (v6) {
                // the IPv6 route is in MP_REACH_NLRI; use its prefix
                plen = 32;
                pfx[0] = 0x20;
              } else {
                plen = u[23 + al] & 0xff;
                System.arraycopy(u, 24 + al, pfx, 0, (plen + 7) >>> 3);
              }
            }
            es.add(
                new MrtWriter.RibEntry(
                    d.consumeInt(0, peers - 1), ts - d.consumeInt(0, 1000), e + 1, attrs));
          }
          MrtWriter.writeRib(ts, subtype, k, Unpooled.wrappedBuffer(pfx), 0, plen, es, out);
          int p = start + 16;
          fields.add(new Field(r, p, 1, false, "rib/prefix-length"));
          p += 1 + ((plen + 7) >>> 3);
          fields.add(new Field(r, p, 2, false, "rib/entry-count"));
          p += 2;
          fields.add(new Field(r, p, 2, false, "rib/entry[0]/peer-index"));
          p += 6 + (addPath ? 4 : 0);
          fields.add(new Field(r, p, 2, false, "rib/entry[0]/attribute-length"));
          fields.add(new Field(r, p + 2, 1, false, "rib/entry[0]/attribute[0]/flags"));
          fields.add(new Field(r, p + 4, 1, false, "rib/entry[0]/attribute[0]/length"));
        }
        case 1 -> {
          boolean v6 = d.consumeBoolean();
          boolean et = d.consumeBoolean();
          boolean as4 = d.consumeBoolean();
          byte[] u = updateBytes(d, v6, as4);
          byte[] pa = new byte[v6 ? 16 : 4];
          pa[0] = 1;
          byte[] la = new byte[v6 ? 16 : 4];
          la[0] = 2;
          MrtWriter.writeBgp4mpMessage(
              ts + k,
              et ? d.consumeInt(0, 999_999) : -1,
              as4 ? 4 : 1,
              64500,
              64501,
              0,
              IpAddress.of(pa),
              IpAddress.of(la),
              Unpooled.wrappedBuffer(u),
              out);
          int p = start + 12 + (et ? 4 : 0) + (as4 ? 8 : 4) + 2;
          fields.add(new Field(r, p, 2, false, "bgp4mp/address-family"));
          int msg = p + 2 + 2 * (v6 ? 16 : 4);
          fields.add(new Field(r, msg, 1, false, "bgp4mp/marker[0]"));
          fields.add(new Field(r, msg + 16, 2, false, "bgp4mp/message-length"));
          fields.add(new Field(r, msg + 18, 1, false, "bgp4mp/message-type"));
          fields.add(new Field(r, msg + 19, 2, false, "bgp4mp/withdrawn-length"));
          fields.add(new Field(r, msg + 21, 2, false, "bgp4mp/attributes-length"));
        }
        default -> {
          boolean et = d.consumeBoolean();
          byte[] pa = {10, 0, 0, 1};
          byte[] la = {10, 0, 0, 2};
          MrtWriter.writeBgp4mpStateChange(
              ts + k,
              et ? 5 : -1,
              5,
              64500,
              64501,
              0,
              IpAddress.of(pa),
              IpAddress.of(la),
              d.consumeInt(1, 6),
              d.consumeInt(1, 6),
              out);
          fields.add(
              new Field(r, start + 12 + (et ? 4 : 0) + 10, 2, false, "state/address-family"));
        }
      }
    }
    byte[] bytes = new byte[out.readableBytes()];
    out.readBytes(bytes);
    return new Generated(bytes, starts, fields);
  }

  private static void header(List<Field> f, int r, int start) {
    f.add(new Field(r, start + 4, 2, true, "header/type"));
    f.add(new Field(r, start + 6, 2, true, "header/subtype"));
    f.add(new Field(r, start + 8, 4, true, "header/length"));
  }

  static String corrupt(byte[] w, Field field, int mode, long value) {
    return field.name()
        + " of record "
        + field.record()
        + ": "
        + org.ixwire.testing.FieldCorruption.corrupt(w, field.offset(), field.width(), mode, value);
  }

  @FuzzTest
  void corruptedRecord(FuzzedDataProvider data) throws IOException {
    Generated g = generate(data);
    byte[] original = g.bytes().clone();
    Field f = g.fields().get(data.consumeInt(0, g.fields().size() - 1));
    String what = corrupt(g.bytes(), f, data.consumeInt(0, 3), data.consumeLong());
    byte[] w = g.bytes();
    List<Integer> starts = g.starts();
    int n = starts.size();
    List<byte[]> read = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    List<MrtDamage> damage;
    ByteBuf buf = Unpooled.wrappedBuffer(w);
    StringBuilder sb = new StringBuilder();
    BgpdumpFormatter fmt =
        BgpdumpFormatter.builder().largeCommunities(true).unknownAttributes(true).build();
    try (MrtReader r = MrtReader.of(buf)) {
      while (r.next()) {
        byte[] rec = new byte[r.record().recordLength()];
        r.record().buffer().getBytes(r.record().index(), rec);
        read.add(rec);
        offsets.add(r.record().fileOffset());
        fmt.format(r.record(), sb);
        sb.setLength(0);
      }
      damage = List.copyOf(r.damage());
    }
    for (int i = 0; i < f.record(); i++) {
      assertTrue(read.size() > i, what + ": record " + i + " before the damage was lost");
      assertEquals(starts.get(i).longValue(), offsets.get(i), what);
      int end = i + 1 < n ? starts.get(i + 1) : original.length;
      assertArrayEquals(Arrays.copyOfRange(original, starts.get(i), end), read.get(i), what);
    }
    for (MrtDamage dmg : damage) {
      assertTrue(
          dmg.fileOffset() >= starts.get(f.record()) && dmg.fileOffset() <= w.length,
          what + ": " + dmg);
    }
    if (!f.header()) {
      // a damaged body leaves the framing intact: every record is read, none is damage
      assertEquals(n, read.size(), what + " " + damage);
      assertTrue(damage.isEmpty(), what + " " + damage);
    }
    JsonElementFormatter json = new JsonElementFormatter();
    try (RouteElementReader r = new RouteElementReader(MrtReader.of(buf))) {
      while (r.next()) {
        json.format(r.element(), sb);
        sb.setLength(0);
      }
    }
    int streamed = 0;
    try (MrtReader r = MrtReader.open(new ByteArrayInputStream(w))) {
      while (r.next()) {
        streamed++;
      }
    }
    assertEquals(read.size(), streamed, what + ": stream and buffer readers disagree");
  }
}
