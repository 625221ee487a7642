package org.ixwire.mrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.mrt.record.Bgp4mpView;
import org.ixwire.mrt.record.MrtRecordView;
import org.ixwire.mrt.record.PeerIndexTable;
import org.ixwire.mrt.record.RibEntryView;
import org.ixwire.mrt.record.RibView;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * read → write is byte-identical: every TABLE_DUMP_V2 and BGP4MP(_ET) record of the corpus is
 * rebuilt from its decoded parts with {@link MrtWriter} and compared with the original bytes.
 */
class MrtWriterTest {
  /** Rebuilds {@code r} from its parts; returns false for types the writer does not build. */
  static boolean rebuild(MrtRecordView r, ByteBuf out) {
    ByteBuf buf = r.buffer();
    if (r.typeCode() == 13 && r.subtype() == 1) {
      MrtWriter.writePeerIndexTable(r.timestamp(), PeerIndexTable.decode(r), out);
      return true;
    }
    if (r.typeCode() == 13 && RibView.isRib(r.subtype()) && r.subtype() != 6 && r.subtype() != 12) {
      RibView v = new RibView().wrap(r);
      List<MrtWriter.RibEntry> entries = new ArrayList<>();
      RibEntryView e = v.entries();
      while (e.next()) {
        entries.add(
            new MrtWriter.RibEntry(
                e.peerIndex(),
                e.originatedTime(),
                e.pathId(),
                buf.slice(e.attributesIndex(), e.attributesLength())));
      }
      MrtWriter.writeRib(
          r.timestamp(),
          r.subtype(),
          v.sequence(),
          buf,
          v.prefixIndex(),
          v.prefixLength(),
          entries,
          out);
      return true;
    }
    if ((r.typeCode() == 16 || r.typeCode() == 17) && Bgp4mpView.isSupported(r.subtype())) {
      Bgp4mpView v = new Bgp4mpView().wrap(r);
      if (v.isShortStateChange()) {
        return false;
      }
      long us = r.typeCode() == 17 ? r.microseconds() : -1;
      IpAddress peer = IpAddress.read(buf, v.peerAddressIndex(), v.addressLength());
      IpAddress local = IpAddress.read(buf, v.localAddressIndex(), v.addressLength());
      if (v.isStateChange()) {
        MrtWriter.writeBgp4mpStateChange(
            r.timestamp(),
            us,
            r.subtype(),
            v.peerAs(),
            v.localAs(),
            v.interfaceIndex(),
            peer,
            local,
            v.oldState(),
            v.newState(),
            out);
      } else {
        MrtWriter.writeBgp4mpMessage(
            r.timestamp(),
            us,
            r.subtype(),
            v.peerAs(),
            v.localAs(),
            v.interfaceIndex(),
            peer,
            local,
            buf.slice(v.messageIndex(), v.messageLength()),
            out);
      }
      return true;
    }
    return false;
  }

  @TestFactory
  Stream<DynamicTest> readWriteIsByteIdentical() throws IOException {
    Path root = SharedCorpus.require("mrt");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !p.toString().contains(".bgpdump-") && !p.toString().contains("/tools/"))
              .filter(p -> !p.toString().endsWith(".md") && !p.toString().contains("manifest"))
              .sorted()
              .toList();
    }
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    root.relativize(f).toString(),
                    () -> {
                      ByteBuf out = Unpooled.buffer();
                      int rebuilt = 0;
                      int eligible = 0;
                      try (MrtReader r = MrtReader.open(f)) {
                        while (r.next()) {
                          MrtRecordView rec = r.record();
                          if (rec.typeCode() == 13
                              || ((rec.typeCode() == 16 || rec.typeCode() == 17)
                                  && Bgp4mpView.isSupported(rec.subtype()))) {
                            eligible++;
                          }
                          out.clear();
                          boolean built;
                          try {
                            built = rebuild(rec, out);
                          } catch (MrtDecodeException e) {
                            continue; // content the views reject is not rewritten
                          }
                          if (!built) {
                            continue;
                          }
                          rebuilt++;
                          ByteBuf orig = rec.buffer().slice(rec.index(), rec.recordLength());
                          assertTrue(
                              ByteBufUtil.equals(orig, out),
                              "record " + rec.recordIndex() + " " + rec.typeName());
                          out.clear();
                          MrtWriter.writeRecord(rec, out);
                          assertTrue(ByteBufUtil.equals(orig, out));
                        }
                      } finally {
                        out.release();
                      }
                      // every TABLE_DUMP_V2 / BGP4MP record but RIB_GENERIC, ENTRY and Zebra's
                      // 8-byte state changes is rebuilt
                      assertTrue(eligible == 0 || rebuilt > 0, rebuilt + " of " + eligible);
                    }));
  }

  @Test
  void builtRecordsReadBack() {
    ByteBuf out = Unpooled.buffer();
    try {
      PeerIndexTable t =
          PeerIndexTable.of(
              0xc0000201L,
              "view",
              List.of(
                  new PeerIndexTable.Peer(0, 1, IpAddress.parse("192.0.2.1"), 64500),
                  new PeerIndexTable.Peer(3, 2, IpAddress.parse("2001:db8::1"), 4200000000L)));
      MrtWriter.writePeerIndexTable(1000, t, out);
      assertEquals(MrtWriter.peerIndexTableLength(t), out.readableBytes());
      ByteBuf attrs = Unpooled.wrappedBuffer(new byte[] {0x40, 1, 1, 0}); // ORIGIN IGP
      ByteBuf prefix = Unpooled.wrappedBuffer(new byte[] {(byte) 198, 51, 100});
      MrtWriter.writeRib(
          1000, 8, 7, prefix, 0, 24, List.of(new MrtWriter.RibEntry(1, 999, 42, attrs)), out);
      MrtWriter.writeBgp4mpStateChange(
          1001,
          5,
          5,
          64500,
          64501,
          0,
          IpAddress.parse("192.0.2.1"),
          IpAddress.parse("192.0.2.2"),
          3,
          6,
          out);
      try (MrtReader r = MrtReader.of(out)) {
        assertTrue(r.next());
        PeerIndexTable back = PeerIndexTable.decode(r.record());
        assertEquals("view", back.viewName());
        assertEquals(4200000000L, back.peerAs(1));
        assertEquals(IpAddress.parse("2001:db8::1"), back.peerAddress(1));
        assertTrue(r.next());
        RibView rib = new RibView().wrap(r.record());
        assertEquals(7, rib.sequence());
        assertEquals(24, rib.prefixLength());
        RibEntryView e = rib.entries();
        assertTrue(e.next());
        assertEquals(1, e.peerIndex());
        assertEquals(42, e.pathId());
        assertEquals(999, e.originatedTime());
        assertEquals(4, e.attributesLength());
        assertTrue(r.next());
        assertEquals(17, r.record().typeCode());
        assertEquals(5, r.record().microseconds());
        Bgp4mpView s = new Bgp4mpView().wrap(r.record());
        assertEquals(3, s.oldState());
        assertEquals(6, s.newState());
        assertEquals(64501, s.localAs());
        assertTrue(r.damage().isEmpty());
      }
      attrs.release();
      prefix.release();
    } finally {
      out.release();
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> new PeerIndexTable.Peer(0, 1, IpAddress.parse("192.0.2.1"), 70000));
  }
}
