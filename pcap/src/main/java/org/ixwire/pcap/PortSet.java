package org.ixwire.pcap;

import java.util.BitSet;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of TCP/UDP port numbers (0–65535), or "all ports". Used as the UDP filter of
 * {@link UdpDatagramReader} and as the server ports of {@link TcpReassembler}.
 */
public final class PortSet {
  private static final PortSet ALL = new PortSet(null);

  /** Null means all ports. */
  private final @Nullable BitSet bits;

  private PortSet(@Nullable BitSet bits) {
    this.bits = bits;
  }

  /** Every port. */
  public static PortSet all() {
    return ALL;
  }

  /**
   * The given ports.
   *
   * @throws IllegalArgumentException if a port is outside 0–65535
   */
  public static PortSet of(int... ports) {
    BitSet b = new BitSet(65536);
    for (int p : ports) {
      b.set(check(p));
    }
    return new PortSet(b);
  }

  /** The given ports. */
  public static PortSet of(Collection<Integer> ports) {
    BitSet b = new BitSet(65536);
    for (int p : ports) {
      b.set(check(p));
    }
    return new PortSet(b);
  }

  private static int check(int p) {
    if (p < 0 || p > 65535) {
      throw new IllegalArgumentException("port out of range: " + p);
    }
    return p;
  }

  /** Whether {@code port} is in the set (always true for {@link #all()}). */
  public boolean contains(int port) {
    BitSet b = bits;
    return b == null || (port >= 0 && port <= 65535 && b.get(port));
  }

  /** Whether this is {@link #all()}. */
  public boolean isAll() {
    return bits == null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof PortSet)) {
      return false;
    }
    BitSet a = bits;
    BitSet b = ((PortSet) o).bits;
    return a == null ? b == null : a.equals(b);
  }

  @Override
  public int hashCode() {
    BitSet b = bits;
    return b == null ? 1 : b.hashCode();
  }

  /** {@code all} or e.g. {@code {179, 11179}}. */
  @Override
  public String toString() {
    BitSet b = bits;
    return b == null ? "all" : b.toString();
  }
}
