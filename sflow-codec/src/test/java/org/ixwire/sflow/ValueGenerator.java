package org.ixwire.sflow;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ixwire.sflow.record.Bytes;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.Field;
import org.ixwire.sflow.record.OpaqueRecord;
import org.ixwire.sflow.record.RecordSchema;
import org.ixwire.sflow.record.RecordSchemas;
import org.ixwire.sflow.record.SflowRecord;
import org.ixwire.sflow.record.StructuredRecord;
import org.ixwire.sflow.sample.CounterSample;
import org.ixwire.sflow.sample.DiscardedPacketSample;
import org.ixwire.sflow.sample.FlowSample;
import org.ixwire.sflow.sample.SampleType;
import org.ixwire.sflow.sample.SflowSample;
import org.ixwire.sflow.sample.UnknownSample;

/** Test helper: canonical datagram values generated from fuzzer data (or a seeded source). */
final class ValueGenerator {
  private ValueGenerator() {}

  static final List<Map.Entry<DataFormat, RecordSchema>> FLOW = new ArrayList<>();
  static final List<Map.Entry<DataFormat, RecordSchema>> COUNTER = new ArrayList<>();

  static {
    for (Map.Entry<DataFormat, RecordSchema> e : RecordSchemas.all().entrySet()) {
      (e.getKey().kind() == DataFormat.Kind.FLOW ? FLOW : COUNTER).add(e);
    }
  }

  static SflowDatagram datagram(FuzzedDataProvider d) {
    int alen = d.pickValue(new int[] {0, 4, 16});
    SflowDatagram.Builder b =
        SflowDatagram.builder()
            .agentAddress(Bytes.of(pad(d.consumeBytes(alen), alen)))
            .subAgentId(u32(d))
            .sequenceNumber(u32(d))
            .uptime(u32(d));
    int n = d.consumeInt(0, 4);
    for (int i = 0; i < n; i++) {
      b.addSample(sample(d));
    }
    return b.build();
  }

  static long u32(FuzzedDataProvider d) {
    return Integer.toUnsignedLong(d.consumeInt());
  }

  static SflowSample sample(FuzzedDataProvider d) {
    switch (d.consumeInt(0, 4)) {
      case 0:
        {
          boolean x = d.consumeBoolean();
          FlowSample.Builder f =
              FlowSample.builder()
                  .expanded(x)
                  .sequenceNumber(u32(d))
                  .sourceId(
                      x ? u32(d) : d.consumeInt(0, 255), x ? u32(d) : d.consumeInt(0, 0xffffff))
                  .samplingRate(u32(d))
                  .samplePool(u32(d))
                  .drops(u32(d))
                  .input(x ? u32(d) : d.consumeInt(0, 3), x ? u32(d) : d.consumeInt(0, 0x3fffffff))
                  .output(
                      x ? u32(d) : d.consumeInt(0, 3), x ? u32(d) : d.consumeInt(0, 0x3fffffff));
          records(d, FLOW, DataFormat.Kind.FLOW).forEach(f::addRecord);
          return f.build();
        }
      case 1:
        {
          boolean x = d.consumeBoolean();
          CounterSample.Builder c =
              CounterSample.builder()
                  .expanded(x)
                  .sequenceNumber(u32(d))
                  .sourceId(
                      x ? u32(d) : d.consumeInt(0, 255), x ? u32(d) : d.consumeInt(0, 0xffffff));
          records(d, COUNTER, DataFormat.Kind.COUNTER).forEach(c::addRecord);
          return c.build();
        }
      case 2:
        {
          DiscardedPacketSample.Builder s =
              DiscardedPacketSample.builder()
                  .sequenceNumber(u32(d))
                  .sourceId(u32(d), u32(d))
                  .drops(u32(d))
                  .interfaces(u32(d), u32(d))
                  .reason(u32(d));
          records(d, FLOW, DataFormat.Kind.FLOW).forEach(s::addRecord);
          return s.build();
        }
      default:
        return new UnknownSample(
            SampleType.of(d.consumeInt(1, 0xFFFFF), d.consumeInt(0, 0xfff)),
            Bytes.of(d.consumeBytes(d.consumeInt(0, 64))));
    }
  }

  static List<SflowRecord> records(
      FuzzedDataProvider d, List<Map.Entry<DataFormat, RecordSchema>> known, DataFormat.Kind kind) {
    List<SflowRecord> out = new ArrayList<>();
    int n = d.consumeInt(0, 4);
    for (int i = 0; i < n; i++) {
      if (d.consumeInt(0, 7) == 0) {
        // an unregistered enterprise: kept opaque
        out.add(
            new OpaqueRecord(
                DataFormat.of(kind, d.consumeInt(1000, 2000), d.consumeInt(0, 0xfff)),
                Bytes.of(d.consumeBytes(d.consumeInt(0, 16)))));
        continue;
      }
      Map.Entry<DataFormat, RecordSchema> e = known.get(d.consumeInt(0, known.size() - 1));
      List<Object> values = new ArrayList<>();
      int count = e.getValue().mandatoryCount();
      if (count < e.getValue().fields().size() && d.consumeBoolean()) {
        count = e.getValue().fields().size();
      }
      for (int f = 0; f < count; f++) {
        values.add(value(d, e.getValue().fields().get(f), 0));
      }
      out.add(StructuredRecord.of(e.getKey(), values));
    }
    return out;
  }

  static Object value(FuzzedDataProvider d, Field f, int depth) {
    switch (f.type()) {
      case U32:
      case PERCENT:
        return u32(d);
      case U64:
      case U64_HEX:
        return d.consumeLong();
      case FLOAT:
        {
          float v = Float.intBitsToFloat(d.consumeInt());
          return Float.isNaN(v) ? 0f : v;
        }
      case DOUBLE:
        {
          double v = Double.longBitsToDouble(d.consumeLong());
          return Double.isNaN(v) ? 0d : v;
        }
      case MAC:
        return Bytes.of(pad(d.consumeBytes(6), 6));
      case IPV4:
        return Bytes.of(pad(d.consumeBytes(4), 4));
      case IPV6:
      case UUID:
        return Bytes.of(pad(d.consumeBytes(16), 16));
      case ADDRESS:
        {
          int l = d.pickValue(new int[] {0, 4, 16});
          return Bytes.of(pad(d.consumeBytes(l), l));
        }
      case STRING:
      case OPAQUE:
        return Bytes.of(d.consumeBytes(d.consumeInt(0, 40)));
      case U32_ARRAY:
        {
          ImmutableList.Builder<Long> b = ImmutableList.builder();
          int n = d.consumeInt(0, 4);
          for (int i = 0; i < n; i++) {
            b.add(u32(d));
          }
          return b.build();
        }
      case STRUCT_ARRAY:
        {
          ImmutableList.Builder<Object> b = ImmutableList.builder();
          int n = depth > 2 ? 0 : d.consumeInt(0, 3);
          RecordSchema el = f.element();
          for (int i = 0; i < n && el != null; i++) {
            ImmutableList.Builder<Object> e = ImmutableList.builder();
            for (Field ef : el.fields()) {
              e.add(value(d, ef, depth + 1));
            }
            b.add(e.build());
          }
          return b.build();
        }
    }
    throw new AssertionError(f.type());
  }

  private static byte[] pad(byte[] b, int len) {
    return b.length == len ? b : java.util.Arrays.copyOf(b, len);
  }
}
