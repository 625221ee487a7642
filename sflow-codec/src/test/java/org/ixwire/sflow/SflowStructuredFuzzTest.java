package org.ixwire.sflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.sflow.format.JsonFormatter;
import org.ixwire.sflow.format.SflowtoolFormatter;

/**
 * Structure-aware fuzzing: a valid sFlow v5 datagram is generated from the fuzzer's data ({@link
 * ValueGenerator}, every known record structure) and encoded, then exactly one structural field the
 * fuzzer picks is corrupted: the version, the agent address type, the sample count, a sample's
 * format or length, a record count, a record's format or length, or a sampled header's length (the
 * nested packet). The decoder may only accept it or raise {@link SflowDecodeException} with an
 * offset inside the datagram; the formatters never throw; accepted input re-encodes byte-exact.
 */
class SflowStructuredFuzzTest {

  /** One field: {@code width} big-endian bytes at {@code offset}. */
  record Field(int offset, int width, String name) {}

  static List<Field> fields(byte[] w) {
    List<Field> f = new ArrayList<>();
    ByteBuf buf = Unpooled.wrappedBuffer(w);
    SflowDatagramView v = new SflowDatagramView().wrap(buf, 0, w.length);
    f.add(new Field(0, 4, "version"));
    f.add(new Field(4, 4, "agent-address-type"));
    int countAt = v.agentAddressOffset() + v.agentAddressLength() + 12;
    f.add(new Field(countAt, 4, "sample-count"));
    v.forEachSample(
        s -> {
          int h = s.bodyOffset() - 8;
          String n = "sample[" + s.index() + "]";
          f.add(new Field(h, 4, n + "/format"));
          f.add(new Field(h + 4, 4, n + "/length"));
          int[] first = {-1};
          s.forEachRecord(
              r -> {
                int rh = r.bodyOffset() - 8;
                if (first[0] < 0) {
                  first[0] = rh;
                  f.add(new Field(rh - 4, 4, n + "/record-count"));
                }
                String rn = n + "/record[" + r.index() + "]";
                f.add(new Field(rh, 4, rn + "/format"));
                f.add(new Field(rh + 4, 4, rn + "/length"));
                if (r.isSampledHeader()) {
                  f.add(new Field(r.headerOffset() - 4, 4, rn + "/header-length"));
                  if (r.headerLength() > 13) {
                    // the EtherType of the sampled frame: VLAN/IP nesting
                    f.add(new Field(r.headerOffset() + 12, 2, rn + "/ethertype"));
                  }
                }
              });
        });
    return f;
  }

  static String corrupt(byte[] w, Field field, int mode, long value) {
    return field.name()
        + " "
        + org.ixwire.testing.FieldCorruption.corrupt(w, field.offset(), field.width(), mode, value);
  }

  @FuzzTest
  void corruptedDatagram(FuzzedDataProvider data) {
    SflowDatagram d = ValueGenerator.datagram(data);
    ByteBuf out = Unpooled.buffer(SflowEncoder.encodedLength(d));
    SflowEncoder.encode(d, out);
    byte[] w = new byte[out.readableBytes()];
    out.readBytes(w);
    List<Field> fields = fields(w);
    Field f = fields.get(data.consumeInt(0, fields.size() - 1));
    String what = corrupt(w, f, data.consumeInt(0, 3), data.consumeLong());
    check(w, what);
  }

  static void check(byte[] w, String what) {
    ByteBuf buf = Unpooled.wrappedBuffer(w);
    StringBuilder text = new StringBuilder();
    new SflowtoolFormatter(SflowtoolFormatter.Mode.DEFAULT, text)
        .format(buf, 0, w.length, "-", 0, 0, 0, 0);
    new SflowtoolFormatter(SflowtoolFormatter.Mode.LINE, text)
        .format(buf, 0, w.length, "-", 0, 0, 0, 0);
    new JsonFormatter().format(buf, 0, w.length, "-", 0, text);
    SflowDatagram back;
    try {
      back = SflowDecoder.decode(buf);
    } catch (SflowDecodeException e) {
      assertTrue(e.offset() >= 0 && e.offset() <= w.length, what + ": " + e.getMessage());
      return;
    }
    ByteBuf again = Unpooled.buffer(SflowEncoder.encodedLength(back));
    SflowEncoder.encode(back, again);
    byte[] b = new byte[again.readableBytes()];
    again.readBytes(b);
    assertArrayEquals(w, b, what);
  }
}
