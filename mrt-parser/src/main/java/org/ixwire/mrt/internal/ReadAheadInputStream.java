package org.ixwire.mrt.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Reads a stream (a decompressor) on a background thread, a few chunks ahead of the consumer, so
 * that decompression overlaps with decoding (issue 3: "for compressed input, decompression
 * overlapped with decoding").
 *
 * <p>Every byte the source produced before it failed is delivered before the failure: a chunk holds
 * the bytes read and then, if the source threw, the exception, which the consumer gets on the read
 * after those bytes, and on every read after that. (commons-io's {@code ReadAheadInputStream}
 * rethrows as soon as the read-ahead fails and drops the bytes it had read into that buffer — up to
 * a whole buffer of records before the damage, which MRT reading must keep.) A chunk is handed over
 * when it is full or when a read returned less than asked (the source had no more at hand): bytes
 * already read are never held back while the thread blocks on a slow source (a live feed, a pipe).
 * After a failure or the end of the source the thread stops.
 *
 * <p>The thread is a daemon and holds the chunks and the source until {@link #close()}, which must
 * be called: it closes the raw input first (so that a read blocked on a socket or a pipe returns),
 * waits for the thread, then closes the decompressor. One consumer thread.
 */
public final class ReadAheadInputStream extends InputStream {
  /** Default chunk size. */
  public static final int CHUNK = 1 << 20;

  private static final Chunk POISON = new Chunk(0);

  private static final class Chunk {
    final byte[] bytes;
    int length;
    int position;
    boolean end;
    @Nullable Throwable error;

    Chunk(int size) {
      bytes = new byte[size];
    }
  }

  private final InputStream source;
  private final @Nullable Closeable raw;
  private final BlockingQueue<Chunk> filled;
  private final BlockingQueue<Chunk> free;
  private final Thread thread;
  private final byte[] one = new byte[1];
  private @Nullable Chunk current;
  private boolean finished;
  private @Nullable Throwable failure; // rethrown by every read once reached
  private volatile boolean closed;

  /**
   * Starts reading {@code source} ahead in {@code chunks} chunks of {@code chunkSize} bytes; takes
   * ownership of it. {@code raw}, when given, is the stream {@code source} reads from (the file or
   * socket under a decompressor): {@link #close()} closes it first.
   */
  public ReadAheadInputStream(
      InputStream source, @Nullable Closeable raw, int chunkSize, int chunks) {
    if (chunkSize <= 0 || chunks < 2) {
      throw new IllegalArgumentException("chunk size " + chunkSize + ", chunks " + chunks);
    }
    this.source = source;
    this.raw = raw;
    this.filled = new ArrayBlockingQueue<>(chunks + 1);
    this.free = new ArrayBlockingQueue<>(chunks);
    for (int i = 0; i < chunks; i++) {
      free.add(new Chunk(chunkSize));
    }
    this.thread = new Thread(this::fill, "ixwire-read-ahead");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * {@code source} (a decompressor reading {@code raw}) read ahead in 4 chunks of {@link #CHUNK}
   * bytes.
   */
  public static ReadAheadInputStream of(InputStream source, @Nullable Closeable raw) {
    return new ReadAheadInputStream(source, raw, CHUNK, 4);
  }

  private void fill() {
    try {
      while (!closed) {
        Chunk c = free.take();
        c.length = 0;
        c.position = 0;
        try {
          while (c.length < c.bytes.length) {
            int want = c.bytes.length - c.length;
            int r = source.read(c.bytes, c.length, want);
            if (r < 0) {
              c.end = true;
              break;
            }
            c.length += r;
            if (r < want) {
              break; // the source had no more at hand: hand over, don't hold bytes while blocking
            }
          }
        } catch (Throwable t) { // delivered to the consumer after the bytes before it
          c.error = t;
          c.end = true;
        }
        filled.put(c);
        if (c.end) {
          return;
        }
      }
    } catch (InterruptedException e) {
      // closed
    } finally {
      if (closed) {
        filled.offer(POISON);
      }
    }
  }

  @Override
  public int read() throws IOException {
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    Chunk c = next();
    if (c == null) {
      return -1;
    }
    int n = Math.min(len, c.length - c.position);
    System.arraycopy(c.bytes, c.position, b, off, n);
    c.position += n;
    return n;
  }

  /**
   * The chunk with bytes left, or null at the end; throws the source's failure after its bytes, and
   * again on every later call.
   */
  private @Nullable Chunk next() throws IOException {
    if (closed) {
      throw new IOException("stream closed");
    }
    Throwable f = failure;
    if (f != null) {
      rethrow(f);
    }
    while (true) {
      Chunk c = current;
      if (c != null && c.position < c.length) {
        return c;
      }
      if (c != null) {
        current = null;
        if (c.end) {
          finished = true;
          Throwable t = c.error;
          if (t != null) {
            failure = t;
            rethrow(t);
          }
        } else {
          free.add(c);
        }
      }
      if (finished) {
        return null;
      }
      try {
        current = filled.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the read-ahead");
      }
      if (current == POISON) {
        current = null;
        throw new IOException("stream closed");
      }
    }
  }

  private static void rethrow(Throwable t) throws IOException {
    if (t instanceof IOException) {
      throw (IOException) t;
    }
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    throw new IOException(t);
  }

  @Override
  public int available() {
    Chunk c = current;
    return c == null ? 0 : c.length - c.position;
  }

  /** Whether the read-ahead thread is still running (for tests). */
  boolean threadAlive() {
    return thread.isAlive();
  }

  /**
   * Closes the raw input (a read blocked on it returns), stops the read-ahead thread (waiting for a
   * read in progress to return) and closes the source.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    thread.interrupt();
    IOException rawFailure = null;
    if (raw != null) {
      try {
        raw.close();
      } catch (IOException e) {
        rawFailure = e;
      }
    }
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    source.close();
    if (rawFailure != null) {
      throw rawFailure;
    }
  }
}
