package org.ixwire.pcap;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.pcap.internal.HexWindow;
import org.jspecify.annotations.Nullable;

/**
 * Streams the frames of a capture file: classic pcap (both byte orders; µs, ns and modified
 * formats) or pcapng (draft-ietf-opsawg-pcapng: any number of sections in either byte order; IDB
 * with {@code if_tsresol}/{@code if_tsoffset}; EPB, SPB and the obsolete OPB; other blocks
 * skipped). The format is detected from the first four bytes.
 *
 * <pre>{@code
 * try (PcapReader reader = PcapReader.open(path)) {
 *   FrameView frame;
 *   while ((frame = reader.next()) != null) {
 *     ... frame.linkType(), frame.timestampNanos(), frame.buffer()/dataOffset()/capturedLength()
 *   }
 * }
 * }</pre>
 *
 * <p><b>Memory</b>: one reusable heap buffer, grown only as data actually arrives (a forged length
 * never allocates more than about twice the bytes really present) and capped at {@link
 * #MAX_RECORD_BYTES} per record. Frames are not copied: {@link FrameView} points into this buffer
 * and is valid until the next call to {@link #next()}.
 *
 * <p><b>Damage</b>: see {@link PcapFormatException}; a truncated file yields every whole frame,
 * then one fatal exception, then {@code null}. Not thread-safe. Closing the reader closes the
 * stream and releases the buffer.
 */
public final class PcapReader implements Closeable {
  /** Largest record or block accepted (16 MiB); anything larger is treated as damage. */
  public static final int MAX_RECORD_BYTES = 16 << 20;

  private static final int INITIAL_CAPACITY = 64 * 1024;
  private static final int PCAPNG_SHB = 0x0A0D0D0A;
  private static final int PCAPNG_BOM = 0x1A2B3C4D;
  private static final int CLASSIC_MAX_CAPLEN = 262_144;
  private static final int MAX_INTERFACES = 1 << 16;

  private final InputStream in;
  private final long streamSize;
  private final String name;
  private ByteBuf buf;

  /** File offset of buffer index 0. */
  private long base;

  private boolean eof;
  private boolean done;
  private boolean closed;
  private final CaptureFormat format;
  private final FrameView frame = new FrameView();
  private long frameCount;

  // classic pcap
  private boolean littleEndian;
  private int recordHeaderLength;
  private long fracToNanos;
  private int snaplen;
  private LinkType classicLinkType = LinkType.ETHERNET;

  // pcapng: interfaces of the current section
  private final List<Iface> interfaces = new ArrayList<>();
  private long sectionCount;

  private PcapReader(InputStream in, long streamSize, String name) throws IOException {
    this.in = in;
    this.streamSize = streamSize;
    this.name = name;
    this.buf = Unpooled.buffer(INITIAL_CAPACITY);
    try {
      this.format = readFileHeader();
    } catch (RuntimeException | IOException e) {
      buf.release();
      in.close();
      throw e;
    }
  }

  /**
   * Opens a capture file. Its size bounds every length field read from it.
   *
   * @throws PcapFormatException (fatal) if the file is empty, not a capture, or its header is cut
   */
  public static PcapReader open(Path path) throws IOException {
    long size = Files.size(path);
    return new PcapReader(Files.newInputStream(path), size, path.toString());
  }

  /**
   * Reads a capture from a stream, which the reader takes ownership of (closes on {@link
   * #close()}). The stream is read sequentially, in chunks, with no read-ahead beyond one chunk.
   *
   * @throws PcapFormatException (fatal) if the stream is empty, not a capture, or its header is cut
   */
  public static PcapReader open(InputStream in) throws IOException {
    return new PcapReader(in, -1, "stream");
  }

  /** The detected container format. */
  public CaptureFormat format() {
    return format;
  }

  /** Frames returned so far (the last frame's number). */
  public long frameCount() {
    return frameCount;
  }

  /**
   * The next frame, or {@code null} at the end of the capture (and after a fatal {@link
   * PcapFormatException}). The returned view is reused and valid until the next call.
   *
   * @throws PcapFormatException on a damaged record, see {@link PcapFormatException#isFatal()}
   * @throws IOException if the underlying stream fails
   */
  public @Nullable FrameView next() throws IOException {
    if (done || closed) {
      return null;
    }
    try {
      return format == CaptureFormat.PCAPNG ? nextPcapng() : nextClassic();
    } catch (PcapFormatException e) {
      if (e.isFatal()) {
        done = true;
      }
      throw e;
    }
  }

