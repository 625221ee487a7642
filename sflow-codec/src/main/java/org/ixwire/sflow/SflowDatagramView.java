package org.ixwire.sflow;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.ixwire.sflow.sample.SampleView;
import org.ixwire.sflow.sample.SampleVisitor;

/**
 * Reusable, allocation-free flyweight over one sFlow v5 datagram (sFlow v5 §5.1 sample_datagram_v5)
 * in a borrowed buffer: the view reads with absolute indices and never touches the buffer's indices
 * or reference count. Valid until the next {@link #wrap}. One instance per thread.
 *
 * <pre>{@code
 * SflowDatagramView view = new SflowDatagramView();
 * view.wrap(buf, buf.readerIndex(), buf.readableBytes())
 *     .forEachSample(s -> s.forEachRecord(r -> { if (r.isSampledHeader()) { ... } }));
 * }</pre>
 */
public final class SflowDatagramView {
  private final SampleView sample = new SampleView();
  private ByteBuf buf = Unpooled.EMPTY_BUFFER;
  private int start;
  private int end;
  private int version;
  private int addressType;
  private int addressOffset;
  private int samplesOffset;
  private int trailerOffset = -1;

  /**
   * Points the view at {@code length} bytes at absolute {@code offset} of {@code buf} and checks
   * the datagram header.
   *
   * @throws SflowDecodeException when the version is not 5 or the header is truncated
   */
  public SflowDatagramView wrap(ByteBuf buf, int offset, int length) {
    this.buf = buf;
    this.start = offset;
    this.end = offset + length;
    this.trailerOffset = -1;
    if (length < 8) {
      throw fail(offset, "datagram shorter than version and address type");
    }
    version = buf.getInt(offset);
    if (version != 5) {
      throw fail(offset, "unsupported datagram version " + Integer.toUnsignedString(version));
    }
    addressType = buf.getInt(offset + 4);
    int addrLen;
    if (addressType == 1) {
      addrLen = 4;
    } else if (addressType == 2) {
      addrLen = 16;
    } else if (addressType == 0) {
      addrLen = 0;
    } else {
      throw fail(offset + 4, "unknown agent address type " + Integer.toUnsignedString(addressType));
    }
    addressOffset = offset + 8;
    samplesOffset = addressOffset + addrLen + 16;
    if (samplesOffset > end) {
      throw fail(end, "datagram header truncated");
    }
    return this;
  }

  private SflowDecodeException fail(int offset, String reason) {
    return SflowDecodeException.of(buf, offset, start, end, "datagram", reason);
  }

  /** The buffer this view reads. */
  public ByteBuf buffer() {
    return buf;
  }

  /**
   * The datagram as a reference-counted message holding {@code buffer().retainedSlice(...)}: the
   * caller owns it and must release it.
   */
  public SflowDatagramMessage retainedMessage() {
    return new SflowDatagramMessage(buf.retainedSlice(start, end - start));
  }

  /** Datagram version (5). */
  public int version() {
    return version;
  }

  /** Agent address type: 0 unknown, 1 IPv4, 2 IPv6. */
  public int agentAddressType() {
    return addressType;
  }

  /** Absolute index of the agent address bytes. */
  public int agentAddressOffset() {
    return addressOffset;
  }

  /** Number of agent address bytes (0, 4 or 16). */
  public int agentAddressLength() {
    return samplesOffset - 16 - addressOffset;
  }

  /** Agent sub-id. */
  public long subAgentId() {
    return buf.getUnsignedInt(samplesOffset - 16);
  }

  /** Datagram sequence number. */
  public long sequenceNumber() {
    return buf.getUnsignedInt(samplesOffset - 12);
  }

  /** Agent uptime in milliseconds. */
  public long uptime() {
    return buf.getUnsignedInt(samplesOffset - 8);
  }

  /** Number of samples declared. */
  public long sampleCount() {
    return buf.getUnsignedInt(samplesOffset - 4);
  }

  /** Absolute index just after the datagram. */
  public int endOffset() {
    return end;
  }

  /**
   * Visits every sample with one reused {@link SampleView}, checking that each lies inside the
   * datagram. Bytes after the last sample (some agents pad, some dumps concatenate) are ignored, as
   * sflowtool does, and reported by {@link #trailerOffset()}.
   *
   * @throws SflowDecodeException on a framing error (samples before it have been visited)
   */
  public void forEachSample(SampleVisitor visitor) {
    long n = sampleCount();
    int p = samplesOffset;
    if (n > (end - p) / 8) {
      throw fail(samplesOffset - 4, "sample count " + n + " cannot fit in the datagram");
    }
    for (int i = 0; i < n; i++) {
      if (end - p < 8) {
        throw fail(p, "sample " + i + " header runs past the datagram end");
      }
      long len = buf.getUnsignedInt(p + 4);
      if (len > end - p - 8) {
        throw fail(p + 4, "sample " + i + " length " + len + " runs past the datagram end");
      }
      visitor.sample(sample.wrap(buf, p, (int) len, i, start));
      p += 8 + (int) len;
    }
    trailerOffset = p;
  }

  /**
   * Absolute index of the bytes after the last sample (equal to {@link #endOffset()} when there are
   * none), known after {@link #forEachSample}; -1 before.
   */
  public int trailerOffset() {
    return trailerOffset;
  }
}
