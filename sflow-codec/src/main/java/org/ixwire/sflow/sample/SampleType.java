package org.ixwire.sflow.sample;

import org.jspecify.annotations.Nullable;

/**
 * Open enum of sFlow v5 sample types (sFlow v5 §5.2 {@code sample_record.sample_type}):
 * enterprise:format. {@code SampleType.of(0, 9)} prints {@code UNKNOWN(0:9)}.
 */
public final class SampleType {
  /** flow_sample (0:1, sFlow v5 §5.3 compact). */
  public static final SampleType FLOW_SAMPLE = new SampleType(0, 1, "FLOW_SAMPLE");

  /** counters_sample (0:2). */
  public static final SampleType COUNTERS_SAMPLE = new SampleType(0, 2, "COUNTERS_SAMPLE");

  /** flow_sample_expanded (0:3). */
  public static final SampleType FLOW_SAMPLE_EXPANDED =
      new SampleType(0, 3, "FLOW_SAMPLE_EXPANDED");

  /** counters_sample_expanded (0:4). */
  public static final SampleType COUNTERS_SAMPLE_EXPANDED =
      new SampleType(0, 4, "COUNTERS_SAMPLE_EXPANDED");

  /** discarded_packet (0:5, sFlow drops extension). */
  public static final SampleType DISCARDED_PACKET = new SampleType(0, 5, "DISCARDED_PACKET");

  /** rt_metric (4300:1002, sflowtool's RTMETRIC). */
  public static final SampleType RT_METRIC = new SampleType(4300, 1002, "RT_METRIC");

  /** rt_flow (4300:1003, sflowtool's RTFLOW). */
  public static final SampleType RT_FLOW = new SampleType(4300, 1003, "RT_FLOW");

  private static final SampleType[] KNOWN = {
    FLOW_SAMPLE,
    COUNTERS_SAMPLE,
    FLOW_SAMPLE_EXPANDED,
    COUNTERS_SAMPLE_EXPANDED,
    DISCARDED_PACKET,
    RT_METRIC,
    RT_FLOW
  };

  private final int enterprise;
  private final int format;
  private final String name;

  private SampleType(int enterprise, int format, String name) {
    this.enterprise = enterprise;
    this.format = format;
    this.name = name;
  }

  /** The sample type with the 32-bit tag {@code enterprise << 12 | format}. */
  public static SampleType ofTag(int tag) {
    return of(tag >>> 12, tag & 0xfff);
  }

  /** The known sample type, or a new unknown one. */
  public static SampleType of(int enterprise, int format) {
    for (SampleType t : KNOWN) {
      if (t.enterprise == enterprise && t.format == format) {
        return t;
      }
    }
    if (enterprise < 0 || enterprise > 0xFFFFF || format < 0 || format > 0xFFF) {
      throw new IllegalArgumentException("enterprise:format out of range");
    }
    return new SampleType(enterprise, format, "");
  }

  /** 20-bit enterprise. */
  public int enterprise() {
    return enterprise;
  }

  /** 12-bit format. */
  public int format() {
    return format;
  }

  /** The 32-bit tag on the wire. */
  public int tag() {
    return (enterprise << 12) | format;
  }

  /** The name, or {@code UNKNOWN(e:f)}. */
  public String name() {
    return name.isEmpty() ? "UNKNOWN(" + enterprise + ":" + format + ")" : name;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SampleType
        && ((SampleType) o).enterprise == enterprise
        && ((SampleType) o).format == format;
  }

  @Override
  public int hashCode() {
    return tag();
  }

  @Override
  public String toString() {
    return name();
  }
}
