package org.ixwire.sflow.internal;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.sflow.SflowDatagram;
import org.ixwire.sflow.SflowDecodeException;
import org.ixwire.sflow.record.Bytes;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.SflowRecord;
import org.ixwire.sflow.record.StructuredRecord;
import org.ixwire.sflow.sample.CounterSample;
import org.ixwire.sflow.sample.FlowSample;

/**
 * Decodes sFlow v2 and v4 datagrams (RFC 3176) into the v5 value model: packet data and extended
 * data become the equivalent v5 flow records, counter blocks the equivalent v5 counter records.
 */
public final class LegacyDecoder {
  private final ByteBuf buf;
  private final int start;
  private final int end;
  private final int version;
  private int pos;
  private String context = "datagram";

  private LegacyDecoder(ByteBuf buf, int offset, int length) {
    this.buf = buf;
    this.start = offset;
    this.end = offset + length;
    this.pos = offset;
    this.version = buf.getInt(offset);
  }

  /** Decodes a v2 or v4 datagram. */
  public static SflowDatagram decode(ByteBuf buf, int offset, int length) {
    if (length < 4) {
      throw SflowDecodeException.of(buf, offset, offset, offset + length, "datagram", "too short");
    }
    return new LegacyDecoder(buf, offset, length).datagram();
  }

  private SflowDecodeException fail(int at, String reason) {
    return SflowDecodeException.of(buf, at, start, end, context, reason);
  }

  private long u32() {
    if (end - pos < 4) {
      throw fail(pos, "truncated");
    }
    long v = buf.getUnsignedInt(pos);
    pos += 4;
    return v;
  }

  private Bytes bytes(long n) {
    long padded = (n + 3) & ~3L;
    if (n < 0 || padded > end - pos) {
      throw fail(pos, "opaque of " + n + " bytes runs past the datagram end");
    }
    Bytes b = Bytes.copyOf(buf, pos, (int) n);
    pos += (int) padded;
    return b;
  }

  private Bytes address() {
    long type = u32();
    if (type == 1) {
      return bytes(4);
    } else if (type == 2) {
      return bytes(16);
    } else if (type == 0) {
      return Bytes.EMPTY;
    }
    throw fail(pos - 4, "unknown address type " + type);
  }

