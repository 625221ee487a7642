package org.ixwire.mrt;

import io.netty.buffer.ByteBuf;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ixwire.mrt.internal.BufferSource;
import org.ixwire.mrt.internal.Framing;
import org.ixwire.mrt.internal.MappedFileSource;
import org.ixwire.mrt.internal.ReadAheadInputStream;
import org.ixwire.mrt.internal.RecordSource;
import org.ixwire.mrt.internal.StreamSource;
import org.ixwire.mrt.record.MrtRecordView;
import org.jspecify.annotations.Nullable;

/**
 * Streams the records of an MRT input (RFC 6396 §2) as {@link MrtRecordView}s, without copying:
 * uncompressed files are memory-mapped; compressed input (recognised from its content, see {@link
 * Compression}) is decompressed into one reused buffer.
 *
 * <pre>{@code
 * try (MrtReader r = MrtReader.open(path)) {
 *   while (r.next()) {
 *     MrtRecordView rec = r.record(); // valid until the next call to next()
 *   }
 *   r.damage().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p><b>Damage</b> never throws: a header that cannot start a record (unknown type or subtype, a
 * length its type cannot have) is reported as {@link MrtDamage} and the reader scans forward for
 * the next position where two consecutive plausible headers chain (or one ends the input exactly),
 * and goes on from there. A record cut short by the end of input, and a compressed stream that ends
 * mid-block, end the input with a report after every whole record before them.
 *
 * <p>Not thread-safe. {@link #close()} releases the buffers the reader allocated and, for
 * compressed input, stops the thread that decompresses ahead of the reader (a daemon holding ~4 MiB
 * and the file until then): always close a reader, as with try-with-resources. A caller's {@link
 * ByteBuf} given to {@link #of(ByteBuf)} is neither retained nor released.
 */
public final class MrtReader implements Closeable {
  /**
   * Default cap on a record's length: 64 MiB. Real records stay far below (a RIB record of a prefix
   * seen by a thousand peers is about 100 KB); a corrupt length beyond it is damage rather than a
   * reason to buffer that much of a stream. {@link #open(Path, long)} takes another cap.
   */
  public static final long DEFAULT_MAX_RECORD_LENGTH = 64L << 20;

  private static final long RESYNC_MAX_TIME_SKEW = 31L * 24 * 3600;

  private final RecordSource source;
  private final Compression compression;
  private final MrtRecordView view = new MrtRecordView();
  private final List<MrtDamage> damage = new ArrayList<>();
  private final long maxRecordLength;
  private long pos;
  private long recordIndex;
  private long lastTimestamp = -1;
  private int lastType = -1;
  private int lastSubtype = -1;
  private long inputEnd;
  private long base;
  private boolean done;

  private MrtReader(RecordSource source, Compression compression, long maxRecordLength) {
    this.source = source;
    this.compression = compression;
    this.maxRecordLength = maxRecordLength;
  }

  /**
   * Opens a file: memory-mapped when uncompressed, otherwise streamed through the decompressor its
   * first bytes call for, which runs on a background daemon thread a few MiB ahead of the decoding
   * (stopped by {@link #close()}).
   */
  public static MrtReader open(Path path) throws IOException {
    return open(path, DEFAULT_MAX_RECORD_LENGTH);
  }

  /** As {@link #open(Path)}, treating records longer than {@code maxRecordLength} as damage. */
  public static MrtReader open(Path path, long maxRecordLength) throws IOException {
    return open(path, maxRecordLength, MappedFileSource.DEFAULT_WINDOW);
  }

