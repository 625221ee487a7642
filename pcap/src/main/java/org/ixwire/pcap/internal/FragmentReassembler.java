package org.ixwire.pcap.internal;

import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * IPv4 (RFC 791 §3.2) and IPv6 (RFC 8200 §4.5) fragment reassembly with bounded memory: at most
 * {@code maxDatagrams} incomplete datagrams and {@code maxBytes} held bytes (oldest evicted first),
 * a reassembled datagram is at most 65535 bytes, and incomplete datagrams older than {@code
 * timeoutNanos} of capture time are dropped. Overlapping fragments: the first copy of each byte
 * wins.
 */
public final class FragmentReassembler {
  /** Largest reassembled IP payload. */
  public static final int MAX_DATAGRAM = 65535;

  private final int maxDatagrams;
  private final long maxBytes;
  private final long timeoutNanos;
  private final LinkedHashMap<Key, Entry> pending = new LinkedHashMap<>();
  private long heldBytes;
  private long dropped;
  private long completed;

  /** Creates a reassembler with the given bounds. */
  public FragmentReassembler(int maxDatagrams, long maxBytes, long timeoutNanos) {
    this.maxDatagrams = maxDatagrams;
    this.maxBytes = maxBytes;
    this.timeoutNanos = timeoutNanos;
  }

  /**
   * Adds one fragment and returns the whole IP payload (transport header and data) once every byte
   * has arrived, else null.
   *
   * @param offset byte offset of this fragment's data in the original payload
   * @param more the more-fragments flag
   */
  public byte @Nullable [] add(
      int version,
      byte[] src,
      byte[] dst,
      int addressLength,
      long id,
      int protocol,
      int offset,
      boolean more,
      ByteBuf data,
      int dataOffset,
      int dataLength,
      long timestampNanos) {
    expire(timestampNanos);
    Key key =
        new Key(
            version,
            Arrays.copyOf(src, addressLength),
            Arrays.copyOf(dst, addressLength),
            id,
            protocol);
    int end = offset + dataLength;
    Entry e = pending.get(key);
    if (end > MAX_DATAGRAM || (more && (dataLength & 7) != 0)) {
      if (e != null) {
        remove(key, e);
      }
      dropped++;
      return null;
    }
    if (e == null) {
      if (dataLength == 0 && more) {
        return null;
      }
      e = new Entry(timestampNanos);
      pending.put(key, e);
    }
    if (!more) {
      if (e.total >= 0 && e.total != end) {
        remove(key, e);
        dropped++;
        return null;
      }
      e.total = end;
    }
    if (e.total >= 0 && end > e.total) {
      remove(key, e);
      dropped++;
      return null;
    }
    if (end > e.data.length) {
      int newLen = Math.min(MAX_DATAGRAM, Math.max(end, e.data.length * 2));
      heldBytes += newLen - e.data.length;
      e.data = Arrays.copyOf(e.data, newLen);
    }
    // copy only the bytes not yet present (first copy wins)
    Range<Integer> r = Range.closedOpen(offset, end);
    RangeSet<Integer> missing = TreeRangeSet.create();
    missing.add(r);
    missing.removeAll(e.have);
    for (Range<Integer> m : missing.asRanges()) {
      int from = m.lowerEndpoint();
      int to = m.upperEndpoint();
      data.getBytes(dataOffset + (from - offset), e.data, from, to - from);
    }
    e.have.add(r);
    if (e.total >= 0) {
      Range<Integer> whole = Range.closedOpen(0, e.total);
      if (e.total == 0 || e.have.encloses(whole)) {
        remove(key, e);
        completed++;
        return Arrays.copyOf(e.data, e.total);
      }
    }
    while ((heldBytes > maxBytes || pending.size() > maxDatagrams) && !pending.isEmpty()) {
      Iterator<Map.Entry<Key, Entry>> it = pending.entrySet().iterator();
      Map.Entry<Key, Entry> oldest = it.next();
      heldBytes -= oldest.getValue().data.length;
      it.remove();
      dropped++;
    }
    return null;
  }

  private void remove(Key key, Entry e) {
    pending.remove(key);
    heldBytes -= e.data.length;
  }

  private void expire(long now) {
    Iterator<Map.Entry<Key, Entry>> it = pending.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Key, Entry> m = it.next();
      if (now - m.getValue().firstSeen <= timeoutNanos) {
        return;
      }
      heldBytes -= m.getValue().data.length;
      it.remove();
      dropped++;
    }
  }

  /** Incomplete datagrams dropped (timeout, memory bound, inconsistent or oversized). */
  public long dropped() {
    return dropped;
  }

  /** Datagrams reassembled so far. */
  public long completed() {
    return completed;
  }

  /** Incomplete datagrams currently held. */
  public int pendingDatagrams() {
    return pending.size();
  }

  /** Bytes currently held for incomplete datagrams. */
  public long heldBytes() {
    return heldBytes;
  }

  private static final class Entry {
    final long firstSeen;
    byte[] data = new byte[0];
    final RangeSet<Integer> have = TreeRangeSet.create();
    int total = -1;

    Entry(long firstSeen) {
      this.firstSeen = firstSeen;
    }
  }

  private static final class Key {
    final int version;
    final byte[] src;
    final byte[] dst;
    final long id;
    final int protocol;
    final int hash;

    Key(int version, byte[] src, byte[] dst, long id, int protocol) {
      this.version = version;
      this.src = src;
      this.dst = dst;
      this.id = id;
      this.protocol = protocol;
      this.hash =
          ((version * 31 + Arrays.hashCode(src)) * 31 + Arrays.hashCode(dst)) * 31
              + Long.hashCode(id) * 7
              + protocol;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (!(o instanceof Key)) {
        return false;
      }
      Key k = (Key) o;
      return version == k.version
          && id == k.id
          && protocol == k.protocol
          && Arrays.equals(src, k.src)
          && Arrays.equals(dst, k.dst);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
