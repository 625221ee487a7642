package org.ixwire.sflow.sample;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.SflowRecord;

/**
 * A flow sample (sFlow v5 §5.3 flow_sample, or flow_sample_expanded when {@code expanded}).
 *
 * @param expanded true for the expanded form (0:3); false for the compact form (0:1), which limits
 *     the source id type to 8 bits, its index to 24 bits, port formats to 2 bits and port values to
 *     30 bits
 * @param sequenceNumber sample sequence number
 * @param sourceIdType data source type (0 ifIndex, 1 smonVlanDataSource, 2 entPhysicalEntry)
 * @param sourceIdIndex data source index
 * @param samplingRate sampling rate (1 in N)
 * @param samplePool total packets that could have been sampled
 * @param drops packets dropped for lack of resources
 * @param inputFormat input interface format (0 ifIndex, 1 discard reason, 2 multiple, 3 other)
 * @param input input interface value
 * @param outputFormat output interface format
 * @param output output interface value
 * @param records the flow records in wire order
 */
public record FlowSample(
    boolean expanded,
    long sequenceNumber,
    long sourceIdType,
    long sourceIdIndex,
    long samplingRate,
    long samplePool,
    long drops,
    long inputFormat,
    long input,
    long outputFormat,
    long output,
    ImmutableList<SflowRecord> records)
    implements SflowSample {

  /** Validates field ranges for the chosen form. */
  public FlowSample {
    Limits.u32("sequenceNumber", sequenceNumber);
    Limits.u32("samplingRate", samplingRate);
    Limits.u32("samplePool", samplePool);
    Limits.u32("drops", drops);
    if (expanded) {
      Limits.u32("sourceIdType", sourceIdType);
      Limits.u32("sourceIdIndex", sourceIdIndex);
      Limits.u32("inputFormat", inputFormat);
      Limits.u32("input", input);
      Limits.u32("outputFormat", outputFormat);
      Limits.u32("output", output);
    } else {
      Limits.range("sourceIdType", sourceIdType, 0xff);
      Limits.range("sourceIdIndex", sourceIdIndex, 0xffffff);
      Limits.range("inputFormat", inputFormat, 3);
      Limits.range("input", input, 0x3fffffff);
      Limits.range("outputFormat", outputFormat, 3);
      Limits.range("output", output, 0x3fffffff);
    }
    Limits.records(records, DataFormat.Kind.FLOW);
  }

  @Override
  public SampleType type() {
    return expanded ? SampleType.FLOW_SAMPLE_EXPANDED : SampleType.FLOW_SAMPLE;
  }

  /** A builder with every field zero and no records (compact form). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this sample's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.expanded = expanded;
    b.sequenceNumber = sequenceNumber;
    b.sourceIdType = sourceIdType;
    b.sourceIdIndex = sourceIdIndex;
    b.samplingRate = samplingRate;
    b.samplePool = samplePool;
    b.drops = drops;
    b.inputFormat = inputFormat;
    b.input = input;
    b.outputFormat = outputFormat;
    b.output = output;
    b.records.addAll(records);
    return b;
  }

  /** Builds a {@link FlowSample}. */
  public static final class Builder {
    private boolean expanded;
    private long sequenceNumber;
    private long sourceIdType;
    private long sourceIdIndex;
    private long samplingRate;
    private long samplePool;
    private long drops;
    private long inputFormat;
    private long input;
    private long outputFormat;
    private long output;
    private final List<SflowRecord> records = new ArrayList<>();

    private Builder() {}

    /** Expanded (0:3) or compact (0:1) form. */
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

    /** Sampling rate. */
    public Builder samplingRate(long v) {
      samplingRate = v;
      return this;
    }

    /** Sample pool. */
    public Builder samplePool(long v) {
      samplePool = v;
      return this;
    }

    /** Drops. */
    public Builder drops(long v) {
      drops = v;
      return this;
    }

    /** Input interface (format 0 = ifIndex). */
    public Builder input(long format, long value) {
      inputFormat = format;
      input = value;
      return this;
    }

    /** Output interface (format 0 = ifIndex). */
    public Builder output(long format, long value) {
      outputFormat = format;
      output = value;
      return this;
    }

    /** Appends a flow record. */
    public Builder addRecord(SflowRecord r) {
      records.add(r);
      return this;
    }

    /** Validates and builds. */
    public FlowSample build() {
      return new FlowSample(
          expanded,
          sequenceNumber,
          sourceIdType,
          sourceIdIndex,
          samplingRate,
          samplePool,
          drops,
          inputFormat,
          input,
          outputFormat,
          output,
          ImmutableList.copyOf(records));
    }
  }
}
