package org.ixwire.sflow.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import org.ixwire.sflow.SflowDecodeException;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class SampleViewTest {
  @Test
  void expandedFlowAndDiscardAccessors() {
    ByteBuf b =
        Hex.buf(
            "00000003 0000002c 00000001 00000000 00000007 00000400 00001000 00000002"
                + " 00000000 00000011 00000002 00000005 00000000"
                + " 00000005 00000020 00000009 00000000 00000004 00000003 00000001 00000002"
                + " 00000102 00000000");
    try {
      SampleView s = new SampleView().wrap(b, 0, 44, 0, 0);
      assertEquals(SampleView.Kind.FLOW, s.kind());
      assertEquals(SampleType.FLOW_SAMPLE_EXPANDED, s.sampleType());
      assertEquals(7, s.sourceIdIndex());
      assertEquals(1024, s.samplingRate());
      assertEquals(17, s.input());
      assertEquals(2, s.outputFormat());
      assertEquals(5, s.output());
      s.wrap(b, 52, 32, 1, 0);
      assertEquals(SampleView.Kind.DISCARD, s.kind());
      assertEquals(3, s.drops());
      assertEquals(1, s.input());
      assertEquals(2, s.output());
      assertEquals(258, s.discardReason());
      assertEquals(0, s.recordCount());
      assertThrows(SflowDecodeException.class, () -> s.wrap(b, 52, 20, 1, 0));
    } finally {
      b.release();
    }
  }
}
