package org.ixwire.sflow;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import org.ixwire.sflow.internal.LegacyDecoder;
import org.ixwire.sflow.internal.SchemaCodec;
import org.ixwire.sflow.record.Bytes;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.OpaqueRecord;
import org.ixwire.sflow.record.RecordSchema;
import org.ixwire.sflow.record.RecordSchemas;
import org.ixwire.sflow.record.RecordView;
import org.ixwire.sflow.record.SflowRecord;
import org.ixwire.sflow.record.StructuredRecord;
import org.ixwire.sflow.sample.CounterSample;
import org.ixwire.sflow.sample.DiscardedPacketSample;
import org.ixwire.sflow.sample.FlowSample;
import org.ixwire.sflow.sample.SampleType;
import org.ixwire.sflow.sample.SampleView;
import org.ixwire.sflow.sample.SflowSample;
import org.ixwire.sflow.sample.UnknownSample;

/**
 * Decodes sFlow v5 datagrams into {@link SflowDatagram} values, using {@link SflowDatagramView} for
 * framing (one parsing implementation). Policy: framing errors (lengths and counts that do not fit,
 * bytes after the last record of a sample, unknown agent address type, version other than 5) throw
 * {@link SflowDecodeException}; a record of known format whose body does not parse as its structure
 * (trailing bytes, overrun inside the record, unknown address type) and every unknown format become
 * {@link OpaqueRecord}s; unknown sample types become {@link UnknownSample}s; bytes after the last
 * sample are kept as {@link SflowDatagram#trailer()}. So {@code encode(decode(bytes))} reproduces
 * every accepted datagram byte for byte.
 *
 * <p>The decoder never retains or releases its input; values copy what they keep. Stateless and
 * thread-safe.
 */
public final class SflowDecoder {
  private SflowDecoder() {}

  /** Decodes the readable bytes of {@code buf} (its indices are not changed). */
  public static SflowDatagram decode(ByteBuf buf) {
    return decode(buf, buf.readerIndex(), buf.readableBytes());
  }

  /** Decodes {@code length} bytes at absolute {@code offset} of {@code buf}. */
  public static SflowDatagram decode(ByteBuf buf, int offset, int length) {
    SflowDatagramView view = new SflowDatagramView().wrap(buf, offset, length);
    SflowDatagram.Builder b =
        SflowDatagram.builder()
            .agentAddress(Bytes.copyOf(buf, view.agentAddressOffset(), view.agentAddressLength()))
            .subAgentId(view.subAgentId())
            .sequenceNumber(view.sequenceNumber())
            .uptime(view.uptime());
    view.forEachSample(s -> b.addSample(sample(s)));
    int t = view.trailerOffset();
    b.trailer(Bytes.copyOf(buf, t, view.endOffset() - t));
    return b.build();
  }

  private static SflowSample sample(SampleView s) {
    ImmutableList.Builder<SflowRecord> records = ImmutableList.builder();
    switch (s.kind()) {
      case FLOW:
        s.forEachRecord(r -> records.add(record(r)));
        return new FlowSample(
            s.expanded(),
            s.sequenceNumber(),
            s.sourceIdType(),
            s.sourceIdIndex(),
            s.samplingRate(),
            s.samplePool(),
            s.drops(),
            s.inputFormat(),
            s.input(),
            s.outputFormat(),
            s.output(),
            records.build());
      case COUNTERS:
        s.forEachRecord(r -> records.add(record(r)));
        return new CounterSample(
            s.expanded(), s.sequenceNumber(), s.sourceIdType(), s.sourceIdIndex(), records.build());
      case DISCARD:
        s.forEachRecord(r -> records.add(record(r)));
        return new DiscardedPacketSample(
            s.sequenceNumber(),
            s.sourceIdType(),
            s.sourceIdIndex(),
            s.drops(),
            s.input(),
            s.output(),
            s.discardReason(),
            records.build());
      case OTHER:
      default:
        return new UnknownSample(
            SampleType.ofTag(s.tag()), Bytes.copyOf(s.buffer(), s.bodyOffset(), s.bodyLength()));
    }
  }

  /**
   * Decodes a datagram of any version sflowtool accepts: v5 as {@link #decode(ByteBuf, int, int)},
   * v2 and v4 (RFC 3176) normalised into the v5 value model (packet data and extended data become
   * the equivalent v5 records; v4 gateway data has no next hop; user and URL data have no charset
   * or host; the counters sampling interval is dropped). Such values encode as v5, or back as v2/v4
   * with {@link SflowEncoder#encodeLegacy}.
   */
  public static SflowDatagram decodeAnyVersion(ByteBuf buf, int offset, int length) {
    if (length >= 4) {
      int v = buf.getInt(offset);
      if (v == 2 || v == 4) {
        return LegacyDecoder.decode(buf, offset, length);
      }
    }
    return decode(buf, offset, length);
  }

  /** Decodes one record the view points at into a value. */
  public static SflowRecord record(RecordView r) {
    DataFormat format = r.dataFormat();
    RecordSchema schema = RecordSchemas.of(format);
    if (schema != null) {
      StructuredRecord sr =
          SchemaCodec.decode(format, schema, r.buffer(), r.bodyOffset(), r.bodyLength());
      if (sr != null) {
        return sr;
      }
    }
    return new OpaqueRecord(format, Bytes.copyOf(r.buffer(), r.bodyOffset(), r.bodyLength()));
  }
}
