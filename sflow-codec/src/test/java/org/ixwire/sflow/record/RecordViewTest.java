package org.ixwire.sflow.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class RecordViewTest {
  @Test
  void sampledHeaderAndSwitchAccessors() {
    ByteBuf b =
        Hex.buf(
            "00000001 00000014 00000001 000005ee 00000004 00000004 deadbeef"
                + " 000003e9 00000010 00000064 00000000 000000c8 00000000");
    try {
      RecordView r = new RecordView().wrap(b, DataFormat.Kind.FLOW, 0, 20, 0);
      assertTrue(r.isSampledHeader());
      assertEquals(1518, r.frameLength());
      assertEquals(4, r.headerLength());
      assertEquals(24, r.headerOffset());
      assertEquals(-1, r.u32(20));
      r.wrap(b, DataFormat.Kind.FLOW, 28, 16, 1);
      assertFalse(r.isSampledHeader());
      assertEquals(100, r.switchSrcVlan());
      assertEquals(200, r.switchDstVlan());
      assertEquals(DataFormat.EXTENDED_SWITCH, r.dataFormat());
    } finally {
      b.release();
    }
  }
}
