package org.ixwire.mrt.format;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ixwire.mrt.MrtDecodeException;
import org.ixwire.mrt.MrtReader;
import org.ixwire.mrt.record.MrtRecordView;
import org.ixwire.mrt.record.MrtSubtype;
import org.ixwire.mrt.record.PeerIndexTable;
import org.jspecify.annotations.Nullable;

/**
 * bgpdump text on several cores with the output order kept: the calling thread frames records
 * (cheap) and groups them in batches of about {@link #BATCH_BYTES} — slices of the input when its
 * bytes stay in place (memory-mapped files, {@link MrtReader#recordsStayValid()}), copies otherwise
 * — each with the PEER_INDEX_TABLE in effect at its start; workers format the batches with their
 * own {@link BgpdumpFormatter} into {@link AsciiBuffer}s; the calling thread hands the texts to the
 * sink in input order. At most {@code 2 × threads} batches are in flight and their buffers are
 * reused, so memory stays bounded on any input size. For compressed input the reader decompresses
 * on a thread of its own, so decompression overlaps with framing and formatting.
 */
public final class ParallelBgpdump {
  /** Target size of a batch of records. */
  public static final int BATCH_BYTES = 1 << 18;

  private ParallelBgpdump() {}

  /** The buffers of one batch: its records, its text, its diagnostics; reused once drained. */
  private static final class Slot {
    final ByteBuf input = Unpooled.buffer(BATCH_BYTES + (BATCH_BYTES >> 2));
    final AsciiBuffer text = new AsciiBuffer(BATCH_BYTES * 3);
    final List<String> diagnostics = new ArrayList<>();
    @Nullable BgpdumpFormatter formatter;
    // a retained slice of the input to format instead of the copy in input; released by the task
    @Nullable ByteBuf view;

    void clear() {
      input.clear();
      text.setLength(0);
      diagnostics.clear();
    }
  }

  /**
   * Formats every record of {@code reader} with formatters from {@code formatters}, on {@code
   * threads} workers, handing text in input order to {@code sink} (which must not keep the buffer
   * past the call) and diagnostics to {@code diagnostics}. Framing damage stays in {@link
   * MrtReader#damage()}.
   */
  public static void format(
      MrtReader reader,
      Supplier<BgpdumpFormatter> formatters,
      int threads,
      Consumer<? super AsciiBuffer> sink,
      Consumer<String> diagnostics) {
    int workers = Math.max(1, threads);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    ArrayDeque<Future<Slot>> inFlight = new ArrayDeque<>();
    ArrayDeque<Slot> free = new ArrayDeque<>();
    List<Slot> all = new ArrayList<>();
    try {
      @Nullable PeerIndexTable peers = null;
      @Nullable Slot slot = null;
      @Nullable PeerIndexTable batchPeers = null;
      long batchOffset = 0;
      long batchIndex = 0;
      boolean slices = reader.recordsStayValid();
      ByteBuf sliceBuf = Unpooled.EMPTY_BUFFER;
      int sliceStart = 0;
      int sliceEnd = 0;
      long nextOffset = -1;
      int batchBytes = 0;
      while (reader.next()) {
        MrtRecordView r = reader.record();
        if (slot != null
            && (batchBytes >= BATCH_BYTES
                || r.fileOffset() != nextOffset
                || (slices && (r.buffer() != sliceBuf || r.index() != sliceEnd)))) {
          // the batch is full, or a damaged stretch was skipped or the file window moved: it ends
          // before this record (so that positions inside a batch stay right)
          ByteBuf v = slices ? view(sliceBuf, sliceStart, sliceEnd - sliceStart) : null;
          inFlight.add(submit(pool, slot, v, batchOffset, batchIndex, batchPeers, formatters));
          slot = null;
          while (inFlight.size() >= 2 * workers) {
            free.add(drain(inFlight.removeFirst(), sink, diagnostics));
          }
        }
        if (slot == null) {
          slot = free.poll();
          if (slot == null) {
            slot = new Slot();
            all.add(slot);
          }
          batchPeers = peers;
          batchOffset = r.fileOffset();
          batchIndex = r.recordIndex();
          sliceBuf = r.buffer();
          sliceStart = r.index();
          batchBytes = 0;
        }
        nextOffset = r.fileOffset() + r.recordLength();
        if (slices) {
          sliceEnd = r.index() + r.recordLength();
        } else {
          slot.input.writeBytes(r.buffer(), r.index(), r.recordLength());
        }
        batchBytes += r.recordLength();
        if (r.typeCode() == 13 && r.subtype() == MrtSubtype.PEER_INDEX_TABLE) {
          try {
            peers = PeerIndexTable.decode(r);
          } catch (MrtDecodeException e) {
            // the worker reports it when it formats the record
          }
        }
      }
      if (slot != null) {
        ByteBuf v = slices ? view(sliceBuf, sliceStart, sliceEnd - sliceStart) : null;
        inFlight.add(submit(pool, slot, v, batchOffset, batchIndex, batchPeers, formatters));
      }
      while (!inFlight.isEmpty()) {
        free.add(drain(inFlight.removeFirst(), sink, diagnostics));
      }
    } finally {
      for (Runnable never : pool.shutdownNow()) {
        if (never instanceof Future<?>) {
          ((Future<?>) never).cancel(false);
        }
      }
      for (Future<Slot> f : inFlight) {
        try {
          f.get();
        } catch (InterruptedException | ExecutionException | RuntimeException e) {
          // results no longer wanted (or never computed: cancelled)
        }
      }
      for (Slot s : all) {
        s.input.release();
        ByteBuf v = s.view;
        if (v != null) {
          v.release(); // its task never ran
          s.view = null;
        }
      }
    }
  }

  /**
   * The bytes {@code [index, index + length)} of {@code buf} without a copy: a new buffer over the
   * same memory (for a mapped file, a {@code ByteBuffer} slice that keeps the mapping alive), so
   * that workers read through the same buffer class as the reader — a derived slice would add a
   * reference-count check and an indirection to every read.
   */
  private static ByteBuf view(ByteBuf buf, int index, int length) {
    return buf.nioBufferCount() == 1
        ? Unpooled.wrappedBuffer(buf.nioBuffer(index, length))
        : buf.retainedSlice(index, length);
  }

  /**
   * Formats {@code slot}'s batch on the pool: {@code view} (a slice of the input, released by the
   * task) when given, else the copy in {@code slot.input}.
   */
  private static Future<Slot> submit(
      ExecutorService pool,
      Slot slot,
      @Nullable ByteBuf view,
      long firstOffset,
      long firstIndex,
      @Nullable PeerIndexTable peers,
      Supplier<BgpdumpFormatter> formatters) {
    slot.view = view;
    return pool.submit(
        () -> {
          BgpdumpFormatter f = slot.formatter;
          if (f == null) {
            f = formatters.get().diagnostics(slot.diagnostics::add);
            slot.formatter = f;
          }
          f.peerIndexTable(peers);
          ByteBuf v = slot.view;
          try (MrtReader r = MrtReader.of(v != null ? v : slot.input, firstOffset, firstIndex)) {
            while (r.next()) {
              f.format(r.record(), slot.text);
            }
          } finally {
            if (v != null) {
              v.release();
              slot.view = null;
            }
          }
          return slot;
        });
  }

  private static Slot drain(
      Future<Slot> f, Consumer<? super AsciiBuffer> sink, Consumer<String> diagnostics) {
    Slot s;
    try {
      s = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("formatting failed", e.getCause());
    }
    s.diagnostics.forEach(diagnostics);
    sink.accept(s.text);
    s.clear();
    return s;
  }
}
