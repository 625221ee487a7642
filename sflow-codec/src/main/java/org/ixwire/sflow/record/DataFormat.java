package org.ixwire.sflow.record;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Open enum of sFlow record formats (sFlow v5 §4: {@code data_format} = enterprise &lt;&lt; 12 |
 * format). Flow and counter records have separate namespaces, so every value also carries its
 * {@link Kind}. {@code DataFormat.flow(0, 1)} is {@link #SAMPLED_HEADER}; an unregistered one
 * prints as {@code UNKNOWN(e:f)}.
 */
public final class DataFormat {
  /** Which record namespace a format belongs to. */
  public enum Kind {
    /** flow_data records (flow samples and discarded-packet samples). */
    FLOW,
    /** counter_data records (counters samples). */
    COUNTER
  }

  private static final Map<Long, DataFormat> KNOWN = new HashMap<>();

  /** sampled_header (0:1, sFlow v5 §5.4.1). */
  public static final DataFormat SAMPLED_HEADER = flowConst(1, "sampled_header");

  /** sampled_ethernet (0:2). */
  public static final DataFormat SAMPLED_ETHERNET = flowConst(2, "sampled_ethernet");

  /** sampled_ipv4 (0:3). */
  public static final DataFormat SAMPLED_IPV4 = flowConst(3, "sampled_ipv4");

  /** sampled_ipv6 (0:4). */
  public static final DataFormat SAMPLED_IPV6 = flowConst(4, "sampled_ipv6");

  /** extended_switch (0:1001). */
  public static final DataFormat EXTENDED_SWITCH = flowConst(1001, "extended_switch");

  /** extended_router (0:1002). */
  public static final DataFormat EXTENDED_ROUTER = flowConst(1002, "extended_router");

  /** extended_gateway (0:1003). */
  public static final DataFormat EXTENDED_GATEWAY = flowConst(1003, "extended_gateway");

  /** generic interface counters (0:1, sFlow v5 §5.5). */
  public static final DataFormat GENERIC_INTERFACE = counterConst(1, "generic_interface");

  /** Ethernet interface counters (0:2). */
  public static final DataFormat ETHERNET_INTERFACE = counterConst(2, "ethernet_interface");

  private final Kind kind;
  private final int enterprise;
  private final int format;
  private final String name;

  private DataFormat(Kind kind, int enterprise, int format, String name) {
    this.kind = kind;
    this.enterprise = enterprise;
    this.format = format;
    this.name = name;
  }

  private static DataFormat flowConst(int format, String name) {
    return register(Kind.FLOW, 0, format, name);
  }

  private static DataFormat counterConst(int format, String name) {
    return register(Kind.COUNTER, 0, format, name);
  }

  static synchronized DataFormat register(Kind kind, int enterprise, int format, String name) {
    DataFormat f = new DataFormat(kind, enterprise, format, name);
    DataFormat existing = KNOWN.putIfAbsent(key(kind, enterprise, format), f);
    return existing != null ? existing : f;
  }

  private static long key(Kind kind, int enterprise, int format) {
    return ((long) kind.ordinal() << 40) | ((long) enterprise << 12) | format;
  }

  /** The flow record format {@code enterprise:format}. */
  public static DataFormat flow(int enterprise, int format) {
    return of(Kind.FLOW, enterprise, format);
  }

  /** The counter record format {@code enterprise:format}. */
  public static DataFormat counter(int enterprise, int format) {
    return of(Kind.COUNTER, enterprise, format);
  }

  /** The format of {@code kind} with the 32-bit tag {@code enterprise << 12 | format}. */
  public static DataFormat ofTag(Kind kind, int tag) {
    return of(kind, tag >>> 12, tag & 0xfff);
  }

  /** The registered format, or a new unknown one. */
  public static DataFormat of(Kind kind, int enterprise, int format) {
    if (enterprise < 0 || enterprise > 0xFFFFF || format < 0 || format > 0xFFF) {
      throw new IllegalArgumentException(
          "enterprise:format out of range " + enterprise + ":" + format);
    }
    RecordSchemas.ensureLoaded();
    DataFormat f;
    synchronized (DataFormat.class) {
      f = KNOWN.get(key(kind, enterprise, format));
    }
    return f != null ? f : new DataFormat(kind, enterprise, format, "");
  }

  /** Every registered format (a snapshot). */
  public static synchronized ImmutableMap<Long, DataFormat> registered() {
    return ImmutableMap.copyOf(KNOWN);
  }

  /** Flow or counter namespace. */
  public Kind kind() {
    return kind;
  }

  /** The 20-bit enterprise number (0 = sFlow.org). */
  public int enterprise() {
    return enterprise;
  }

  /** The 12-bit format number. */
  public int format() {
    return format;
  }

  /** The 32-bit tag as it appears on the wire. */
  public int tag() {
    return (enterprise << 12) | format;
  }

  /** True when ixwire knows this format's structure. */
  public boolean isKnown() {
    return !name.isEmpty();
  }

  /** The structure name from the sFlow specification, or {@code UNKNOWN(e:f)}. */
  public String name() {
    return name.isEmpty() ? "UNKNOWN(" + enterprise + ":" + format + ")" : name;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof DataFormat)) {
      return false;
    }
    DataFormat d = (DataFormat) o;
    return kind == d.kind && enterprise == d.enterprise && format == d.format;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(key(kind, enterprise, format));
  }

  @Override
  public String toString() {
    return name() + "[" + enterprise + ":" + format + "]";
  }
}
