package org.ixwire.sflow;

import com.google.common.collect.ImmutableList;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.sflow.record.Bytes;
import org.ixwire.sflow.sample.SflowSample;
import org.jspecify.annotations.Nullable;

/**
 * An sFlow v5 datagram value (sFlow v5 §5.1 sample_datagram_v5). Immutable; see {@link #builder()}.
 *
 * @param agentAddress agent address bytes: empty (unknown), 4 (IPv4) or 16 (IPv6)
 * @param subAgentId sub-agent id
 * @param sequenceNumber datagram sequence number
 * @param uptime agent uptime in milliseconds
 * @param samples the samples in wire order
 * @param trailer bytes after the last sample, kept for byte-exact re-encoding (normally empty)
 */
public record SflowDatagram(
    Bytes agentAddress,
    long subAgentId,
    long sequenceNumber,
    long uptime,
    ImmutableList<SflowSample> samples,
    Bytes trailer) {

  /** The datagram version this value encodes to. */
  public static final int VERSION = 5;

  /** Validates the address length and 32-bit fields. */
  public SflowDatagram {
    int l = agentAddress.length();
    if (l != 0 && l != 4 && l != 16) {
      throw new IllegalArgumentException("agent address must have 0, 4 or 16 bytes");
    }
    for (long v : new long[] {subAgentId, sequenceNumber, uptime}) {
      if (v < 0 || v > 0xFFFFFFFFL) {
        throw new IllegalArgumentException("32-bit header field out of range: " + v);
      }
    }
  }

  /** The agent address, or null when it is of the unknown type. */
  public @Nullable InetAddress agentInetAddress() {
    if (agentAddress.length() == 0) {
      return null;
    }
    try {
      return InetAddress.getByAddress(agentAddress.toArray());
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  /** A builder with an unknown agent address, zero fields and no samples. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this datagram's values. */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .agentAddress(agentAddress)
            .subAgentId(subAgentId)
            .sequenceNumber(sequenceNumber)
            .uptime(uptime)
            .trailer(trailer);
    b.samples.addAll(samples);
    return b;
  }

  /** Builds a {@link SflowDatagram}. */
  public static final class Builder {
    private Bytes agentAddress = Bytes.EMPTY;
    private long subAgentId;
    private long sequenceNumber;
    private long uptime;
    private final List<SflowSample> samples = new ArrayList<>();
    private Bytes trailer = Bytes.EMPTY;

    private Builder() {}

    /** Bytes to append after the last sample (normally none). */
    public Builder trailer(Bytes v) {
      trailer = v;
      return this;
    }

    /** Agent address bytes (0, 4 or 16). */
    public Builder agentAddress(Bytes v) {
      agentAddress = v;
      return this;
    }

    /** Agent address. */
    public Builder agentAddress(InetAddress v) {
      agentAddress = Bytes.of(v.getAddress());
      return this;
    }

    /** Sub-agent id. */
    public Builder subAgentId(long v) {
      subAgentId = v;
      return this;
    }

    /** Datagram sequence number. */
    public Builder sequenceNumber(long v) {
      sequenceNumber = v;
      return this;
    }

    /** Uptime in milliseconds. */
    public Builder uptime(long v) {
      uptime = v;
      return this;
    }

    /** Appends a sample. */
    public Builder addSample(SflowSample s) {
      samples.add(s);
      return this;
    }

    /** Validates and builds. */
    public SflowDatagram build() {
      return new SflowDatagram(
          agentAddress, subAgentId, sequenceNumber, uptime, ImmutableList.copyOf(samples), trailer);
    }
  }
}