  /**
   * As {@link #open(Path, long)}, mapping uncompressed files in windows of {@code mapWindow} bytes
   * (default 1 GiB; a record longer than the window gets a window of its own).
   */
  public static MrtReader open(Path path, long maxRecordLength, long mapWindow) throws IOException {
    Compression c = Compression.detect(path);
    if (c == Compression.NONE) {
      return new MrtReader(new MappedFileSource(path, mapWindow), c, maxRecordLength);
    }
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    try {
      return new MrtReader(
          new StreamSource(readAhead(c, c.decompress(in), in)), c, maxRecordLength);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads from a stream, compressed or not; takes ownership of {@code in} ({@link #close()} closes
   * it).
   */
  public static MrtReader open(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(Compression.MAGIC_LENGTH);
    byte[] head = new byte[Compression.MAGIC_LENGTH];
    int n = b.readNBytes(head, 0, head.length);
    b.reset();
    Compression c = Compression.detect(head, n);
    return new MrtReader(
        new StreamSource(readAhead(c, c.decompress(b), b)), c, DEFAULT_MAX_RECORD_LENGTH);
  }

  /**
   * Compressed input is decompressed on a background thread, ahead of the decoding; {@code raw} is
   * what the decompressor reads, closed first on {@link #close()}.
   */
  private static InputStream readAhead(Compression c, InputStream decompressed, InputStream raw) {
    return c == Compression.NONE ? decompressed : ReadAheadInputStream.of(decompressed, raw);
  }

  /**
   * Reads the readable bytes of an uncompressed MRT buffer in place. The buffer is neither retained
   * nor released, and must stay unchanged while the reader is used.
   */
  public static MrtReader of(ByteBuf buf) {
    return new MrtReader(new BufferSource(buf), Compression.NONE, DEFAULT_MAX_RECORD_LENGTH);
  }

  /**
   * As {@link #of(ByteBuf)} for records cut out of a larger input: file offsets and record indices
   * (in records, damage and exceptions) count from {@code firstFileOffset} and {@code
   * firstRecordIndex}.
   */
  public static MrtReader of(ByteBuf buf, long firstFileOffset, long firstRecordIndex) {
    MrtReader r = of(buf);
    r.base = firstFileOffset;
    r.recordIndex = firstRecordIndex;
    return r;
  }

  /**
   * Whether the bytes of the records handed out stay where they are, unchanged, until {@link
   * #close()}: true for memory-mapped files and caller buffers, false for streams (whose buffer is
   * compacted as reading goes on). A caller may then keep {@code retainedSlice}s of record bytes
   * instead of copying them.
   */
  public boolean recordsStayValid() {
    return !(source instanceof StreamSource);
  }

  /** The compression detected from the content. */
  public Compression compression() {
    return compression;
  }

  /**
   * Advances to the next intact record.
   *
   * @return false at the end of input
   * @throws UncheckedIOException if the underlying file cannot be read (a decompression error is
   *     damage, not an exception)
   */
  public boolean next() {
    try {
      return advance();
    } catch (IOException e) {
      done = true;
      throw new UncheckedIOException(e);
    }
  }

  private boolean advance() throws IOException {
    while (!done) {
      source.discardBefore(pos);
      int avail = source.request(pos, MrtRecordView.HEADER_LENGTH);
      if (avail == 0) {
        end();
        return false;
      }
      if (avail < MrtRecordView.HEADER_LENGTH) {
        damage.add(
            new MrtDamage(
                base + pos,
                recordIndex,
                avail,
                "truncated header: " + avail + " of 12 bytes" + cause()));
        end();
        return false;
      }
      ByteBuf buf = source.buffer();
      int i = source.indexOf(pos);
      @Nullable String bad = Framing.implausible(buf, i, maxRecordLength);
      if (bad != null) {
        long next = resync(pos + 1);
        long skipped = (next < 0 ? endPosition() : next) - pos;
        damage.add(
            new MrtDamage(
                base + pos,
                recordIndex,
                skipped,
                "implausible header ("
                    + bad
                    + ")"
                    + (next < 0 ? "; no intact record follows" + cause() : "")));
        if (next < 0) {
          end();
          return false;
        }
        pos = next;
        continue;
      }
      long total = MrtRecordView.HEADER_LENGTH + buf.getUnsignedInt(i + 8);
      avail = source.request(pos, (int) total);
      if (avail < total) {
        // The input ends inside the declared record. Either the file was cut (nothing follows) or
        // the length is damaged and intact records follow inside the declared span: look for one.
        // (Only after an intact record: resynchronisation needs its timestamp and type.)
        long next = lastTimestamp >= 0 ? resync(pos + 1) : -1;
        if (next < 0) {
          inputEnd = pos + avail;
        }
        damage.add(
            new MrtDamage(
                base + pos,
                recordIndex,
                (next < 0 ? endPosition() : next) - pos,
                "truncated record: header declares "
                    + (total - MrtRecordView.HEADER_LENGTH)
                    + " bytes, "
                    + (avail - MrtRecordView.HEADER_LENGTH)
                    + " remain"
                    + (next < 0 ? cause() : "; resynchronised")));
        if (next < 0) {
          end();
          return false;
        }
        pos = next;
        continue;
      }
      view.wrap(source.buffer(), source.indexOf(pos), base + pos, recordIndex);
      lastTimestamp = view.timestamp();
      lastType = view.typeCode();
      lastSubtype = view.subtype();
      pos += total;
      recordIndex++;
      return true;
    }
    return false;
  }

  private String cause() {
    @Nullable String e = source.endError();
    return e != null ? " (compressed input damaged: " + e + ")" : "";
  }

  private long endPosition() {
    return inputEnd;
  }

  private void end() {
    done = true;
    @Nullable String e = source.endError();
    if (e != null
        && (damage.isEmpty() || damage.get(damage.size() - 1).fileOffset() != base + pos)) {
      damage.add(new MrtDamage(base + pos, recordIndex, 0, "compressed input damaged: " + e));
    }
  }

  /**
   * The first position at or after {@code from} where a record plausibly starts, or -1 (then {@link
   * #inputEnd} is set): a plausible header whose timestamp is near the last good record's, and
   * either followed by another plausible header (or the exact end of input), or of the same type,
   * subtype and timestamp hour as the last good record (for writers that get every length wrong by
   * a few bytes, as in early RIS dumps).
   */
  private long resync(long from) throws IOException {
    for (long c = from; ; c++) {
      source.discardBefore(c);
      int avail = source.request(c, MrtRecordView.HEADER_LENGTH);
      if (avail < MrtRecordView.HEADER_LENGTH) {
        inputEnd = c + avail;
        return -1;
      }
      if (plausibleAt(c)) {
        ByteBuf buf = source.buffer();
        int i = source.indexOf(c);
        long total = MrtRecordView.HEADER_LENGTH + buf.getUnsignedInt(i + 8);
        // a candidate whose record would run past the end of the input is a false header
        // (found inside a damaged record's body); the true next record, if any, lies further on
        boolean whole = source.request(c, (int) total) == total;
        source.request(c, MrtRecordView.HEADER_LENGTH);
        buf = source.buffer();
        i = source.indexOf(c);
        if (!whole) {
          continue;
        }
        if (buf.getUnsignedShort(i + 4) == lastType
            && buf.getUnsignedShort(i + 6) == lastSubtype
            && Math.abs(buf.getUnsignedInt(i) - lastTimestamp) <= 3600) {
          return c;
        }
        long next = c + MrtRecordView.HEADER_LENGTH + buf.getUnsignedInt(i + 8);
        int a = source.request(next, MrtRecordView.HEADER_LENGTH);
        // chained: another plausible header follows, or the input ends exactly there (not merely
        // somewhere before: a forged length running past the end proves nothing)
        boolean chained =
            a == MrtRecordView.HEADER_LENGTH
                ? plausibleAt(next)
                : a == 0 && source.request(next - 1, 1) == 1;
        source.request(c, MrtRecordView.HEADER_LENGTH);
        if (chained) {
          return c;
        }
      }
    }
  }

  private boolean plausibleAt(long p) {
    ByteBuf buf = source.buffer();
    int i = source.indexOf(p);
    if (Framing.implausible(buf, i, maxRecordLength) != null) {
      return false;
    }
    long ts = buf.getUnsignedInt(i);
    return lastTimestamp < 0 || Math.abs(ts - lastTimestamp) <= RESYNC_MAX_TIME_SKEW;
  }

  /** The current record; valid until the next call to {@link #next()}. */
  public MrtRecordView record() {
    return view;
  }

  /** Number of records delivered so far. */
  public long recordCount() {
    return recordIndex;
  }

  /** Position in the (decompressed) input after the current record. */
  public long position() {
    return base + pos;
  }

  /** Damage found so far, in input order. */
  public List<MrtDamage> damage() {
    return Collections.unmodifiableList(damage);
  }

  /**
   * Releases the reader's buffers and closes the file or stream.
   *
   * @throws UncheckedIOException if closing the underlying file or stream fails
   */
  @Override
  public void close() {
    done = true;
    try {
      source.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
