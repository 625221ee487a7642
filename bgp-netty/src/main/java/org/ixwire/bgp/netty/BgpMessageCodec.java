package org.ixwire.bgp.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import org.ixwire.bgp.BgpDecoder;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.message.BgpMessage;
import org.ixwire.bgp.message.BgpUpdate;

/**
 * Turns the frames of {@link BgpFrameDecoder} into messages and messages into bytes, with the
 * session options in force (set by the session once the OPENs are exchanged).
 *
 * <p>Inbound: an UPDATE frame becomes an owned {@link BgpUpdate} (whole message, header included;
 * the next handler releases it), any other frame a {@link BgpMessage} value. A framing error raises
 * the {@link org.ixwire.bgp.BgpDecodeException} with the NOTIFICATION of RFC 4271 §6.
 *
 * <p>Outbound: a {@link BgpMessage} is encoded into a buffer of exactly its size; a {@link
 * BgpUpdate} holding a whole message, or a {@link ByteBuf} holding whole messages, is written as is
 * (ownership passes to the channel).
 */
public final class BgpMessageCodec extends ChannelDuplexHandler {
  private final BgpDecoder decoder;
  private volatile BgpSessionOptions options = BgpSessionOptions.DEFAULT;

  /** A codec decoding with {@code decoder}. */
  public BgpMessageCodec(BgpDecoder decoder) {
    this.decoder = decoder;
  }

  /** The options messages are decoded and encoded with. */
  public BgpSessionOptions options() {
    return options;
  }

  /** Sets the options messages are decoded and encoded with from now on. */
  public void options(BgpSessionOptions options) {
    this.options = options;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof ByteBuf)) {
      ctx.fireChannelRead(msg);
      return;
    }
    ByteBuf frame = (ByteBuf) msg;
    if (frame.getUnsignedByte(frame.readerIndex() + 18) == 2) {
      ctx.fireChannelRead(new BgpUpdate(frame, options, true));
      return;
    }
    BgpMessage m;
    try {
      m = decoder.decode(frame, frame.readerIndex(), options);
    } finally {
      frame.release();
    }
    ctx.fireChannelRead(m);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (msg instanceof BgpMessage) {
      ByteBuf out;
      try {
        out = BgpEncoder.encode((BgpMessage) msg, options, ctx.alloc());
      } catch (RuntimeException e) {
        promise.setFailure(e);
        return;
      }
      ctx.write(out, promise);
    } else if (msg instanceof BgpUpdate) {
      BgpUpdate u = (BgpUpdate) msg;
      if (!u.hasHeader()) {
        ReferenceCountUtil.release(u);
        promise.setFailure(new IllegalArgumentException("a BgpUpdate without its header"));
        return;
      }
      ctx.write(u.content(), promise);
    } else {
      ctx.write(msg, promise);
    }
  }
}
