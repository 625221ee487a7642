package org.ixwire.bgp.message;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;
import org.ixwire.bgp.BgpSessionOptions;
import org.jspecify.annotations.Nullable;

/**
 * An UPDATE kept past the callback that received it (GUIDE §2, layer 2): a reference-counted holder
 * of the message bytes (a retained slice of the original buffer, no copy) with the session options
 * needed to read it, and the same lazy accessors as {@link UpdateView} through {@link #view()}.
 * Obtain one with {@link UpdateView#retainedMessage()}; whoever holds it releases it.
 *
 * <p>Not thread-safe: {@link #view()} reuses one flyweight.
 */
public final class BgpUpdate extends DefaultByteBufHolder {
  private final BgpSessionOptions options;
  private final boolean hasHeader;
  private @Nullable UpdateView view;

  /**
   * Wraps {@code content} (takes ownership): a whole UPDATE when {@code hasHeader}, else its body.
   */
  public BgpUpdate(ByteBuf content, BgpSessionOptions options, boolean hasHeader) {
    super(content);
    this.options = options;
    this.hasHeader = hasHeader;
  }

  /** The session options the message is read with. */
  public BgpSessionOptions options() {
    return options;
  }

  /** Whether the content starts with the 19-byte header. */
  public boolean hasHeader() {
    return hasHeader;
  }

  /**
   * The message through a view owned by this holder, wrapped on first use; valid while this holder
   * is not released.
   */
  public UpdateView view() {
    UpdateView v = view;
    if (v == null) {
      ByteBuf c = content();
      v = new UpdateView();
      if (hasHeader) {
        v.wrap(c, c.readerIndex(), c.readableBytes(), options);
      } else {
        v.wrapBody(c, c.readerIndex(), c.readableBytes(), options);
      }
      view = v;
    }
    return v;
  }

  @Override
  public BgpUpdate copy() {
    return replace(content().copy());
  }

  @Override
  public BgpUpdate duplicate() {
    return replace(content().duplicate());
  }

  @Override
  public BgpUpdate retainedDuplicate() {
    return replace(content().retainedDuplicate());
  }

  @Override
  public BgpUpdate replace(ByteBuf content) {
    return new BgpUpdate(content, options, hasHeader);
  }

  @Override
  public BgpUpdate retain() {
    super.retain();
    return this;
  }

  @Override
  public BgpUpdate retain(int increment) {
    super.retain(increment);
    return this;
  }

  @Override
  public BgpUpdate touch() {
    super.touch();
    return this;
  }

  @Override
  public BgpUpdate touch(Object hint) {
    super.touch(hint);
    return this;
  }
}
