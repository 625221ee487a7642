package org.ixwire.pcap;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Pull-style iteration over the complete UDP datagrams of a capture whose source or destination
 * port is in a {@link PortSet} (IP fragments reassembled; matching datagrams cut by the snaplen
 * skipped and counted in {@link #truncatedDatagrams()}).
 *
 * <pre>{@code
 * try (UdpDatagramReader udp = UdpDatagramReader.open(path, PortSet.of(6343))) {
 *   PacketView d;
 *   while ((d = udp.next()) != null) {
 *     decoder.decode(d.payloadBuffer(), d.payloadOffset(), d.payloadLength()); // valid until next()
 *   }
 * }
 * }</pre>
 *
 * <p>The returned {@link PacketView} and its payload are borrowed and valid until the next call to
 * {@link #next()}: copy ({@link PacketView#payloadBytes()}) to keep. Damage in the file surfaces as
 * {@link PcapFormatException} from {@link #next()}, exactly as from {@link PcapReader#next()}:
 * after a non-fatal one, calling {@link #next()} again continues; after a fatal one it returns
 * null. Not thread-safe.
 */
public final class UdpDatagramReader implements Closeable {
  private final PcapReader reader;
  private final PacketDecoder decoder;
  private final PortSet ports;
  private long datagrams;
  private long truncatedDatagrams;

  /**
   * Wraps a reader, taking ownership of it ({@link #close()} closes it).
   *
   * @param ports datagrams whose source or destination port is in this set are returned
   */
  public UdpDatagramReader(PcapReader reader, PortSet ports) {
    this(reader, new PacketDecoder(), ports);
  }

  /** As {@link #UdpDatagramReader(PcapReader, PortSet)}, with a configured decoder. */
  public UdpDatagramReader(PcapReader reader, PacketDecoder decoder, PortSet ports) {
    this.reader = reader;
    this.decoder = decoder;
    this.ports = ports;
  }

  /** Opens a capture file, see {@link PcapReader#open(Path)}. */
  public static UdpDatagramReader open(Path path, PortSet ports) throws IOException {
    return new UdpDatagramReader(PcapReader.open(path), ports);
  }

  /**
   * The next matching complete UDP datagram, or null at the end of the capture.
   *
   * @throws PcapFormatException on file damage (see class comment)
   */
  public @Nullable PacketView next() throws IOException {
    FrameView frame;
    while ((frame = reader.next()) != null) {
      PacketView p = decoder.decode(frame);
      if (p != null
          && p.isUdp()
          && (ports.contains(p.destinationPort()) || ports.contains(p.sourcePort()))) {
        if (p.payloadMissing() != 0) {
          truncatedDatagrams++;
          continue;
        }
        datagrams++;
        return p;
      }
    }
    return null;
  }

  /** Datagrams returned so far. */
  public long datagrams() {
    return datagrams;
  }

  /** Matching datagrams skipped because the snaplen cut them. */
  public long truncatedDatagrams() {
    return truncatedDatagrams;
  }

  /** The underlying reader (format, frame count). */
  public PcapReader reader() {
    return reader;
  }

  /** Counters of the packet decoder. */
  public PacketDecoder.Stats stats() {
    return decoder.stats();
  }

  /** Closes the underlying reader. */
  @Override
  public void close() throws IOException {
    reader.close();
  }
}
