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
 * (cheap) and copies them in batches of about {@link #BATCH_BYTES}, each with the PEER_INDEX_TABLE
 * in effect at its start; workers format the batches with their own {@link BgpdumpFormatter}; the
 * calling thread hands the texts to the sink in input order. At most {@code 2 × threads} batches
 * are in flight, so memory stays bounded on any input size. Decompression (in the calling thread)
 * overlaps with formatting.
 */
public final class ParallelBgpdump {
  /** Target size of a batch of records. */
  public static final int BATCH_BYTES = 1 << 20;

  private ParallelBgpdump() {}

  /** The text and diagnostics (with whole-input positions) of one batch. */
  private record Result(StringBuilder text, List<String> diagnostics) {}

  /**
   * Formats every record of {@code reader} with formatters from {@code formatters}, on {@code
   * threads} workers, handing text in input order to {@code sink} and diagnostics to {@code
   * diagnostics}. Framing damage stays in {@link MrtReader#damage()}.
   */
  public static void format(
      MrtReader reader,
      Supplier<BgpdumpFormatter> formatters,
      int threads,
      Consumer<CharSequence> sink,
      Consumer<String> diagnostics) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    ArrayDeque<Future<Result>> inFlight = new ArrayDeque<>();
    try {
      @Nullable PeerIndexTable peers = null;
      ByteBuf batch = Unpooled.buffer(BATCH_BYTES + (BATCH_BYTES >> 2));
      @Nullable PeerIndexTable batchPeers = null;
      long batchOffset = 0;
      long batchIndex = 0;
      while (reader.next()) {
        MrtRecordView r = reader.record();
        if (batch.readableBytes() == 0) {
          batchPeers = peers;
          batchOffset = r.fileOffset();
          batchIndex = r.recordIndex();
        }
        batch.writeBytes(r.buffer(), r.index(), r.recordLength());
        if (r.typeCode() == 13 && r.subtype() == MrtSubtype.PEER_INDEX_TABLE) {
          try {
            peers = PeerIndexTable.decode(r);
          } catch (MrtDecodeException e) {
            // the worker reports it when it formats the record
          }
        }
        if (batch.readableBytes() >= BATCH_BYTES) {
          inFlight.add(submit(pool, batch, batchOffset, batchIndex, batchPeers, formatters));
          batch = Unpooled.buffer(BATCH_BYTES + (BATCH_BYTES >> 2));
          while (inFlight.size() >= 2 * Math.max(1, threads)) {
            drain(inFlight.removeFirst(), sink, diagnostics);
          }
        }
      }
      if (batch.readableBytes() > 0) {
        inFlight.add(submit(pool, batch, batchOffset, batchIndex, batchPeers, formatters));
      } else {
        batch.release();
      }
      while (!inFlight.isEmpty()) {
        drain(inFlight.removeFirst(), sink, diagnostics);
      }
    } finally {
      pool.shutdownNow();
      for (Future<Result> f : inFlight) {
        try {
          f.get();
        } catch (InterruptedException | ExecutionException | RuntimeException e) {
          // results no longer wanted; workers release their batches themselves
        }
      }
    }
  }

  private static Future<Result> submit(
      ExecutorService pool,
      ByteBuf batch,
      long firstOffset,
      long firstIndex,
      @Nullable PeerIndexTable peers,
      Supplier<BgpdumpFormatter> formatters) {
    return pool.submit(
        () -> {
          List<String> diag = new ArrayList<>();
          StringBuilder sb = new StringBuilder(batch.readableBytes() * 2);
          try {
            BgpdumpFormatter f = formatters.get().diagnostics(diag::add).peerIndexTable(peers);
            try (MrtReader r = MrtReader.of(batch, firstOffset, firstIndex)) {
              while (r.next()) {
                f.format(r.record(), sb);
              }
            }
          } finally {
            batch.release();
          }
          return new Result(sb, diag);
        });
  }

  private static void drain(
      Future<Result> f, Consumer<CharSequence> sink, Consumer<String> diagnostics) {
    Result r;
    try {
      r = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("formatting failed", e.getCause());
    }
    r.diagnostics().forEach(diagnostics);
    sink.accept(r.text());
  }
}
