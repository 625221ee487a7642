package org.ixwire.sflow.sample;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.ixwire.sflow.SflowDecodeException;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.RecordView;
import org.ixwire.sflow.record.RecordVisitor;

/**
 * Reusable flyweight over one sample of an sFlow v5 datagram (sFlow v5 §5.2-5.3, sFlow drops):
 * flow, expanded flow, counters, expanded counters, discarded packet, or an unknown type. Valid
 * only during the visitor call that hands it out. Allocation-free: records are visited through one
 * reused {@link RecordView}. Framing problems throw {@link SflowDecodeException} with absolute
 * offsets.
 */
public final class SampleView {
  /** Kind of sample, for switch statements without allocation. */
  public enum Kind {
    /** 0:1 or 0:3. */
    FLOW,
    /** 0:2 or 0:4. */
    COUNTERS,
    /** 0:5. */
    DISCARD,
    /** anything else. */
    OTHER
  }

  private final RecordView record = new RecordView();
  private ByteBuf buf = Unpooled.EMPTY_BUFFER;
  private int tag;
  private int bodyOffset;
  private int bodyLength;
  private int index;
  private Kind kind = Kind.OTHER;
  private boolean expanded;
  private int recordsOffset;
  private int datagramStart;

  /**
   * Points the view at the sample whose header (type, length) is at {@code headerOffset}; the
   * caller has checked that {@code bodyLength} bytes follow. Validates the fixed part.
   */
  public SampleView wrap(
      ByteBuf buf, int headerOffset, int bodyLength, int index, int datagramStart) {
    this.buf = buf;
    this.tag = buf.getInt(headerOffset);
    this.bodyOffset = headerOffset + 8;
    this.bodyLength = bodyLength;
    this.index = index;
    this.datagramStart = datagramStart;
    int fixed;
    switch (tag) {
      case 1:
        kind = Kind.FLOW;
        expanded = false;
        fixed = 32;
        break;
      case 3:
        kind = Kind.FLOW;
        expanded = true;
        fixed = 44;
        break;
      case 2:
        kind = Kind.COUNTERS;
        expanded = false;
        fixed = 12;
        break;
      case 4:
        kind = Kind.COUNTERS;
        expanded = true;
        fixed = 16;
        break;
      case 5:
        kind = Kind.DISCARD;
        expanded = true;
        fixed = 32;
        break;
      default:
        kind = Kind.OTHER;
        expanded = false;
        fixed = 0;
    }
    if (bodyLength < fixed) {
      throw fail(
          bodyOffset, "sample length " + bodyLength + " shorter than its fixed part " + fixed);
    }
    recordsOffset = bodyOffset + fixed;
    return this;
  }

  private SflowDecodeException fail(int offset, String reason) {
    return SflowDecodeException.of(
        buf,
        offset,
        datagramStart,
        bodyOffset + bodyLength,
        "datagram/samples[" + index + "]:" + (tag >>> 12) + ":" + (tag & 0xfff),
        reason);
  }

  /** The buffer this view reads. */
  public ByteBuf buffer() {
    return buf;
  }

  /** Flow, counters, discard or other. */
  public Kind kind() {
    return kind;
  }

  /** The 32-bit sample type tag. */
  public int tag() {
    return tag;
  }

  /** The sample type as an open-enum value. */
  public SampleType sampleType() {
    return SampleType.ofTag(tag);
  }

  /** True for the expanded forms (and discarded-packet samples, which use expanded ids). */
  public boolean expanded() {
    return expanded;
  }

  /** Index of the sample in its datagram. */
  public int index() {
    return index;
  }

  /** Absolute index of the body (after type and length). */
  public int bodyOffset() {
    return bodyOffset;
  }

  /** Declared body length. */
  public int bodyLength() {
    return bodyLength;
  }

  private long u32(int rel) {
    return buf.getUnsignedInt(bodyOffset + rel);
  }

  /** Sample sequence number (0 for unknown types). */
  public long sequenceNumber() {
    return kind == Kind.OTHER ? 0 : u32(0);
  }

  /** Data source type (the top 8 bits of the compact source id). */
  public long sourceIdType() {
    if (kind == Kind.OTHER) {
      return 0;
    }
    return expanded ? u32(4) : u32(4) >>> 24;
  }

  /** Data source index. */
  public long sourceIdIndex() {
    if (kind == Kind.OTHER) {
      return 0;
    }
    return expanded ? u32(8) : u32(4) & 0xffffff;
  }

  /** Flow samples: sampling rate; 0 otherwise. */
  public long samplingRate() {
    return kind != Kind.FLOW ? 0 : u32(expanded ? 12 : 8);
  }

  /** Flow samples: sample pool; 0 otherwise. */
  public long samplePool() {
    return kind != Kind.FLOW ? 0 : u32(expanded ? 16 : 12);
  }

  /** Flow and discard samples: drops; 0 otherwise. */
  public long drops() {
    if (kind == Kind.FLOW) {
      return u32(expanded ? 20 : 16);
    }
    return kind == Kind.DISCARD ? u32(12) : 0;
  }

  /** Flow samples: input interface format (0 ifIndex, 1 discard, 2 multiple). */
  public long inputFormat() {
    if (kind != Kind.FLOW) {
      return 0;
    }
    return expanded ? u32(24) : u32(20) >>> 30;
  }

  /** Flow samples: input interface value; discard samples: input ifIndex. */
  public long input() {
    if (kind == Kind.DISCARD) {
      return u32(16);
    }
    if (kind != Kind.FLOW) {
      return 0;
    }
    return expanded ? u32(28) : u32(20) & 0x3fffffff;
  }

  /** Flow samples: output interface format. */
  public long outputFormat() {
    if (kind != Kind.FLOW) {
      return 0;
    }
    return expanded ? u32(32) : u32(24) >>> 30;
  }

  /** Flow samples: output interface value; discard samples: output ifIndex. */
  public long output() {
    if (kind == Kind.DISCARD) {
      return u32(20);
    }
    if (kind != Kind.FLOW) {
      return 0;
    }
    return expanded ? u32(36) : u32(24) & 0x3fffffff;
  }

  /** Discard samples: the reason code; 0 otherwise. */
  public long discardReason() {
    return kind == Kind.DISCARD ? u32(24) : 0;
  }

  /** Number of records declared (0 for unknown types). */
  public long recordCount() {
    return kind == Kind.OTHER ? 0 : buf.getUnsignedInt(recordsOffset - 4);
  }

  /**
   * Visits every record with one reused {@link RecordView}, checking that each record lies inside
   * the sample and that the records fill it exactly.
   */
  public void forEachRecord(RecordVisitor visitor) {
    if (kind == Kind.OTHER) {
      return;
    }
    DataFormat.Kind rk = kind == Kind.COUNTERS ? DataFormat.Kind.COUNTER : DataFormat.Kind.FLOW;
    long n = recordCount();
    int end = bodyOffset + bodyLength;
    int p = recordsOffset;
    if (n > (end - p) / 8) {
      throw fail(recordsOffset - 4, "record count " + n + " cannot fit in the sample");
    }
    for (int i = 0; i < n; i++) {
      if (end - p < 8) {
        throw fail(p, "record " + i + " header runs past the sample end");
      }
      long len = buf.getUnsignedInt(p + 4);
      if (len > end - p - 8) {
        throw fail(p + 4, "record " + i + " length " + len + " runs past the sample end");
      }
      visitor.record(record.wrap(buf, rk, p, (int) len, i));
      p += 8 + (int) len;
    }
    if (p != end) {
      throw fail(p, (end - p) + " bytes after the last record of the sample");
    }
  }
}
