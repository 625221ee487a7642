package org.ixwire.bgp.spi;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpDecodeException;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.Nlri;

/**
 * Decodes the NLRI of one address family that bgp-core keeps raw by default (EVPN, FlowSpec,
 * BGP-LS, …). Register implementations in an {@link NlriCodecRegistry}. The values it returns
 * encode themselves ({@link Nlri#encode}).
 *
 * <p>Implementations must be stateless and thread-safe; they read with absolute indices, never move
 * the buffer's indices, never retain or release it, and check every length against the region
 * before reading.
 */
public interface NlriCodec {
  /** The family this codec handles. */
  AfiSafi family();

  /**
   * Decodes every NLRI in {@code [offset, offset + length)} of {@code buf}.
   *
   * @param addPath whether each NLRI is preceded by a 4-byte path identifier (RFC 7911)
   * @throws BgpDecodeException if the region is malformed (the caller turns it into the RFC 7606
   *     outcome for an NLRI error)
   */
  ImmutableList<Nlri> decode(ByteBuf buf, int offset, int length, boolean addPath);
}
