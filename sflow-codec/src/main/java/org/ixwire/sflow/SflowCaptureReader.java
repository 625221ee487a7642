package org.ixwire.sflow;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.nio.file.Path;
import org.ixwire.pcap.PacketView;
import org.ixwire.pcap.PcapFormatException;
import org.ixwire.pcap.PortSet;
import org.ixwire.pcap.UdpDatagramReader;

/**
 * Reads the sFlow datagrams (UDP payloads, IPv4 fragments reassembled) of a pcap or pcapng capture
 * through {@code org.ixwire.pcap} and hands each to a {@link Handler} as a borrowed buffer slice.
 * Damaged records are reported to {@link Handler#damaged(PcapFormatException)} and reading goes on
 * when the format allows it.
 */
public final class SflowCaptureReader {
  /** Receives each datagram; the buffer is valid only during the call. */
  public interface Handler {
    /**
     * One UDP payload.
     *
     * @param buf the buffer holding the payload (borrowed; do not release)
     * @param offset absolute index of the payload
     * @param length payload length
     * @param timestampNanos capture timestamp in nanoseconds since the epoch
     * @param source the packet's source address bytes (4 or 16)
     */
    void datagram(ByteBuf buf, int offset, int length, long timestampNanos, byte[] source);

    /** A damaged capture record (default: ignore). */
    default void damaged(PcapFormatException e) {}
  }

  private SflowCaptureReader() {}

  /**
   * Reads every UDP datagram of {@code file} whose source or destination port is in {@code ports}
   * ({@link PortSet#all()} reads them all, as sflowtool -r does).
   *
   * @return the number of datagrams handed out
   */
  public static long read(Path file, PortSet ports, Handler handler) throws IOException {
    long n = 0;
    try (UdpDatagramReader udp = UdpDatagramReader.open(file, ports)) {
      while (true) {
        PacketView d;
        try {
          d = udp.next();
        } catch (PcapFormatException e) {
          handler.damaged(e);
          continue;
        }
        if (d == null) {
          break;
        }
        n++;
        handler.datagram(
            d.payloadBuffer(),
            d.payloadOffset(),
            d.payloadLength(),
            d.timestampNanos(),
            d.sourceAddressBytes());
      }
    }
    return n;
  }
}