  /** Closes the stream and releases the buffer; further {@link #next()} calls return null. */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      buf.release();
      buf = Unpooled.EMPTY_BUFFER;
      in.close();
    }
  }

  // ---------------------------------------------------------------- input buffer

  /** Makes at least {@code n} unread bytes available; false at end of input. */
  private boolean ensure(int n) throws IOException {
    while (buf.readableBytes() < n) {
      if (eof) {
        return false;
      }
      if (buf.writableBytes() == 0) {
        if (buf.readerIndex() > 0) {
          base += buf.readerIndex();
          buf.discardReadBytes();
        }
        if (buf.writableBytes() == 0) {
          int cap = buf.capacity();
          int want = Math.min(Math.max(cap * 2, INITIAL_CAPACITY), MAX_RECORD_BYTES + 64);
          if (want <= cap) {
            throw new IllegalStateException("record larger than cap");
          }
          buf.capacity(want);
        }
      }
      int r = buf.writeBytes(in, buf.writableBytes());
      if (r < 0) {
        eof = true;
      }
    }
    return true;
  }

  private long fileOffset(int index) {
    return base + index;
  }

  /** Bytes left in the file from buffer index {@code index}, or MAX_VALUE if unknown. */
  private long remaining(int index) {
    return streamSize < 0 ? Long.MAX_VALUE : streamSize - fileOffset(index);
  }

  private PcapFormatException fatal(int index, String context, String reason) {
    int lo = buf.readerIndex();
    return new PcapFormatException(
        reason,
        fileOffset(index),
        context,
        HexWindow.around(buf, index, Math.min(lo, index), buf.writerIndex()),
        true);
  }

  private PcapFormatException skipped(int index, int end, String context, String reason) {
    return new PcapFormatException(
        reason, fileOffset(index), context, HexWindow.around(buf, index, index, end), false);
  }

  private long u32(int index, boolean le) {
    return (le ? buf.getIntLE(index) : buf.getInt(index)) & 0xFFFFFFFFL;
  }

  private int u16(int index, boolean le) {
    return le ? buf.getUnsignedShortLE(index) : buf.getUnsignedShort(index);
  }

  // ---------------------------------------------------------------- file header

  private CaptureFormat readFileHeader() throws IOException {
    int start = buf.readerIndex();
    if (!ensure(4)) {
      throw fatal(
          start,
          "file header",
          buf.readableBytes() == 0 ? "empty capture" : "truncated capture: shorter than 4 bytes");
    }
    int magic = buf.getInt(start);
    CaptureFormat f = CaptureFormat.detect(magic);
    if (f == null) {
      throw fatal(start, "file header", "not a pcap or pcapng capture (unknown magic)");
    }
    if (f == CaptureFormat.PCAPNG) {
      sectionCount = 0;
      return f;
    }
    littleEndian = magic != 0xA1B2C3D4 && magic != 0xA1B23C4D && magic != 0xA1B2CD34;
    if (!ensure(24)) {
      throw fatal(start, "pcap/header", "truncated file header: 24 bytes needed");
    }
    snaplen = (int) Math.min(u32(start + 16, littleEndian), Integer.MAX_VALUE);
    classicLinkType = LinkType.of((int) (u32(start + 20, littleEndian) & 0xFFFF));
    fracToNanos = f == CaptureFormat.PCAP_NANOS ? 1 : 1000;
    recordHeaderLength = f == CaptureFormat.PCAP_MODIFIED ? 24 : 16;
    buf.skipBytes(24);
    return f;
  }

  // ---------------------------------------------------------------- classic pcap

  private @Nullable FrameView nextClassic() throws IOException {
    int idx = buf.readerIndex();
    if (!ensure(recordHeaderLength)) {
      if (buf.readableBytes() == 0) {
        done = true;
        return null;
      }
      throw fatal(
          idx,
          ctxClassic(),
          "truncated record header: "
              + buf.readableBytes()
              + " of "
              + recordHeaderLength
              + " bytes present");
    }
    idx = buf.readerIndex(); // ensure may have compacted the buffer
    boolean le = littleEndian;
    long sec = u32(idx, le);
    long frac = u32(idx + 4, le);
    long caplen = u32(idx + 8, le);
    long origlen = u32(idx + 12, le);
    long limit = Math.min(Math.max(snaplen, CLASSIC_MAX_CAPLEN), MAX_RECORD_BYTES);
    if (caplen > limit) {
      throw fatal(
          idx + 8,
          ctxClassic(),
          "captured length "
              + caplen
              + " exceeds the limit "
              + limit
              + " (snaplen "
              + snaplen
              + ")");
    }
    if (caplen > remaining(idx + recordHeaderLength)) {
      throw fatal(
          idx,
          ctxClassic(),
          "truncated record: captured length "
              + caplen
              + " but only "
              + remaining(idx + recordHeaderLength)
              + " bytes left in the file");
    }
    int total = recordHeaderLength + (int) caplen;
    if (!ensure(total)) {
      throw fatal(
          buf.readerIndex(),
          ctxClassic(),
          "truncated record: "
              + (buf.readableBytes() - recordHeaderLength)
              + " of "
              + caplen
              + " captured bytes present");
    }
    idx = buf.readerIndex();
    buf.skipBytes(total);
    frameCount++;
    frame.set(
        buf,
        idx + recordHeaderLength,
        (int) caplen,
        origlen,
        sec * 1_000_000_000L + frac * fracToNanos,
        frameCount,
        0,
        classicLinkType,
        fileOffset(idx));
    return frame;
  }

  private String ctxClassic() {
    return "pcap/record[frame " + (frameCount + 1) + "]";
  }

  // ---------------------------------------------------------------- pcapng

  private @Nullable FrameView nextPcapng() throws IOException {
    while (true) {
      if (!ensure(12)) {
        if (buf.readableBytes() == 0) {
          done = true;
          return null;
        }
        throw fatal(
            buf.readerIndex(),
            "pcapng/block",
            "truncated block header: " + buf.readableBytes() + " of at least 12 bytes present");
      }
      int idx = buf.readerIndex();
      int rawType = buf.getInt(idx);
      if (rawType == PCAPNG_SHB) {
        int bom = buf.getInt(idx + 8);
        if (bom == PCAPNG_BOM) {
          littleEndian = false;
        } else if (bom == Integer.reverseBytes(PCAPNG_BOM)) {
          littleEndian = true;
        } else {
          throw fatal(idx + 8, "pcapng/SHB", "bad byte-order magic");
        }
      } else if (sectionCount == 0) {
        throw fatal(idx, "pcapng/block", "first block is not a Section Header Block");
      }
      boolean le = littleEndian;
      long type = u32(idx, le);
      long len = u32(idx + 4, le);
      String ctx = blockContext(type);
      if (len < 12 || (len & 3) != 0) {
        throw fatal(idx + 4, ctx, "bad block total length " + len);
      }
      if (len > MAX_RECORD_BYTES) {
        throw fatal(idx + 4, ctx, "block total length " + len + " exceeds " + MAX_RECORD_BYTES);
      }
      if (len > remaining(idx)) {
        throw fatal(
            idx,
            ctx,
            "truncated block: total length " + len + " but " + remaining(idx) + " bytes left");
      }
      if (!ensure((int) len)) {
        throw fatal(
            buf.readerIndex(),
            ctx,
            "truncated block: " + buf.readableBytes() + " of " + len + " bytes present");
      }
      idx = buf.readerIndex();
      int end = idx + (int) len;
      long trailer = u32(end - 4, le);
      if (trailer != len) {
        throw fatal(
            end - 4,
            ctx,
            "trailing block length " + trailer + " differs from leading length " + len);
      }
      buf.skipBytes((int) len);
      FrameView f = decodeBlock((int) type, idx, end, ctx);
      if (f != null) {
        return f;
      }
    }
  }

  private String blockContext(long type) {
    String n;
    if (type == (PCAPNG_SHB & 0xFFFFFFFFL)) {
      n = "SHB";
    } else if (type == 1) {
      n = "IDB";
    } else if (type == 6) {
      n = "EPB[frame " + (frameCount + 1) + "]";
    } else if (type == 3) {
      n = "SPB[frame " + (frameCount + 1) + "]";
    } else if (type == 2) {
      n = "OPB[frame " + (frameCount + 1) + "]";
    } else {
      n = "block(type 0x" + Long.toHexString(type) + ")";
    }
    return "pcapng/section[" + sectionCount + "]/" + n;
  }

  private @Nullable FrameView decodeBlock(int type, int idx, int end, String ctx) {
    boolean le = littleEndian;
    switch (type) {
      case PCAPNG_SHB:
        {
          if (end - idx < 28) {
            throw fatal(idx + 4, ctx, "Section Header Block shorter than 28 bytes");
          }
          int major = u16(idx + 12, le);
          if (major != 1) {
            throw fatal(idx + 12, ctx, "unsupported pcapng major version " + major);
          }
          sectionCount++;
          interfaces.clear();
          return null;
        }
      case 1:
        {
          if (end - idx < 20) {
            throw skipped(idx, end, ctx, "Interface Description Block shorter than 20 bytes");
          }
          if (interfaces.size() >= MAX_INTERFACES) {
            throw skipped(idx, end, ctx, "more than " + MAX_INTERFACES + " interfaces");
          }
          Iface iface = new Iface(LinkType.of(u16(idx + 8, le)), u32(idx + 12, le));
          readIdbOptions(iface, idx + 16, end - 4, le);
          interfaces.add(iface);
          return null;
        }
      case 6:
      case 2:
        {
          if (end - idx < 32) {
            throw skipped(idx, end, ctx, "packet block shorter than 32 bytes");
          }
          long ifId = type == 6 ? u32(idx + 8, le) : u16(idx + 8, le);
          long tsHigh = u32(idx + 12, le);
          long tsLow = u32(idx + 16, le);
          long caplen = u32(idx + 20, le);
          long origlen = u32(idx + 24, le);
          frameCount++;
          if (ifId >= interfaces.size()) {
            throw skipped(idx + 8, end, ctx, "unknown interface id " + ifId);
          }
          if (caplen > end - 4 - (idx + 28)) {
            throw skipped(
                idx + 20,
                end,
                ctx,
                "captured length " + caplen + " exceeds the block body " + (end - 4 - (idx + 28)));
          }
          Iface iface = interfaces.get((int) ifId);
          frame.set(
              buf,
              idx + 28,
              (int) caplen,
              origlen,
              iface.toNanos((tsHigh << 32) | tsLow),
              frameCount,
              (int) ifId,
              iface.linkType,
              fileOffset(idx));
          return frame;
        }
      case 3:
        {
          if (end - idx < 16) {
            throw skipped(idx, end, ctx, "Simple Packet Block shorter than 16 bytes");
          }
          frameCount++;
          if (interfaces.isEmpty()) {
            throw skipped(idx, end, ctx, "Simple Packet Block before any interface");
          }
          Iface iface = interfaces.get(0);
          long origlen = u32(idx + 8, le);
          long caplen = Math.min(origlen, end - 4 - (idx + 12));
          if (iface.snaplen > 0) {
            caplen = Math.min(caplen, iface.snaplen);
          }
          frame.set(
              buf,
              idx + 12,
              (int) caplen,
              origlen,
              FrameView.NO_TIMESTAMP,
              frameCount,
              0,
              iface.linkType,
              fileOffset(idx));
          return frame;
        }
      default:
        return null; // NRB, ISB, DSB, custom and unknown blocks: skipped
    }
  }

  private void readIdbOptions(Iface iface, int pos, int end, boolean le) {
    while (pos + 4 <= end) {
      int code = u16(pos, le);
      int olen = u16(pos + 2, le);
      int vpos = pos + 4;
      if (code == 0 || vpos + olen > end) {
        return; // opt_endofopt, or an option overrunning the block: ignore the rest
      }
      if (code == 9 && olen >= 1) {
        iface.setResolution(buf.getUnsignedByte(vpos));
      } else if (code == 14 && olen >= 8) {
        iface.offsetSeconds = le ? buf.getLongLE(vpos) : buf.getLong(vpos);
      }
      pos = vpos + ((olen + 3) & ~3);
    }
  }

  /** One pcapng interface: link type and timestamp resolution. */
  private static final class Iface {
    final LinkType linkType;
    final long snaplen;

    /** Decimal exponent (units of 10^-exp s) or, when binary, units of 2^-exp s. */
    int exp = 6;

    boolean binary;
    long offsetSeconds;

    Iface(LinkType linkType, long snaplen) {
      this.linkType = linkType;
      this.snaplen = snaplen;
    }

    void setResolution(int tsresol) {
      binary = (tsresol & 0x80) != 0;
      exp = tsresol & 0x7F;
    }

    long toNanos(long ts) {
      long nanos;
      if (!binary) {
        if (exp <= 9) {
          nanos = ts * POW10[9 - exp];
        } else if (exp - 9 <= 18) {
          nanos = Long.divideUnsigned(ts, POW10[exp - 9]);
        } else {
          nanos = 0;
        }
      } else if (exp <= 30) {
        long sec = ts >>> exp;
        long frac = ts & ((1L << exp) - 1);
        nanos = sec * 1_000_000_000L + ((frac * 1_000_000_000L) >>> exp);
      } else {
        BigInteger units = new BigInteger(Long.toUnsignedString(ts));
        nanos = units.multiply(BigInteger.valueOf(1_000_000_000L)).shiftRight(exp).longValue();
      }
      return nanos + offsetSeconds * 1_000_000_000L;
    }
  }

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  @Override
  public String toString() {
    return "PcapReader[" + name + " " + format + " frames=" + frameCount + "]";
  }
}
