package org.ixwire.sflow;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ixwire.sflow.packet.HeaderParser;
import org.ixwire.sflow.packet.PacketFacts;
import org.ixwire.sflow.record.RecordView;
import org.ixwire.sflow.sample.SampleView;
import org.jspecify.annotations.Nullable;

/**
 * Builds an IXP traffic matrix from flow samples, the way IXP Manager computes its peer-to-peer
 * graphs from {@code sflowtool -l}: every flow sample adds {@code frame_length × sampling_rate}
 * bytes and {@code sampling_rate} packets to the cell (source, destination, VLAN), where source and
 * destination are MAC addresses, or member names when a MAC → member map is given (unmapped MACs
 * stay MACs). The VLAN is the extended_switch (0:1001) source VLAN when present (last record wins,
 * as in sflowtool), else the innermost 802.1Q tag of the sampled header, else 0. Only samples with
 * a sampled_header (0:1) or sampled_ethernet (0:2) record count.
 *
 * <p>Feed datagrams with {@link #add(ByteBuf, int, int)} (view path, no per-sample allocation
 * beyond new matrix cells); read with {@link #cells()} and rates with {@link #perSecond(double)}.
 * Not thread-safe.
 */
public final class TrafficMatrix {
  /**
   * One matrix cell.
   *
   * @param source source MAC (12 hex digits) or member name
   * @param destination destination MAC or member name
   * @param vlan the VLAN (0 when untagged and unknown)
   * @param bytes estimated bytes (sum of frame length × sampling rate)
   * @param packets estimated packets (sum of sampling rates)
   * @param ipv4Bytes the part of {@code bytes} carried in IPv4
   * @param ipv6Bytes the part of {@code bytes} carried in IPv6
   * @param samples number of flow samples aggregated
   */
  public record Cell(
      String source,
      String destination,
      int vlan,
      long bytes,
      long packets,
      long ipv4Bytes,
      long ipv6Bytes,
      long samples) {}

  private record Key(long src, long dst, int vlan) {}

  private final ImmutableMap<Long, String> members;
  private final Map<Key, long[]> cells = new HashMap<>();
  private final SflowDatagramView view = new SflowDatagramView();
  private final PacketFacts facts = new PacketFacts();

  // per-sample scratch
  private long src;
  private long dst;
  private int vlan;
  private int etherType;
  private long frameLength;
  private boolean hasL2;

  /** A matrix keyed by MAC addresses. */
  public TrafficMatrix() {
    this(ImmutableMap.of());
  }

  /** A matrix keyed by member: {@code macToMember} maps 48-bit MACs to member names. */
  public TrafficMatrix(Map<Long, String> macToMember) {
    this.members = ImmutableMap.copyOf(macToMember);
  }

  /** Parses a MAC written as 12 hex digits, optionally separated by ':', '-' or '.'. */
  public static long parseMac(String mac) {
    String hex = mac.replaceAll("[:.\\-]", "");
    if (hex.length() != 12) {
      throw new IllegalArgumentException("not a MAC address: " + mac);
    }
    return Long.parseLong(hex, 16);
  }

  /**
   * Adds the flow samples of one datagram.
   *
   * @throws SflowDecodeException on a framing error (samples before it are counted)
   */
  public void add(ByteBuf buf, int offset, int length) {
    view.wrap(buf, offset, length).forEachSample(this::sample);
  }

  private void sample(SampleView s) {
    if (s.kind() != SampleView.Kind.FLOW) {
      return;
    }
    hasL2 = false;
    vlan = 0;
    etherType = 0;
    frameLength = 0;
    s.forEachRecord(this::record);
    if (!hasL2) {
      return;
    }
    long rate = s.samplingRate();
    long[] c = cells.computeIfAbsent(new Key(src, dst, vlan), k -> new long[5]);
    long bytes = frameLength * rate;
    c[0] += bytes;
    c[1] += rate;
    if (etherType == 0x0800) {
      c[2] += bytes;
    } else if (etherType == 0x86dd) {
      c[3] += bytes;
    }
    c[4]++;
  }

  private void record(RecordView r) {
    if (r.isSampledHeader()) {
      HeaderParser.parse(r.buffer(), r.headerOffset(), r.headerLength(), r.headerProtocol(), facts);
      if (facts.hasEthernet) {
        hasL2 = true;
        src = facts.srcMac;
        dst = facts.dstMac;
        etherType = facts.etherType;
        frameLength = r.frameLength();
        if (facts.vlanCount > 0) {
          vlan = facts.innerVlan();
        }
      }
    } else if (r.is(2) && r.bodyLength() >= 24) {
      hasL2 = true;
      frameLength = r.u32(0);
      src = (r.u32(4) << 16) | (r.u32(8) >>> 16);
      dst = (r.u32(12) << 16) | (r.u32(16) >>> 16);
      etherType = (int) r.u32(20);
    } else if (r.is(1001) && r.bodyLength() >= 16) {
      vlan = (int) r.u32(0);
    }
  }

  private String name(long mac) {
    String m = members.get(mac);
    return m != null ? m : String.format("%012x", mac);
  }

  /** The cells, largest byte count first. */
  public ImmutableList<Cell> cells() {
    List<Cell> out = new ArrayList<>();
    Map<List<Object>, long[]> merged = new HashMap<>();
    for (Map.Entry<Key, long[]> e : cells.entrySet()) {
      List<Object> k = List.of(name(e.getKey().src), name(e.getKey().dst), e.getKey().vlan);
      long[] acc = merged.computeIfAbsent(k, x -> new long[5]);
      for (int i = 0; i < 5; i++) {
        acc[i] += e.getValue()[i];
      }
    }
    for (Map.Entry<List<Object>, long[]> e : merged.entrySet()) {
      long[] v = e.getValue();
      out.add(
          new Cell(
              (String) e.getKey().get(0),
              (String) e.getKey().get(1),
              (Integer) e.getKey().get(2),
              v[0],
              v[1],
              v[2],
              v[3],
              v[4]));
    }
    out.sort(
        Comparator.comparingLong(Cell::bytes)
            .reversed()
            .thenComparing(Cell::source)
            .thenComparing(Cell::destination)
            .thenComparingInt(Cell::vlan));
    return ImmutableList.copyOf(out);
  }

  /**
   * The cells as rates over an interval of {@code seconds}: bytes and packets divided by it
   * (rounded down), the way a poller turns counters per interval into per-second values.
   */
  public ImmutableList<Cell> perSecond(double seconds) {
    if (!(seconds > 0)) {
      throw new IllegalArgumentException("interval must be positive: " + seconds);
    }
    ImmutableList.Builder<Cell> b = ImmutableList.builder();
    for (Cell c : cells()) {
      b.add(
          new Cell(
              c.source(),
              c.destination(),
              c.vlan(),
              (long) (c.bytes() / seconds),
              (long) (c.packets() / seconds),
              (long) (c.ipv4Bytes() / seconds),
              (long) (c.ipv6Bytes() / seconds),
              c.samples()));
    }
    return b.build();
  }

  /** The cell for a source/destination/VLAN (names as in {@link #cells()}), or null. */
  public @Nullable Cell cell(String source, String destination, int vlan) {
    for (Cell c : cells()) {
      if (c.source().equals(source) && c.destination().equals(destination) && c.vlan() == vlan) {
        return c;
      }
    }
    return null;
  }

  /** Forgets every cell (start of a new interval). */
  public void reset() {
    cells.clear();
  }
}
