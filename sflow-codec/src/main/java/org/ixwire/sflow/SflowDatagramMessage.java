package org.ixwire.sflow;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;
import org.ixwire.sflow.sample.SampleVisitor;

/**
 * An sFlow v5 datagram kept past a callback: a reference-counted holder of the datagram's bytes
 * (Netty {@code ByteBufHolder}, modelled on {@code HAProxyTLV}). Obtain one with {@link
 * SflowDatagramView#retainedMessage()}; whoever holds it releases it. Accessors parse lazily
 * through the same {@link SflowDatagramView} code.
 */
public final class SflowDatagramMessage extends DefaultByteBufHolder {
  private final SflowDatagramView view = new SflowDatagramView();

  /**
   * Wraps {@code content}, which must hold exactly one datagram; takes ownership of it.
   *
   * @throws SflowDecodeException when the datagram header is malformed (content not released)
   */
  public SflowDatagramMessage(ByteBuf content) {
    super(content);
    view.wrap(content, content.readerIndex(), content.readableBytes());
  }

  private SflowDatagramView view() {
    ByteBuf c = content();
    return view.wrap(c, c.readerIndex(), c.readableBytes());
  }

  /** Agent sub-id. */
  public long subAgentId() {
    return view().subAgentId();
  }

  /** Datagram sequence number. */
  public long sequenceNumber() {
    return view().sequenceNumber();
  }

  /** Agent uptime in milliseconds. */
  public long uptime() {
    return view().uptime();
  }

  /** Number of samples declared. */
  public long sampleCount() {
    return view().sampleCount();
  }

  /** Visits the samples (views valid during each call). */
  public void forEachSample(SampleVisitor visitor) {
    view().forEachSample(visitor);
  }

  /** Decodes into a value (copies what it keeps; this message stays owned by the caller). */
  public SflowDatagram decode() {
    ByteBuf c = content();
    return SflowDecoder.decode(c, c.readerIndex(), c.readableBytes());
  }

  @Override
  public SflowDatagramMessage copy() {
    return replace(content().copy());
  }

  @Override
  public SflowDatagramMessage duplicate() {
    return replace(content().duplicate());
  }

  @Override
  public SflowDatagramMessage retainedDuplicate() {
    return replace(content().retainedDuplicate());
  }

  @Override
  public SflowDatagramMessage replace(ByteBuf content) {
    return new SflowDatagramMessage(content);
  }

  @Override
  public SflowDatagramMessage retain() {
    super.retain();
    return this;
  }

  @Override
  public SflowDatagramMessage retain(int increment) {
    super.retain(increment);
    return this;
  }

  @Override
  public SflowDatagramMessage touch() {
    super.touch();
    return this;
  }

  @Override
  public SflowDatagramMessage touch(Object hint) {
    super.touch(hint);
    return this;
  }
}
