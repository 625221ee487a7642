package org.ixwire.bgp.nlri;

import com.google.common.io.BaseEncoding;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The NLRI field of an address family the core does not decode (EVPN, FlowSpec, BGP-LS, …) and for
 * which no codec is registered: the whole field, byte-exact, so that it re-encodes unchanged.
 */
public final class RawNlri implements Nlri {
  private final AfiSafi family;
  private final byte[] bytes;

  /** Keeps a copy of {@code bytes}. */
  public RawNlri(AfiSafi family, byte[] bytes) {
    this.family = family;
    this.bytes = bytes.clone();
  }

  @Override
  public AfiSafi family() {
    return family;
  }

  /** Always {@link #NO_PATH_ID}: path identifiers, if any, are inside the raw bytes. */
  @Override
  public long pathId() {
    return NO_PATH_ID;
  }

  /** The raw NLRI bytes (a copy). */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Number of raw bytes. */
  public int length() {
    return bytes.length;
  }

  /** The raw bytes' length; {@code addPath} is ignored (path identifiers are inside). */
  @Override
  public int encodedLength(boolean addPath) {
    return bytes.length;
  }

  /** Writes the raw bytes; {@code addPath} is ignored (path identifiers are inside). */
  @Override
  public void encode(io.netty.buffer.ByteBuf out, boolean addPath) {
    out.writeBytes(bytes);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RawNlri
        && ((RawNlri) o).family.equals(family)
        && Arrays.equals(bytes, ((RawNlri) o).bytes);
  }

  @Override
  public int hashCode() {
    return family.hashCode() * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return family + " raw " + BaseEncoding.base16().lowerCase().encode(bytes);
  }
}
