package org.ixwire.sflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.concurrent.TimeUnit;
import org.ixwire.sflow.format.JsonFormatter;
import org.ixwire.sflow.format.SflowtoolFormatter;
import org.ixwire.testing.Allocation;
import org.ixwire.testing.LeakCheckExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Resource bounds of the sFlow decoder and formatters on adversarial datagrams, in the {@code
 * -Xmx64m} JVM of the {@code bounded-memory} execution: sample and record counts of 2^32 - 1 in a
 * few bytes, lengths claiming 4 GiB, and 64 KiB datagrams of many small samples. Each finishes with
 * a documented outcome, allocates at most a small factor of its input, and costs the same per byte
 * at four times the size.
 */
@Tag("bounded")
@ExtendWith(LeakCheckExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BoundedResourcesTest {

  static ByteBuf datagramHeader(long samples) {
    ByteBuf b = Unpooled.buffer();
    b.writeInt(5).writeInt(1).writeInt(0x0a000001).writeInt(0).writeInt(1).writeInt(1000);
    b.writeInt((int) samples);
    return b;
  }

  static byte[] bytes(ByteBuf b) {
    byte[] out = new byte[b.readableBytes()];
    b.getBytes(b.readerIndex(), out);
    return out;
  }

  static Runnable everything(byte[] d) {
    ByteBuf buf = Unpooled.wrappedBuffer(d);
    StringBuilder text = new StringBuilder();
    SflowtoolFormatter plain = new SflowtoolFormatter(SflowtoolFormatter.Mode.DEFAULT, text);
    SflowtoolFormatter lines = new SflowtoolFormatter(SflowtoolFormatter.Mode.LINE, text);
    JsonFormatter json = new JsonFormatter();
    return () -> {
      text.setLength(0);
      plain.format(buf, 0, d.length, "-", 0, 0, 0, 0);
      plain.errors().setLength(0);
      lines.format(buf, 0, d.length, "-", 0, 0, 0, 0);
      lines.errors().setLength(0);
      json.format(buf, 0, d.length, "-", 0, text);
      try {
        SflowDecoder.decodeAnyVersion(buf, 0, d.length);
      } catch (SflowDecodeException expected) {
        // a documented outcome
      }
      new SflowDatagramView().wrap(buf, 0, d.length);
    };
  }

  @Test
  void countsOfTwoToThe32() {
    // datagram claiming 2^32 - 1 samples
    byte[] samples = bytes(datagramHeader(0xffff_ffffL));
    assertThrows(
        SflowDecodeException.class, () -> SflowDecoder.decode(Unpooled.wrappedBuffer(samples)));
    Allocation.assertBounded("sample count 2^32-1", samples.length, 64, everything(samples));
    // a flow sample claiming 2^32 - 1 records
    ByteBuf b = datagramHeader(1);
    b.writeInt(1).writeInt(32);
    b.writeInt(1).writeInt(3).writeInt(256).writeInt(100).writeInt(0).writeInt(1).writeInt(2);
    b.writeInt(-1);
    byte[] records = bytes(b);
    Allocation.assertBounded("record count 2^32-1", records.length, 64, everything(records));
    // a counter sample claiming 2^32 - 1 records, and a sample length of 4 GiB
    ByteBuf c = datagramHeader(2);
    c.writeInt(2).writeInt(12).writeInt(1).writeInt(3).writeInt(-1);
    c.writeInt(2).writeInt(-1);
    byte[] counters = bytes(c);
    Allocation.assertBounded("counter records 2^32-1", counters.length, 64, everything(counters));
  }

  @Test
  void recordLengthClaimingFourGigabytes() {
    ByteBuf b = datagramHeader(1);
    b.writeInt(1).writeInt(40);
    b.writeInt(1).writeInt(3).writeInt(256).writeInt(100).writeInt(0).writeInt(1).writeInt(2);
    b.writeInt(1).writeInt(1).writeInt(-1);
    b.writeZero(16);
    byte[] d = bytes(b);
    Allocation.assertBounded("record length 2^32-1", d.length, 64, everything(d));
  }

  /** A datagram of {@code n} counter samples, each one generic interface record. */
  static byte[] manyCounterSamples(int n) {
    ByteBuf b = datagramHeader(n);
    for (int i = 0; i < n; i++) {
      b.writeInt(2).writeInt(12 + 8 + 88);
      b.writeInt(i).writeInt(i).writeInt(1);
      b.writeInt(1).writeInt(88).writeInt(i).writeInt(6).writeLong(10_000_000_000L);
      b.writeInt(1).writeInt(3).writeLong(1000L * i).writeInt(i).writeInt(0).writeInt(0);
      b.writeInt(0).writeInt(0).writeInt(0).writeLong(2000L * i).writeInt(i).writeInt(0);
      b.writeInt(0).writeInt(0).writeInt(0).writeInt(0);
    }
    return bytes(b);
  }

  @Test
  void sixtyFourKilobyteDatagrams() {
    byte[] d = manyCounterSamples(560);
    assertEquals(560, SflowDecoder.decode(Unpooled.wrappedBuffer(d)).samples().size());
    // values per sample and record, sflowtool text (several times the input), JSON
    Allocation.assertBounded("560 counter samples (64 KiB)", d.length, 64, everything(d));
    Allocation.assertLinear("counter samples", 150, n -> everything(manyCounterSamples(n)));
  }
}
