package org.ixwire.pcap;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reassembles TCP byte streams (RFC 9293) per connection and direction and hands them, in sequence
 * order, to a {@link TcpStreamListener}.
 *
 * <pre>{@code
 * TcpReassembler tcp = TcpReassembler.builder().serverPorts(179).build(listener);
 * try (PcapReader reader = PcapReader.open(path)) {
 *   List<PcapFormatException> problems = tcp.readAll(reader); // calls finish() at the end
 * }
 * }</pre>
 *
 * <p>Only segments with a port in {@link Builder#serverPorts(PortSet)} (default 179) are
 * considered; that side is the server. Behaviour:
 *
 * <ul>
 *   <li>SYN fixes the initial sequence number; without a SYN (capture started mid-stream) the first
 *       segment carrying data, FIN or SYN starts the stream. Sequence numbers are unwrapped to 64
 *       bits relative to the next expected byte, so 2<sup>32</sup> wrap-around is transparent.
 *   <li>Retransmissions and keep-alive probes (bytes already delivered) are dropped; a segment
 *       overlapping delivered bytes contributes only its new tail.
 *   <li>Segments ahead of the next expected byte are copied and held, bounded per direction and in
 *       total; when a bound is exceeded, or the peer acknowledges bytes that were never captured,
 *       or a RST or {@link #finish()} arrives, the hole is reported by {@link
 *       TcpStreamListener#onGap} and delivery continues after it. Bytes the snaplen cut off are
 *       reported as a gap right away.
 *   <li>FIN closes a direction once every byte before it was delivered; RST closes both. A SYN with
 *       a new initial sequence number on a known 4-tuple ends the old connection ({@link
 *       TcpCloseReason#REUSED}) and starts a new one. Closed connections are remembered (bounded by
 *       the connection limit) so late retransmissions are dropped.
 * </ul>
 *
 * <p>Not thread-safe. Data handed to the listener is borrowed (see {@link TcpStreamListener}).
 */
public final class TcpReassembler {
  private final TcpStreamListener listener;
  private final PortSet serverPorts;
  private final int maxBufferedPerDirection;
  private final long maxBufferedTotal;
  private final int maxConnections;

  private final LinkedHashMap<ConnKey, Conn> connections = new LinkedHashMap<>(64, 0.75f, true);
  private long nextConnectionId = 1;
  private long bufferedTotal;
  private long segments;
  private long duplicates;
  private long gaps;
  private long bytesDelivered;

  private TcpReassembler(Builder b, TcpStreamListener listener) {
    this.listener = listener;
    this.serverPorts = b.serverPorts;
    this.maxBufferedPerDirection = b.maxBufferedPerDirection;
    this.maxBufferedTotal = b.maxBufferedTotal;
    this.maxConnections = b.maxConnections;
  }

  /** A builder with the defaults: server port 179, 1 MiB per direction, 64 MiB, 65536 conns. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link TcpReassembler}. */
  public static final class Builder {
    private PortSet serverPorts = PortSet.of(179);
    private int maxBufferedPerDirection = 1 << 20;
    private long maxBufferedTotal = 64L << 20;
    private int maxConnections = 65536;

    private Builder() {}

    /**
     * Server ports (default {179}); segments with neither port in the set are ignored. With {@link
     * PortSet#all()} every TCP connection is reassembled and the server is the side that received
     * the SYN, or else the lower port.
     */
    public Builder serverPorts(PortSet ports) {
      this.serverPorts = ports;
      return this;
    }

    /** Server ports, e.g. {@code serverPorts(179, 11179)}. */
    public Builder serverPorts(int... ports) {
      return serverPorts(PortSet.of(ports));
    }

    /** Out-of-order bytes held per direction before declaring a gap (default 1 MiB). */
    public Builder maxBufferedBytesPerDirection(int bytes) {
      this.maxBufferedPerDirection = Math.max(0, bytes);
      return this;
    }

    /** Out-of-order bytes held over all connections (default 64 MiB). */
    public Builder maxBufferedBytesTotal(long bytes) {
      this.maxBufferedTotal = Math.max(0, bytes);
      return this;
    }

    /** Connections tracked at most, closed ones included; the least recently active goes first. */
    public Builder maxConnections(int connections) {
      this.maxConnections = Math.max(1, connections);
      return this;
    }

    /** Builds a reassembler delivering to {@code listener}. */
    public TcpReassembler build(TcpStreamListener listener) {
      return new TcpReassembler(this, listener);
    }
  }

  /**
   * Reads every frame of {@code reader}, feeds the TCP segments to this reassembler, then calls
   * {@link #finish()}. Damage does not throw: every {@link PcapFormatException} met is returned, in
   * order (a fatal one, if any, is last), so the caller can report it after the data delivered.
   *
   * @throws IOException if the underlying stream fails
   */
  public List<PcapFormatException> readAll(PcapReader reader) throws IOException {
    PacketDecoder decoder = new PacketDecoder();
    List<PcapFormatException> problems = new ArrayList<>();
    while (true) {
      FrameView frame;
      try {
        frame = reader.next();
      } catch (PcapFormatException e) {
        problems.add(e);
        if (e.isFatal()) {
          break;
        }
        continue;
      }
      if (frame == null) {
        break;
      }
      PacketView p = decoder.decode(frame);
      if (p != null) {
        accept(p);
      }
    }
    finish();
    return problems;
  }

  /** Processes one decoded packet; anything but a TCP segment on a server port is ignored. */
  public void accept(PacketView p) {
    if (!p.isTcp()) {
      return;
    }
    boolean dstIn = serverPorts.contains(p.destinationPort);
    boolean srcIn = serverPorts.contains(p.sourcePort);
    if (!dstIn && !srcIn) {
      return;
    }
    int flags = p.tcpFlags;
    boolean syn = (flags & PacketView.SYN) != 0;
    boolean ack = (flags & PacketView.ACK) != 0;
    boolean fin = (flags & PacketView.FIN) != 0;
    boolean rst = (flags & PacketView.RST) != 0;
    segments++;
    ConnKey toServerKey =
        new ConnKey(p.dst, p.destinationPort, p.src, p.sourcePort, p.addressLength);
    TcpDirection dir;
    ConnKey key;
    if (dstIn && !srcIn) {
      dir = TcpDirection.TO_SERVER;
      key = toServerKey;
    } else if (srcIn && !dstIn) {
      dir = TcpDirection.FROM_SERVER;
      key = toServerKey.reverse();
    } else if (connections.containsKey(toServerKey)) {
      dir = TcpDirection.TO_SERVER;
      key = toServerKey;
    } else if (connections.containsKey(toServerKey.reverse())) {
      dir = TcpDirection.FROM_SERVER;
      key = toServerKey.reverse();
    } else {
      boolean toServer = syn ? !ack : p.destinationPort <= p.sourcePort; // SYN goes to the server
      dir = toServer ? TcpDirection.TO_SERVER : TcpDirection.FROM_SERVER;
      key = toServer ? toServerKey : toServerKey.reverse();
    }
    long ts = p.timestampNanos;
    Conn conn = connections.get(key);
    if (syn && conn != null) {
      Half h = conn.half(dir);
      boolean retransmittedSyn = h.open && h.synSeen && h.isn == p.sequenceNumber;
      if (!retransmittedSyn && (conn.done || h.open)) {
        endConnection(conn, TcpCloseReason.REUSED, ts);
        connections.remove(key);
        conn = null;
      }
    }
    if (conn == null) {
      if (rst || (!syn && !fin && p.payloadLength + p.payloadMissing == 0)) {
        return; // a bare ACK or RST does not start a stream
      }
      conn = new Conn(nextConnectionId++, key);
      connections.put(key, conn);
      evictIfNeeded(ts);
    }
    conn.lastTimestamp = ts;
    if (conn.done) {
      duplicates++;
      return;
    }
    Half h = conn.half(dir);
    if (!h.open) {
      if (!syn && !fin && p.payloadLength + p.payloadMissing == 0 && !rst) {
        // bare ACK before any data in this direction: nothing to anchor on yet
      } else {
        open(conn, h, dir, p, syn);
      }
    }
    if (h.open && !h.closed) {
      long abs = unwrap(h, p.sequenceNumber) + (syn ? 1 : 0);
      int len = p.payloadLength;
      int missing = p.payloadMissing;
      if (len + missing > 0) {
        if (abs + len + missing <= h.nextSeq) {
          duplicates++;
        } else if (abs <= h.nextSeq) {
          deliver(h, abs, p.payloadBuffer, p.payloadOffset, len, missing, ts, p.frameNumber);
          drain(h, ts);
        } else {
          store(h, abs, p, ts);
        }
      }
      if (fin) {
        h.finSeq = abs + len + missing;
      }
      checkFin(h, ts);
    }
    if (ack && !rst) {
      Half other = conn.half(dir.reverse());
      if (other.open && !other.closed && !other.pending.isEmpty()) {
        long ackAbs = unwrap(other, p.acknowledgmentNumber);
        if (ackAbs >= other.pending.firstKey()) {
          gapTo(other, other.pending.firstKey(), ts);
          drain(other, ts);
          checkFin(other, ts);
        }
      }
    }
    if (rst) {
      endConnection(conn, TcpCloseReason.RST, ts);
    } else if (conn.toServer.closed && conn.fromServer.closed) {
      conn.done = true;
    }
  }

  /** Flushes every connection (held bytes after gaps) and closes it with END_OF_CAPTURE. */
  public void finish() {
    for (Conn c : connections.values()) {
      endConnection(c, TcpCloseReason.END_OF_CAPTURE, c.lastTimestamp);
    }
    connections.clear();
  }

  private void open(Conn conn, Half h, TcpDirection dir, PacketView p, boolean syn) {
    h.open = true;
    h.synSeen = syn;
    h.isn = p.sequenceNumber;
    h.nextSeq = p.sequenceNumber + (syn ? 1 : 0);
    Endpoint src = p.source();
    Endpoint dst = p.destination();
    h.flow = new TcpFlow(conn.id, dir, src, dst, syn);
    listener.onOpen(h.flow, p.timestampNanos);
  }

  private static long unwrap(Half h, long seq32) {
    long ref = h.nextSeq;
    int diff = (int) (seq32 - ref);
    return ref + diff;
  }

  /** Delivers a segment starting at or before nextSeq. */
  private void deliver(
      Half h, long start, ByteBuf buf, int off, int len, int missing, long ts, long frame) {
    long skip = h.nextSeq - start;
    if (skip < len) {
      int s = (int) skip;
      bytesDelivered += len - s;
      h.nextSeq = start + len;
      listener.onData(flow(h), buf.slice(off + s, len - s), ts, frame);
    }
    long end = start + len + missing;
    if (end > h.nextSeq) {
      gapTo(h, end, ts);
    }
  }

  private void store(Half h, long start, PacketView p, long ts) {
    int len = p.payloadLength;
    Segment existing = h.pending.get(start);
    if (existing != null && existing.end() >= start + len + p.payloadMissing) {
      duplicates++;
      return;
    }
    if (existing != null) {
      h.pendingBytes -= existing.data.length;
      bufferedTotal -= existing.data.length;
    }
    byte[] copy = ByteBufUtil.getBytes(p.payloadBuffer, p.payloadOffset, len);
    h.pending.put(start, new Segment(start, copy, p.payloadMissing, ts, p.frameNumber));
    h.pendingBytes += len;
    bufferedTotal += len;
    while ((h.pendingBytes > maxBufferedPerDirection || bufferedTotal > maxBufferedTotal)
        && !h.pending.isEmpty()) {
      gapTo(h, h.pending.firstKey(), ts);
      drain(h, ts);
    }
  }

  /** Delivers held segments that have become contiguous. */
  private void drain(Half h, long ts) {
    while (!h.pending.isEmpty() && h.pending.firstKey() <= h.nextSeq) {
      Segment s = h.pending.pollFirstEntry().getValue();
      h.pendingBytes -= s.data.length;
      bufferedTotal -= s.data.length;
      if (s.end() <= h.nextSeq) {
        duplicates++;
        continue;
      }
      deliver(
          h,
          s.start,
          Unpooled.wrappedBuffer(s.data),
          0,
          s.data.length,
          s.missing,
          s.timestampNanos,
          s.frameNumber);
    }
  }

  private void gapTo(Half h, long target, long ts) {
    if (target > h.nextSeq) {
      gaps++;
      long missing = target - h.nextSeq;
      h.nextSeq = target;
      listener.onGap(flow(h), missing, ts);
    }
  }

  private void checkFin(Half h, long ts) {
    if (h.finSeq >= 0 && h.nextSeq >= h.finSeq && !h.closed) {
      h.nextSeq = h.finSeq + 1;
      close(h, TcpCloseReason.FIN, ts);
    }
  }

  private void close(Half h, TcpCloseReason reason, long ts) {
    if (!h.open || h.closed) {
      return;
    }
    h.closed = true;
    bufferedTotal -= h.pendingBytes;
    h.pendingBytes = 0;
    h.pending.clear();
    listener.onClose(flow(h), reason, ts);
  }

  private void flush(Half h, long ts) {
    while (!h.closed && !h.pending.isEmpty()) {
      gapTo(h, h.pending.firstKey(), ts);
      drain(h, ts);
      checkFin(h, ts);
    }
  }

  private void endConnection(Conn c, TcpCloseReason reason, long ts) {
    if (c.done) {
      return;
    }
    flush(c.toServer, ts);
    flush(c.fromServer, ts);
    close(c.toServer, reason, ts);
    close(c.fromServer, reason, ts);
    c.done = true;
  }

  private void evictIfNeeded(long ts) {
    while (connections.size() > maxConnections) {
      Iterator<Map.Entry<ConnKey, Conn>> it = connections.entrySet().iterator();
      Conn eldest = it.next().getValue();
      it.remove();
      endConnection(eldest, TcpCloseReason.EVICTED, ts);
    }
  }

  private static TcpFlow flow(Half h) {
    TcpFlow f = h.flow;
    if (f == null) {
      throw new IllegalStateException("direction not open");
    }
    return f;
  }

  /** TCP segments on server ports processed. */
  public long segments() {
    return segments;
  }

  /** Segments (or held segments) dropped because all their bytes were already delivered. */
  public long duplicates() {
    return duplicates;
  }

  /** Gaps reported. */
  public long gaps() {
    return gaps;
  }

  /** Payload bytes delivered to the listener. */
  public long bytesDelivered() {
    return bytesDelivered;
  }

  /** Out-of-order bytes currently held over all connections. */
  public long bufferedBytes() {
    return bufferedTotal;
  }

  /** A held out-of-order segment. */
  private static final class Segment {
    final long start;
    final byte[] data;
    final int missing;
    final long timestampNanos;
    final long frameNumber;

    Segment(long start, byte[] data, int missing, long timestampNanos, long frameNumber) {
      this.start = start;
      this.data = data;
      this.missing = missing;
      this.timestampNanos = timestampNanos;
      this.frameNumber = frameNumber;
    }

    long end() {
      return start + data.length + missing;
    }
  }

  /** One direction's state. */
  private static final class Half {
    @Nullable TcpFlow flow;
    boolean open;
    boolean synSeen;
    boolean closed;
    long isn;
    long nextSeq;
    long finSeq = -1;
    final TreeMap<Long, Segment> pending = new TreeMap<>();
    int pendingBytes;
  }

  private static final class Conn {
    final long id;
    final ConnKey key;
    final Half toServer = new Half();
    final Half fromServer = new Half();
    boolean done;
    long lastTimestamp;

    Conn(long id, ConnKey key) {
      this.id = id;
      this.key = key;
    }

    Half half(TcpDirection d) {
      return d == TcpDirection.TO_SERVER ? toServer : fromServer;
    }

    @Override
    public String toString() {
      return "Conn#" + id + " " + key;
    }
  }

  /** Server address and port, client address and port. */
  private static final class ConnKey {
    final byte[] server;
    final int serverPort;
    final byte[] client;
    final int clientPort;
    final int hash;

    ConnKey(byte[] server, int serverPort, byte[] client, int clientPort, int addressLength) {
      this(
          Arrays.copyOf(server, addressLength),
          serverPort,
          Arrays.copyOf(client, addressLength),
          clientPort);
    }

    private ConnKey(byte[] server, int serverPort, byte[] client, int clientPort) {
      this.server = server;
      this.serverPort = serverPort;
      this.client = client;
      this.clientPort = clientPort;
      this.hash =
          ((Arrays.hashCode(server) * 31 + serverPort) * 31 + Arrays.hashCode(client)) * 31
              + clientPort;
    }

    ConnKey reverse() {
      return new ConnKey(client, clientPort, server, serverPort);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (!(o instanceof ConnKey)) {
        return false;
      }
      ConnKey k = (ConnKey) o;
      return serverPort == k.serverPort
          && clientPort == k.clientPort
          && Arrays.equals(server, k.server)
          && Arrays.equals(client, k.client);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return Arrays.toString(client)
          + ":"
          + clientPort
          + ">"
          + Arrays.toString(server)
          + ":"
          + serverPort;
    }
  }
}
