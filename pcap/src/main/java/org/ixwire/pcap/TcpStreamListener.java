package org.ixwire.pcap;

import io.netty.buffer.ByteBuf;

/**
 * Receives the reassembled byte streams of a {@link TcpReassembler}, per connection and direction,
 * in sequence order. For each direction: one {@link #onOpen}, then {@link #onData} and {@link
 * #onGap} calls in stream order, then at most one {@link #onClose}. Calls are made on the thread
 * that feeds the reassembler.
 *
 * <p>The {@code data} buffer is borrowed (a slice of the capture reader's buffer or of the
 * reassembler's out-of-order store): never release it, and copy what you need before returning.
 */
public interface TcpStreamListener {

  /** A direction of a connection was seen for the first time (SYN, or data mid-stream). */
  default void onOpen(TcpFlow flow, long timestampNanos) {}

  /**
   * The next bytes of {@code flow}'s stream, each byte exactly once and in order.
   *
   * @param data readable bytes {@code [readerIndex, writerIndex)}; borrowed, valid during the call
   * @param timestampNanos capture time of the frame that carried these bytes
   * @param frameNumber number of that frame
   */
  void onData(TcpFlow flow, ByteBuf data, long timestampNanos, long frameNumber);

  /**
   * Bytes of the stream are missing from the capture (never captured, cut by the snaplen, or given
   * up after the out-of-order buffer filled); delivery continues after them. A consumer framing
   * messages should discard any partial message and resynchronise.
   *
   * @param missingBytes number of sequence numbers skipped
   * @param timestampNanos capture time of the frame that made the gap certain
   */
  default void onGap(TcpFlow flow, long missingBytes, long timestampNanos) {}

  /** No more data will come for {@code flow}. */
  default void onClose(TcpFlow flow, TcpCloseReason reason, long timestampNanos) {}
}
