package org.ixwire.sflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.OpaqueRecord;
import org.ixwire.sflow.record.StructuredRecord;
import org.ixwire.sflow.sample.FlowSample;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class SflowDecoderTest {

  /**
   * Corpus datagrams the strict decoder rejects, each for a reason sflowtool also reports (or, for
   * NetFlow, because it is not sFlow).
   */
  static final Set<String> EXPECTED_REJECTS =
      Set.of(
          "gopacket-SFlowTestPacket5", // flow_sample length 52, records need 56
          "gopacket-SFlowTestPacket8", // flow_sample length 52, records need 68
          "gopacket-SFlowTestPacket11", // counters_sample length 116, records need 76
          "goflow2-TestSFlowDecodeDropExtendedFunction", // record runs past sample
          "tcpdump-sflow_print-segv"); // truncated fuzzer frame

  private static String file(String name) {
    int i = name.indexOf('#');
    String f = i < 0 ? name : name.substring(0, i);
    return f.replace(".sflow.bin", "").replace(".pcap", "");
  }

  @Test
  void roundTripsEveryAcceptedCorpusDatagram() {
    List<String> rejected = new ArrayList<>();
    int accepted = 0;
    for (CorpusDatagrams.Datagram d : CorpusDatagrams.all()) {
      ByteBuf in = Unpooled.wrappedBuffer(d.bytes());
      SflowDatagram v;
      try {
        v = SflowDecoder.decode(in);
      } catch (SflowDecodeException e) {
        rejected.add(d.name());
        String f = file(d.name());
        assertTrue(
            EXPECTED_REJECTS.contains(f)
                || f.startsWith("tcpdump-sflow_multiple_counter_30_pdus") && d.bytes()[3] != 5,
            d.name() + " rejected: " + e.getMessage());
        continue;
      }
      accepted++;
      ByteBuf out = Unpooled.buffer(SflowEncoder.encodedLength(v));
      try {
        SflowEncoder.encode(v, out);
        assertEquals(SflowEncoder.encodedLength(v), out.readableBytes(), d.name());
        byte[] b = new byte[out.readableBytes()];
        out.readBytes(b);
        assertArrayEquals(d.bytes(), b, d.name());
      } finally {
        out.release();
      }
    }
    assertTrue(accepted > 180, "accepted " + accepted + ", rejected " + rejected);
  }

  @Test
  void decodesFlowSampleWithHeaderAndSwitchRecords() {
    ByteBuf buf =
        Hex.buf(
            "00000005 00000001 0a000001 00000007 00000064 000003e8 00000001"
                // flow sample, 32 + 8 + 16 + 16 (header 14 -> 16) + 8 + 16 = 96
                + " 00000001 00000060 00000009 00000003 00000400 00001000 00000000"
                + " 00000001 00000002 00000002"
                + " 00000001 00000020 00000001 00000040 00000004 0000000e"
                + " 0011223344556677 8899aabb 08000000"
                + " 000003e9 00000010 00000064 00000000 000000c8 00000000");
    try {
      SflowDatagram d = SflowDecoder.decode(buf);
      assertEquals(7, d.subAgentId());
      FlowSample f = assertInstanceOf(FlowSample.class, d.samples().get(0));
      assertEquals(1024, f.samplingRate());
      StructuredRecord h = assertInstanceOf(StructuredRecord.class, f.records().get(0));
      assertEquals(DataFormat.SAMPLED_HEADER, h.format());
      assertEquals(14, h.getBytes("headerBytes").length());
      StructuredRecord sw = assertInstanceOf(StructuredRecord.class, f.records().get(1));
      assertEquals(200, sw.getLong("out_vlan"));
    } finally {
      buf.release();
    }
  }

  @Test
  void keepsNonCanonicalKnownRecordRaw() {
    // extended_switch with 4 extra trailing bytes: kept opaque, re-encoded byte-exact
    ByteBuf buf =
        Hex.buf(
            "00000005 00000001 0a000001 00000000 00000001 00000002 00000001"
                + " 00000001 0000003c 00000001 00000001 00000001 00000001 00000000"
                + " 00000000 00000000 00000001"
                + " 000003e9 00000014 00000001 00000000 00000002 00000000 deadbeef");
    try {
      SflowDatagram d = SflowDecoder.decode(buf);
      FlowSample f = (FlowSample) d.samples().get(0);
      OpaqueRecord r = assertInstanceOf(OpaqueRecord.class, f.records().get(0));
      assertEquals(DataFormat.EXTENDED_SWITCH, r.format());
      assertEquals(20, r.body().length());
    } finally {
      buf.release();
    }
  }

  @Test
  void rejectsRecordRunningPastSampleWithOffsetAndContext() {
    ByteBuf buf =
        Hex.buf(
            "00000005 00000001 0a000001 00000000 00000001 00000002 00000001"
                + " 00000002 00000014 00000001 00000001 00000001 000003e9 000000ff");
    try {
      SflowDecodeException e =
          assertThrows(SflowDecodeException.class, () -> SflowDecoder.decode(buf));
      assertEquals(52, e.offset());
      assertEquals("datagram/samples[0]:0:2", e.context());
      assertTrue(e.getMessage().contains(">00 00 00 ff"), e.getMessage());
    } finally {
      buf.release();
    }
  }

  @Test
  void rejectsOtherVersions() {
    ByteBuf buf = Hex.buf("00050001 00000000");
    try {
      assertThrows(SflowDecodeException.class, () -> SflowDecoder.decode(buf));
    } finally {
      buf.release();
    }
  }
}
