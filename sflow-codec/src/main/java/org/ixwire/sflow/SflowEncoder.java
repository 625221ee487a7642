package org.ixwire.sflow;

import io.netty.buffer.ByteBuf;
import java.util.List;
import org.ixwire.sflow.internal.LegacyEncoder;
import org.ixwire.sflow.internal.SchemaCodec;
import org.ixwire.sflow.record.OpaqueRecord;
import org.ixwire.sflow.record.SflowRecord;
import org.ixwire.sflow.record.StructuredRecord;
import org.ixwire.sflow.sample.CounterSample;
import org.ixwire.sflow.sample.DiscardedPacketSample;
import org.ixwire.sflow.sample.FlowSample;
import org.ixwire.sflow.sample.SflowSample;
import org.ixwire.sflow.sample.UnknownSample;

/**
 * Encodes {@link SflowDatagram} values as sFlow v5 datagrams (sFlow v5 §5): {@link
 * #encodedLength(SflowDatagram)} first, then {@link #encode(SflowDatagram, ByteBuf)} into the
 * caller's buffer, exact size, no temporary buffers. Structured records are written canonically
 * (zero padding); opaque records and unknown samples are written byte-exact. Stateless.
 */
public final class SflowEncoder {
  private SflowEncoder() {}

  /** Exact number of bytes {@link #encode} writes. */
  public static int encodedLength(SflowDatagram d) {
    int n = 4 + 4 + d.agentAddress().length() + 16;
    for (SflowSample s : d.samples()) {
      n += 8 + sampleBodyLength(s);
    }
    return n + d.trailer().length();
  }

  /** Writes the datagram at {@code out}'s writer index. */
  public static void encode(SflowDatagram d, ByteBuf out) {
    out.ensureWritable(encodedLength(d));
    out.writeInt(SflowDatagram.VERSION);
    int al = d.agentAddress().length();
    out.writeInt(al == 0 ? 0 : al == 4 ? 1 : 2);
    d.agentAddress().writeTo(out);
    out.writeInt((int) d.subAgentId());
    out.writeInt((int) d.sequenceNumber());
    out.writeInt((int) d.uptime());
    out.writeInt(d.samples().size());
    for (SflowSample s : d.samples()) {
      out.writeInt(s.type().tag());
      out.writeInt(sampleBodyLength(s));
      writeSampleBody(s, out);
    }
    d.trailer().writeTo(out);
  }

  /**
   * Writes the datagram as sFlow version 2 or 4 (RFC 3176) at {@code out}'s writer index. Only what
   * those versions can carry is accepted (see {@link org.ixwire.sflow.internal.LegacyEncoder}); the
   * counters sampling interval is written as 0.
   *
   * @throws IllegalArgumentException when a sample or record has no v2/v4 form
   */
  public static void encodeLegacy(SflowDatagram d, int version, ByteBuf out) {
    LegacyEncoder.encode(d, version, out);
  }

  /** Exact number of bytes {@link #encodeLegacy} writes. */
  public static int encodedLengthLegacy(SflowDatagram d, int version) {
    return LegacyEncoder.encodedLength(d, version);
  }

  /** Exact body length of one sample (after its type and length words). */
  public static int sampleBodyLength(SflowSample s) {
    if (s instanceof FlowSample) {
      FlowSample f = (FlowSample) s;
      return (f.expanded() ? 44 : 32) + recordsLength(f.records());
    } else if (s instanceof CounterSample) {
      CounterSample c = (CounterSample) s;
      return (c.expanded() ? 16 : 12) + recordsLength(c.records());
    } else if (s instanceof DiscardedPacketSample) {
      return 32 + recordsLength(((DiscardedPacketSample) s).records());
    }
    return ((UnknownSample) s).body().length();
  }

  private static int recordsLength(List<SflowRecord> records) {
    int n = 0;
    for (SflowRecord r : records) {
      n += 8 + recordBodyLength(r);
    }
    return n;
  }

  /** Exact body length of one record (after its format and length words). */
  public static int recordBodyLength(SflowRecord r) {
    if (r instanceof StructuredRecord) {
      return SchemaCodec.encodedLength((StructuredRecord) r);
    }
    return ((OpaqueRecord) r).body().length();
  }

  /** Writes one record (format, length, body). */
  public static void encodeRecord(SflowRecord r, ByteBuf out) {
    out.writeInt(r.format().tag());
    out.writeInt(recordBodyLength(r));
    if (r instanceof StructuredRecord) {
      SchemaCodec.encode((StructuredRecord) r, out);
    } else {
      ((OpaqueRecord) r).body().writeTo(out);
    }
  }

  private static void writeRecords(List<SflowRecord> records, ByteBuf out) {
    out.writeInt(records.size());
    for (SflowRecord r : records) {
      encodeRecord(r, out);
    }
  }

  private static void writeSampleBody(SflowSample s, ByteBuf out) {
    if (s instanceof FlowSample) {
      FlowSample f = (FlowSample) s;
      out.writeInt((int) f.sequenceNumber());
      if (f.expanded()) {
        out.writeInt((int) f.sourceIdType());
        out.writeInt((int) f.sourceIdIndex());
      } else {
        out.writeInt((int) ((f.sourceIdType() << 24) | f.sourceIdIndex()));
      }
      out.writeInt((int) f.samplingRate());
      out.writeInt((int) f.samplePool());
      out.writeInt((int) f.drops());
      if (f.expanded()) {
        out.writeInt((int) f.inputFormat());
        out.writeInt((int) f.input());
        out.writeInt((int) f.outputFormat());
        out.writeInt((int) f.output());
      } else {
        out.writeInt((int) ((f.inputFormat() << 30) | f.input()));
        out.writeInt((int) ((f.outputFormat() << 30) | f.output()));
      }
      writeRecords(f.records(), out);
    } else if (s instanceof CounterSample) {
      CounterSample c = (CounterSample) s;
      out.writeInt((int) c.sequenceNumber());
      if (c.expanded()) {
        out.writeInt((int) c.sourceIdType());
        out.writeInt((int) c.sourceIdIndex());
      } else {
        out.writeInt((int) ((c.sourceIdType() << 24) | c.sourceIdIndex()));
      }
      writeRecords(c.records(), out);
    } else if (s instanceof DiscardedPacketSample) {
      DiscardedPacketSample d = (DiscardedPacketSample) s;
      out.writeInt((int) d.sequenceNumber());
      out.writeInt((int) d.sourceIdType());
      out.writeInt((int) d.sourceIdIndex());
      out.writeInt((int) d.drops());
      out.writeInt((int) d.inputIfIndex());
      out.writeInt((int) d.outputIfIndex());
      out.writeInt((int) d.reason());
      writeRecords(d.records(), out);
    } else {
      ((UnknownSample) s).body().writeTo(out);
    }
  }
}
