package org.ixwire.sflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.sflow.sample.SampleView;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class SflowDatagramViewTest {

  @Test
  void walksSamplesAndRecordsWithOneFlyweightEach() {
    ByteBuf b = TestDatagrams.encode(TestDatagrams.flows());
    try {
      SflowDatagramView v = new SflowDatagramView().wrap(b, 0, b.readableBytes());
      assertEquals(5, v.version());
      assertEquals(1, v.agentAddressType());
      assertEquals(3, v.subAgentId());
      assertEquals(77, v.sequenceNumber());
      assertEquals(4, v.sampleCount());
      List<SampleView.Kind> kinds = new ArrayList<>();
      List<Long> frames = new ArrayList<>();
      SampleView[] seen = new SampleView[2];
      v.forEachSample(
          s -> {
            kinds.add(s.kind());
            seen[seen[0] == null ? 0 : 1] = s;
            s.forEachRecord(
                r -> {
                  if (r.isSampledHeader()) {
                    frames.add(r.frameLength());
                  }
                });
          });
      assertEquals(
          List.of(
              SampleView.Kind.FLOW,
              SampleView.Kind.FLOW,
              SampleView.Kind.FLOW,
              SampleView.Kind.COUNTERS),
          kinds);
      assertEquals(List.of(512L, 1024L, 64L), frames);
      assertEquals(seen[0], seen[1]);
      assertEquals(b.readableBytes(), v.trailerOffset());
    } finally {
      b.release();
    }
  }

  @Test
  void retainedMessageOutlivesTheCallback() {
    ByteBuf b = TestDatagrams.encode(TestDatagrams.flows());
    SflowDatagramMessage m;
    try {
      m = new SflowDatagramView().wrap(b, 0, b.readableBytes()).retainedMessage();
    } finally {
      b.release();
    }
    try {
      assertEquals(77, m.sequenceNumber());
      assertEquals(TestDatagrams.flows(), m.decode());
      SflowDatagramMessage d = m.retainedDuplicate();
      assertEquals(4, d.sampleCount());
      d.release();
    } finally {
      m.release();
    }
  }

  @Test
  void rejectsUnknownAgentAddressTypeAndTruncation() {
    ByteBuf b = Hex.buf("00000005 00000003 00000000");
    ByteBuf c = Hex.buf("00000005 00000001 0a000001 0000");
    try {
      SflowDatagramView v = new SflowDatagramView();
      assertEquals(4, assertThrows(SflowDecodeException.class, () -> v.wrap(b, 0, 12)).offset());
      assertThrows(SflowDecodeException.class, () -> v.wrap(c, 0, c.readableBytes()));
    } finally {
      b.release();
      c.release();
    }
  }
}
