package org.ixwire.pcap;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A UDP datagram or TCP segment decoded from a frame by {@link PacketDecoder}: addresses, ports,
 * TCP sequence fields and the transport payload. A reused flyweight: valid until the next {@code
 * decode}/{@code next} call of the object that returned it.
 *
 * <p>The payload ({@link #payloadBuffer()} at {@link #payloadOffset()}, or the {@link #payload()}
 * slice) is borrowed: it lives in the {@link PcapReader}'s buffer, or, for a datagram reassembled
 * from IP fragments, in the decoder's reassembly buffer. Never release it; copy to keep ({@link
 * #payloadBytes()}).
 */
public final class PacketView {
  /** IP protocol number of TCP. */
  public static final int TCP = 6;

  /** IP protocol number of UDP. */
  public static final int UDP = 17;

  /** TCP flag bits as in the header (RFC 9293 §3.1). */
  public static final int FIN = 0x01;

  /** TCP SYN flag. */
  public static final int SYN = 0x02;

  /** TCP RST flag. */
  public static final int RST = 0x04;

  /** TCP PSH flag. */
  public static final int PSH = 0x08;

  /** TCP ACK flag. */
  public static final int ACK = 0x10;

  final byte[] src = new byte[16];
  final byte[] dst = new byte[16];
  int addressLength;
  int protocol;
  int sourcePort;
  int destinationPort;
  long sequenceNumber;
  long acknowledgmentNumber;
  int tcpFlags;
  ByteBuf payloadBuffer = Unpooled.EMPTY_BUFFER;
  int payloadOffset;
  int payloadLength;
  int payloadMissing;
  boolean reassembled;
  long timestampNanos;
  long frameNumber;

  PacketView() {}

  /** Timestamp of the frame (of the last fragment, when reassembled), epoch nanoseconds. */
  public long timestampNanos() {
    return timestampNanos;
  }

  /** Number of the frame that carried (or completed) this packet, 1-based. */
  public long frameNumber() {
    return frameNumber;
  }

  /** 4 or 6. */
  public int ipVersion() {
    return addressLength == 4 ? 4 : 6;
  }

  /** {@link #UDP} or {@link #TCP}. */
  public int protocol() {
    return protocol;
  }

  /** Whether this is a UDP datagram. */
  public boolean isUdp() {
    return protocol == UDP;
  }

  /** Whether this is a TCP segment. */
  public boolean isTcp() {
    return protocol == TCP;
  }

  /** Source IP address (allocates). */
  public InetAddress sourceAddress() {
    return inet(src);
  }

  /** Destination IP address (allocates). */
  public InetAddress destinationAddress() {
    return inet(dst);
  }

  /** Source address and port (allocates). */
  public Endpoint source() {
    return new Endpoint(sourceAddress(), sourcePort);
  }

  /** Destination address and port (allocates). */
  public Endpoint destination() {
    return new Endpoint(destinationAddress(), destinationPort);
  }

  /** A copy of the source address, 4 or 16 bytes, network order. */
  public byte[] sourceAddressBytes() {
    return Arrays.copyOf(src, addressLength);
  }

  /** A copy of the destination address, 4 or 16 bytes, network order. */
  public byte[] destinationAddressBytes() {
    return Arrays.copyOf(dst, addressLength);
  }

  private InetAddress inet(byte[] a) {
    try {
      return InetAddress.getByAddress(Arrays.copyOf(a, addressLength));
    } catch (UnknownHostException e) {
      throw new AssertionError(e); // length is always 4 or 16
    }
  }

  /** Source port. */
  public int sourcePort() {
    return sourcePort;
  }

  /** Destination port. */
  public int destinationPort() {
    return destinationPort;
  }

  /** TCP sequence number (unsigned 32-bit); 0 for UDP. */
  public long sequenceNumber() {
    return sequenceNumber;
  }

  /** TCP acknowledgment number (unsigned 32-bit); 0 for UDP. */
  public long acknowledgmentNumber() {
    return acknowledgmentNumber;
  }

  /** TCP flags byte ({@link #SYN}, {@link #ACK}, …); 0 for UDP. */
  public int tcpFlags() {
    return tcpFlags;
  }

  /** Whether all bits of {@code flag} are set in {@link #tcpFlags()}. */
  public boolean hasFlag(int flag) {
    return (tcpFlags & flag) == flag;
  }

  /** The buffer holding the payload; borrowed. */
  public ByteBuf payloadBuffer() {
    return payloadBuffer;
  }

  /** Absolute index of the payload in {@link #payloadBuffer()}. */
  public int payloadOffset() {
    return payloadOffset;
  }

  /** Payload bytes present in the capture. */
  public int payloadLength() {
    return payloadLength;
  }

  /**
   * Payload bytes the IP/UDP headers announce beyond those captured (snaplen cut the frame); 0 for
   * a complete packet. {@link UdpDatagramReader} never returns datagrams with missing bytes.
   */
  public int payloadMissing() {
    return payloadMissing;
  }

  /** Whether the packet was reassembled from IP fragments. */
  public boolean isReassembled() {
    return reassembled;
  }

  /** A slice of the payload (allocates a small wrapper); borrowed, do not release. */
  public ByteBuf payload() {
    return payloadBuffer.slice(payloadOffset, payloadLength);
  }

  /** A fresh copy of the payload, which the caller may keep. */
  public byte[] payloadBytes() {
    return ByteBufUtil.getBytes(payloadBuffer, payloadOffset, payloadLength);
  }

  @Override
  public String toString() {
    return (isTcp() ? "TCP " : "UDP ")
        + source()
        + " > "
        + destination()
        + (isTcp() ? " seq=" + sequenceNumber + " flags=0x" + Integer.toHexString(tcpFlags) : "")
        + " len="
        + payloadLength
        + (payloadMissing > 0 ? "(+" + payloadMissing + " not captured)" : "");
  }
}
