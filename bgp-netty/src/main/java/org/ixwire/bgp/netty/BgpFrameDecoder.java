package org.ixwire.bgp.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import org.ixwire.bgp.BgpFraming;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * Splits a BGP byte stream into messages (RFC 4271 §4.1) with {@link BgpFraming}: each frame is a
 * retained slice holding one whole message, header included, which the next handler owns. The
 * maximum length is 4096 until {@link #maxMessageLength(int)} raises it to 65535 after RFC 8654
 * extended messages are negotiated.
 *
 * <p>A bad header raises a {@link org.ixwire.bgp.BgpDecodeException} (wrapped by Netty in a {@link
 * io.netty.handler.codec.DecoderException}) carrying the NOTIFICATION of RFC 4271 §6.1; after it
 * the decoder discards everything, since the stream has lost synchronisation. Frames before a bad
 * header are passed on first, and nothing is decoded once the channel is closed.
 */
public final class BgpFrameDecoder extends ByteToMessageDecoder {
  // set by the peer's executor, read by the channel's event loop (not the same for inbound peers)
  private volatile int maxMessageLength = BgpSessionOptions.MAX_MESSAGE_LENGTH;
  private boolean failed;

  /** The current maximum message length. */
  public int maxMessageLength() {
    return maxMessageLength;
  }

  /** Sets the maximum message length (4096, or 65535 with RFC 8654 extended messages). */
  public void maxMessageLength(int max) {
    this.maxMessageLength = max;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (failed || !ctx.channel().isActive()) {
      in.skipBytes(in.readableBytes()); // the session is over: the rest is moot
      return;
    }
    while (true) {
      int len;
      try {
        len = BgpFraming.frameLength(in, in.readerIndex(), in.readableBytes(), maxMessageLength);
      } catch (RuntimeException e) {
        if (!out.isEmpty()) {
          // Let the frames before the bad header through first: one of them may end the session,
          // and then the bad header is never reported.
          return;
        }
        failed = true;
        in.skipBytes(in.readableBytes());
        throw e;
      }
      if (len < 0) {
        return;
      }
      out.add(in.readRetainedSlice(len));
    }
  }
}