  private List<Long> u32s(long n) {
    if (n > (end - pos) / 4) {
      throw fail(pos - 4, "array of " + n + " runs past the datagram end");
    }
    List<Long> l = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      l.add(u32());
    }
    return l;
  }

  private SflowDatagram datagram() {
    u32(); // version
    SflowDatagram.Builder b =
        SflowDatagram.builder().agentAddress(address()).sequenceNumber(u32()).uptime(u32());
    long n = u32();
    if (n > (end - pos) / 4) {
      throw fail(pos - 4, "sample count " + n + " cannot fit");
    }
    for (int i = 0; i < n; i++) {
      context = "datagram/samples[" + i + "]";
      long type = u32();
      if (type == 1) {
        b.addSample(flow());
      } else if (type == 2) {
        b.addSample(counters());
      } else {
        throw fail(pos - 4, "unknown v" + version + " sample type " + type);
      }
    }
    return b.build();
  }

  private FlowSample flow() {
    long seq = u32();
    long id = u32();
    long rate = u32();
    long pool = u32();
    long drops = u32();
    long in = u32();
    long out = u32();
    long outFormat = 0;
    if ((out & 0x80000000L) != 0) {
      outFormat = 2;
      out &= 0x7fffffffL;
    }
    boolean expanded = in > 0x3fffffffL || out > 0x3fffffffL;
    FlowSample.Builder f =
        FlowSample.builder()
            .expanded(expanded)
            .sequenceNumber(seq)
            .sourceId(id >>> 24, id & 0xffffff)
            .samplingRate(rate)
            .samplePool(pool)
            .drops(drops)
            .input(0, in)
            .output(outFormat, out);
    long tag = u32();
    switch ((int) tag) {
      case 1:
        {
          long proto = u32();
          long frame = u32();
          long hlen = u32();
          f.addRecord(
              StructuredRecord.of(
                  DataFormat.SAMPLED_HEADER, List.of(proto, frame, 0L, bytes(hlen))));
          break;
        }
      case 2:
        f.addRecord(
            StructuredRecord.of(
                DataFormat.SAMPLED_IPV4,
                List.of(u32(), u32(), bytes(4), bytes(4), u32(), u32(), u32(), u32())));
        break;
      case 3:
        f.addRecord(
            StructuredRecord.of(
                DataFormat.SAMPLED_IPV6,
                List.of(u32(), u32(), bytes(16), bytes(16), u32(), u32(), u32(), u32())));
        break;
      default:
        throw fail(pos - 4, "unknown packet data tag " + tag);
    }
    long extended = u32();
    for (long i = 0; i < extended; i++) {
      long et = u32();
      f.addRecord(extendedRecord(et));
    }
    return f.build();
  }

  private SflowRecord extendedRecord(long tag) {
    switch ((int) tag) {
      case 1:
        return StructuredRecord.of(DataFormat.EXTENDED_SWITCH, List.of(u32(), u32(), u32(), u32()));
      case 2:
        return StructuredRecord.of(DataFormat.EXTENDED_ROUTER, List.of(address(), u32(), u32()));
      case 3:
        {
          long as = u32();
          long srcAs = u32();
          long srcPeer = u32();
          List<Object> segments = new ArrayList<>();
          List<Long> communities = new ArrayList<>();
          long localPref = 0;
          if (version == 2) {
            segments.add(List.of(2L, u32s(u32())));
          } else {
            long n = u32();
            if (n > (end - pos) / 8) {
              throw fail(pos - 4, "segment count " + n + " cannot fit");
            }
            for (long i = 0; i < n; i++) {
              long type = u32();
              segments.add(List.of(type, u32s(u32())));
            }
            communities = u32s(u32());
            localPref = u32();
          }
          return StructuredRecord.of(
              DataFormat.EXTENDED_GATEWAY,
              List.of(Bytes.EMPTY, as, srcAs, srcPeer, segments, communities, localPref));
        }
      case 4:
        {
          Bytes src = bytes(u32());
          Bytes dst = bytes(u32());
          return StructuredRecord.of(DataFormat.flow(0, 1004), List.of(0L, src, 0L, dst));
        }
      case 5:
        {
          long dir = u32();
          Bytes url = bytes(u32());
          return StructuredRecord.of(DataFormat.flow(0, 1005), List.of(dir, url, Bytes.EMPTY));
        }
      default:
        throw fail(pos - 4, "unknown extended data tag " + tag);
    }
  }

  private CounterSample counters() {
    long seq = u32();
    long id = u32();
    u32(); // sampling interval: no v5 equivalent
    long kind = u32();
    List<SflowRecord> records = new ArrayList<>();
    if (kind >= 1 && kind <= 6) {
      records.add(counterRecord(1));
    } else if (kind != 7) {
      throw fail(pos - 4, "unknown counters version " + kind);
    }
    if (kind == 2) {
      records.add(counterRecord(2));
    } else if (kind == 3) {
      records.add(counterRecord(3));
    } else if (kind == 5) {
      records.add(counterRecord(4));
    } else if (kind == 7) {
      records.add(counterRecord(5));
    }
    return new CounterSample(false, seq, id >>> 24, id & 0xffffff, ImmutableList.copyOf(records));
  }

  private SflowRecord counterRecord(int v5Format) {
    DataFormat f = DataFormat.counter(0, v5Format);
    org.ixwire.sflow.record.RecordSchema s =
        java.util.Objects.requireNonNull(org.ixwire.sflow.record.RecordSchemas.of(f));
    int size = 0;
    for (org.ixwire.sflow.record.Field field : s.fields()) {
      size += field.type() == org.ixwire.sflow.record.FieldType.U64 ? 8 : 4;
    }
    if (end - pos < size) {
      throw fail(pos, "counter block truncated");
    }
    StructuredRecord r = SchemaCodec.decode(f, s, buf, pos, size);
    if (r == null) {
      throw fail(pos, "malformed counter block");
    }
    pos += size;
    return r;
  }
}
