package org.ixwire.sflow;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.ixwire.sflow.record.Bytes;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.StructuredRecord;
import org.ixwire.sflow.sample.CounterSample;
import org.ixwire.sflow.sample.FlowSample;

/** Test helper: small datagrams built with the value builders. */
final class TestDatagrams {
  private TestDatagrams() {}

  /** Ethernet/IPv4/TCP header from src MAC ...01 to dst MAC ...02 on VLAN 100. */
  static Bytes header(int srcLast, int dstLast) {
    return Bytes.ofHex(
        String.format("0000000000%02x0000000000%02x", dstLast, srcLast)
            + "810000640800"
            + "450005dc1c46400040060000c0000201c6336402"
            + "c35001bb00000001000000005018200000000000");
  }

  static SflowDatagram flows() {
    return SflowDatagram.builder()
        .agentAddress(Bytes.ofHex("c0000201"))
        .subAgentId(3)
        .sequenceNumber(77)
        .uptime(1000)
        .addSample(flow(1, 2, 1000, 512))
        .addSample(flow(1, 2, 1000, 1024))
        .addSample(flow(2, 1, 500, 64))
        .addSample(
            CounterSample.builder()
                .sequenceNumber(5)
                .sourceId(0, 7)
                .addRecord(
                    StructuredRecord.builder(DataFormat.counter(0, 1005))
                        .set("ifName", Bytes.ofUtf8("eth0"))
                        .build())
                .build())
        .build();
  }

  static FlowSample flow(int src, int dst, long rate, long frame) {
    return FlowSample.builder()
        .sequenceNumber(1)
        .sourceId(0, 3)
        .samplingRate(rate)
        .samplePool(rate)
        .input(0, 1)
        .output(0, 2)
        .addRecord(
            StructuredRecord.builder(DataFormat.SAMPLED_HEADER)
                .set("headerProtocol", 1L)
                .set("sampledPacketSize", frame)
                .set("strippedBytes", 4L)
                .set("headerBytes", header(src, dst))
                .build())
        .build();
  }

  static ByteBuf encode(SflowDatagram d) {
    ByteBuf b = Unpooled.buffer(SflowEncoder.encodedLength(d));
    SflowEncoder.encode(d, b);
    return b;
  }
}
