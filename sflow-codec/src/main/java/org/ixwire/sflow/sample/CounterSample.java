package org.ixwire.sflow.sample;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.SflowRecord;

/**
 * A counters sample (sFlow v5 §5.3 counters_sample, or counters_sample_expanded).
 *
 * @param expanded expanded form (0:4) or compact (0:2: 8-bit source type, 24-bit index)
 * @param sequenceNumber sample sequence number
 * @param sourceIdType data source type
 * @param sourceIdIndex data source index
 * @param records the counter records in wire order
 */
public record CounterSample(
    boolean expanded,
    long sequenceNumber,
    long sourceIdType,
    long sourceIdIndex,
    ImmutableList<SflowRecord> records)
    implements SflowSample {

  /** Validates field ranges for the chosen form. */
  public CounterSample {
    Limits.u32("sequenceNumber", sequenceNumber);
    if (expanded) {
      Limits.u32("sourceIdType", sourceIdType);
      Limits.u32("sourceIdIndex", sourceIdIndex);
    } else {
      Limits.range("sourceIdType", sourceIdType, 0xff);
      Limits.range("sourceIdIndex", sourceIdIndex, 0xffffff);
    }
    Limits.records(records, DataFormat.Kind.COUNTER);
  }

  @Override
  public SampleType type() {
    return expanded ? SampleType.COUNTERS_SAMPLE_EXPANDED : SampleType.COUNTERS_SAMPLE;
  }

  /** A builder with every field zero and no records (compact form). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this sample's values. */
  public Builder toBuilder() {
    Builder b = new Builder().expanded(expanded).sequenceNumber(sequenceNumber);
    b.sourceId(sourceIdType, sourceIdIndex);
    b.records.addAll(records);
    return b;
  }

  /** Builds a {@link CounterSample}. */
  public static final class Builder {
    private boolean expanded;
    private long sequenceNumber;
    private long sourceIdType;
    private long sourceIdIndex;
    private final List<SflowRecord> records = new ArrayList<>();

    private Builder() {}

    /** Expanded or compact form. */
    public Builder expanded(boolean v) {
      expanded = v;
      return this;
    }

    /** Sample sequence number. */
    public Builder sequenceNumber(long v) {
      sequenceNumber = v;
      return this;
    }

    /** Data source type and index. */
    public Builder sourceId(long type, long index) {
      sourceIdType = type;
      sourceIdIndex = index;
      return this;
    }

    /** Appends a counter record. */
    public Builder addRecord(SflowRecord r) {
      records.add(r);
      return this;
    }

    /** Validates and builds. */
    public CounterSample build() {
      return new CounterSample(
          expanded, sequenceNumber, sourceIdType, sourceIdIndex, ImmutableList.copyOf(records));
    }
  }
}
