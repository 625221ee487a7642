package org.ixwire.sflow.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import java.util.List;
import org.ixwire.sflow.SflowDatagram;
import org.ixwire.sflow.SflowDecodeException;
import org.ixwire.sflow.SflowDecoder;
import org.ixwire.sflow.format.SflowtoolFormatter;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.StructuredRecord;
import org.ixwire.sflow.sample.CounterSample;
import org.ixwire.sflow.sample.FlowSample;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class LegacyDecoderTest {
  static final String V4 =
      "00000004 00000001 0a000001 00000010 00000020 00000002"
          // flow sample: IPv4 packet data, switch and v4 gateway extended data
          + " 00000001 00000005 00000003 00000100 00001000 00000000 00000001 80000002"
          + " 00000002 00000040 00000006 0a000001 0a000002 00000050 00001f90 00000012 00000000"
          + " 00000002 00000001 0000000a 00000000 0000000b 00000000"
          + " 00000003 0000fde8 0000fde9 0000fdea 00000001 00000002 00000002 0000fdeb 0000fdec"
          + " 00000001 0000000c 00000064"
          // counters sample: generic block
          + " 00000002 00000006 00000003 0000001e 00000001"
          + " 00000003 00000006 00000000 3b9aca00 00000001 00000003 00000000 00001000"
          + " 00000001 00000001 00000001 00000001 00000001 00000001"
          + " 00000000 00002000 00000002 00000002 00000002 00000002 00000002 00000000";

  @Test
  void decodesV4IntoTheV5Model() {
    ByteBuf b = Hex.buf(V4);
    try {
      SflowDatagram d = SflowDecoder.decodeAnyVersion(b, 0, b.readableBytes());
      assertEquals(16, d.sequenceNumber());
      FlowSample f = assertInstanceOf(FlowSample.class, d.samples().get(0));
      assertEquals(2, f.outputFormat());
      assertEquals(2, f.output());
      StructuredRecord ip = (StructuredRecord) f.records().get(0);
      assertEquals(DataFormat.SAMPLED_IPV4, ip.format());
      assertEquals(8080, ip.getLong("dstPort"));
      StructuredRecord gw = (StructuredRecord) f.records().get(2);
      assertEquals(List.of(List.of(2L, List.of(65003L, 65004L))), gw.get("dst_as_path"));
      assertEquals(100, gw.getLong("BGP_localpref"));
      CounterSample c = assertInstanceOf(CounterSample.class, d.samples().get(1));
      assertEquals(1_000_000_000L, ((StructuredRecord) c.records().get(0)).getLong("ifSpeed"));
      // the strict v5 entry point refuses it
      assertThrows(SflowDecodeException.class, () -> SflowDecoder.decode(b));
    } finally {
      b.release();
    }
  }

  @Test
  void formatsV4LikeSflowtool() {
    ByteBuf b = Hex.buf(V4);
    try {
      StringBuilder out = new StringBuilder();
      new SflowtoolFormatter(SflowtoolFormatter.Mode.LINE, out)
          .format(b, 0, b.readableBytes(), "-", 0, 0, 0, 0);
      assertEquals(
          "FLOW,10.0.0.1,1,-2147483646,000000000000,000000000000,0x0000,10,11,10.0.0.1,10.0.0.2,"
              + "6,0x00,0,80,8080,0x12,64,64,256\n"
              + "CNTR,10.0.0.1,3,6,1000000000,1,3,4096,1,1,1,1,1,1,8192,2,2,2,2,2,0\n",
          out.toString());
      StringBuilder text = new StringBuilder();
      new SflowtoolFormatter(SflowtoolFormatter.Mode.DEFAULT, text)
          .format(b, 0, b.readableBytes(), "-", 0, 0, 0, 0);
      assertTrue(text.toString().contains("outputPort multiple 2\n"), text.toString());
      assertTrue(text.toString().contains("dst_as_path 65003-65004\n"), text.toString());
    } finally {
      b.release();
    }
  }

  @Test
  void truncatedV2IsADecodeError() {
    ByteBuf b = Hex.buf("00000002 00000001 0a000001 00000001 00000002 00000001 00000001 0000");
    try {
      assertThrows(
          SflowDecodeException.class, () -> SflowDecoder.decodeAnyVersion(b, 0, b.readableBytes()));
    } finally {
      b.release();
    }
  }
}
