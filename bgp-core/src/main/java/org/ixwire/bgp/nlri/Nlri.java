package org.ixwire.bgp.nlri;

/**
 * One route's Network Layer Reachability Information as a value: a prefix (possibly with labels and
 * a route distinguisher), or the raw bytes of a family the core does not decode, with its ADD-PATH
 * path identifier (RFC 7911) when the session uses one.
 *
 * <p>Implemented by {@link PrefixNlri}, {@link LabeledNlri}, {@link VpnNlri}, {@link RawNlri}, and
 * by values of codecs registered through {@code org.ixwire.bgp.spi}.
 */
public interface Nlri {
  /** The value of {@link #pathId()} when no path identifier is present. */
  long NO_PATH_ID = -1L;

  /** The address family. */
  AfiSafi family();

  /** The ADD-PATH path identifier (unsigned 32-bit), or {@link #NO_PATH_ID}. */
  long pathId();

  /**
   * The number of bytes {@link #encode} writes.
   *
   * @param addPath whether a 4-byte path identifier precedes the NLRI (RFC 7911)
   */
  int encodedLength(boolean addPath);

  /**
   * Writes the wire form to {@code out}; with {@code addPath}, the path identifier first (0 when
   * this value has none).
   */
  void encode(io.netty.buffer.ByteBuf out, boolean addPath);

  /** Whether a path identifier is present. */
  default boolean hasPathId() {
    return pathId() != NO_PATH_ID;
  }
}
