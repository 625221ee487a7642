package org.ixwire.sflow.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class JsonFormatterTest {

  @Test
  void flowSampleWithPacketFacts() {
    ByteBuf b =
        Hex.buf(
            "00000005 00000001 0a000001 00000007 00000064 000003e8 00000001"
                + " 00000001 00000064 00000009 00000003 00000400 00001000 00000000"
                + " 00000001 00000002 00000001"
                + " 00000001 0000003c 00000001 00000040 00000004 0000002a"
                + " 0011223344556677 8899aabb 0800 4500001c00010000 40110000 0a000001 0a000002"
                + " 1f900035 00080000 0000");
    try {
      StringBuilder out = new StringBuilder();
      new JsonFormatter().format(b, 0, b.readableBytes(), "-", 42, out);
      String s = out.toString();
      assertTrue(s.startsWith("{\"source\":\"-\",\"timestampNanos\":42,"), s);
      assertTrue(s.contains("\"agent\":\"10.0.0.1\",\"subAgentId\":7"), s);
      assertTrue(s.contains("\"name\":\"sampled_header\""), s);
      assertTrue(
          s.contains(
              "\"packet\":{\"srcMac\":\"66:77:88:99:aa:bb\",\"dstMac\":\"00:11:22:33:44:55\","
                  + "\"etherType\":2048,\"vlans\":[],\"ipVersion\":4,\"srcIp\":\"10.0.0.1\","
                  + "\"dstIp\":\"10.0.0.2\",\"protocol\":17,\"tos\":0,\"ttl\":64,"
                  + "\"srcPort\":8080,\"dstPort\":53}"),
          s);
      assertTrue(s.endsWith("}\n"));
    } finally {
      b.release();
    }
  }

  @Test
  void rejectedDatagramBecomesErrorObject() {
    ByteBuf b = Hex.buf("00000004 00000001 0a000001");
    try {
      StringBuilder out = new StringBuilder();
      new JsonFormatter().format(b, 0, b.readableBytes(), "192.0.2.9", 0, out);
      assertEquals(
          "{\"source\":\"192.0.2.9\",\"timestampNanos\":0,\"size\":12,\"error\":{\"offset\":12,",
          out.substring(0, out.indexOf("\"context\"")));
    } finally {
      b.release();
    }
  }
}
