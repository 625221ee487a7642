package org.ixwire.sflow.sample;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.SflowRecord;

/**
 * A discarded-packet sample (sFlow drops extension, sample type 0:5).
 *
 * @param sequenceNumber sample sequence number
 * @param sourceIdType data source type (expanded form)
 * @param sourceIdIndex data source index
 * @param drops discards lost for lack of resources
 * @param inputIfIndex input interface (0 unknown)
 * @param outputIfIndex output interface (0 unknown)
 * @param reason drop reason code (see {@link DropReasons})
 * @param records flow records describing the discarded packet
 */
public record DiscardedPacketSample(
    long sequenceNumber,
    long sourceIdType,
    long sourceIdIndex,
    long drops,
    long inputIfIndex,
    long outputIfIndex,
    long reason,
    ImmutableList<SflowRecord> records)
    implements SflowSample {

  /** Validates field ranges. */
  public DiscardedPacketSample {
    Limits.u32("sequenceNumber", sequenceNumber);
    Limits.u32("sourceIdType", sourceIdType);
    Limits.u32("sourceIdIndex", sourceIdIndex);
    Limits.u32("drops", drops);
    Limits.u32("inputIfIndex", inputIfIndex);
    Limits.u32("outputIfIndex", outputIfIndex);
    Limits.u32("reason", reason);
    Limits.records(records, DataFormat.Kind.FLOW);
  }

  @Override
  public SampleType type() {
    return SampleType.DISCARDED_PACKET;
  }

  /** A builder with every field zero and no records. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this sample's values. */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .sequenceNumber(sequenceNumber)
            .sourceId(sourceIdType, sourceIdIndex)
            .drops(drops)
            .interfaces(inputIfIndex, outputIfIndex)
            .reason(reason);
    b.records.addAll(records);
    return b;
  }

  /** Builds a {@link DiscardedPacketSample}. */
  public static final class Builder {
    private long sequenceNumber;
    private long sourceIdType;
    private long sourceIdIndex;
    private long drops;
    private long inputIfIndex;
    private long outputIfIndex;
    private long reason;
    private final List<SflowRecord> records = new ArrayList<>();

    private Builder() {}

    /** Sample sequence number. */
    public Builder sequenceNumber(long v) {
      sequenceNumber = v;
      return this;
    }

    /** Data source. */
    public Builder sourceId(long type, long index) {
      sourceIdType = type;
      sourceIdIndex = index;
      return this;
    }

    /** Drops. */
    public Builder drops(long v) {
      drops = v;
      return this;
    }

    /** Input and output interfaces. */
    public Builder interfaces(long in, long out) {
      inputIfIndex = in;
      outputIfIndex = out;
      return this;
    }

    /** Drop reason code. */
    public Builder reason(long v) {
      reason = v;
      return this;
    }

    /** Appends a flow record. */
    public Builder addRecord(SflowRecord r) {
      records.add(r);
      return this;
    }

    /** Validates and builds. */
    public DiscardedPacketSample build() {
      return new DiscardedPacketSample(
          sequenceNumber,
          sourceIdType,
          sourceIdIndex,
          drops,
          inputIfIndex,
          outputIfIndex,
          reason,
          ImmutableList.copyOf(records));
    }
  }
}
