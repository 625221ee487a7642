package org.ixwire.mrt.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadAheadInputStreamTest {
  private static byte[] random(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static byte[] drain(InputStream in, int readSize) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[readSize];
    int r;
    while ((r = in.read(buf, 0, buf.length)) >= 0) {
      out.write(buf, 0, r);
    }
    return out.toByteArray();
  }

  /** A source that yields {@code data} in small reads, then fails with {@code failure}. */
  private static final class FailingSource extends InputStream {
    private final byte[] data;
    private final IOException failure;
    private int pos;
    boolean closed;

    FailingSource(byte[] data, IOException failure) {
      this.data = data;
      this.failure = failure;
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (pos == data.length) {
        throw failure;
      }
      int n = Math.min(Math.min(len, 777), data.length - pos);
      System.arraycopy(data, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void deliversEveryByteInOrderAcrossChunks() throws IOException {
    for (int size : new int[] {0, 1, 4095, 4096, 4097, 100_003}) {
      byte[] data = random(size, size);
      for (int readSize : new int[] {1, 13, 4096, 65536}) {
        try (ReadAheadInputStream in =
            new ReadAheadInputStream(new ByteArrayInputStream(data), null, 4096, 3)) {
          assertArrayEquals(data, drain(in, readSize), size + " bytes read by " + readSize);
          assertEquals(-1, in.read(), "end stays the end");
        }
      }
    }
  }

  @Test
  void singleByteReads() throws IOException {
    byte[] data = random(10_000, 7);
    try (ReadAheadInputStream in =
        new ReadAheadInputStream(new ByteArrayInputStream(data), null, 1024, 2)) {
      for (byte b : data) {
        assertEquals(b & 0xff, in.read());
      }
      assertEquals(-1, in.read());
    }
  }

  /**
   * The bytes read before the source failed all arrive, then the same exception: a damaged
   * compressed file keeps every record before the damage (commons-io's read-ahead would drop the
   * partially filled chunk).
   */
  @Test
  void bytesBeforeAFailureArriveThenTheFailure() throws IOException {
    byte[] data = random(10_000, 3);
    IOException damage = new IOException("Unexpected end of ZLIB input stream");
    FailingSource source = new FailingSource(data, damage);
    ReadAheadInputStream in = new ReadAheadInputStream(source, null, 4096, 3);
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buf = new byte[1000];
    IOException thrown = null;
    try {
      int r;
      while ((r = in.read(buf, 0, buf.length)) >= 0) {
        got.write(buf, 0, r);
      }
    } catch (IOException e) {
      thrown = e;
    }
    assertArrayEquals(data, got.toByteArray(), "every byte before the failure");
    assertSame(damage, thrown);
    assertSame(
        damage,
        assertThrows(IOException.class, () -> in.read(buf, 0, buf.length)),
        "the failure stays: every later read gets it again");
    in.close();
    assertTrue(source.closed);
    assertFalse(in.threadAlive());
  }

  @Test
  void runtimeExceptionsOfTheSourceKeepTheirType() throws IOException {
    InputStream source =
        new InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("corrupt block");
          }
        };
    try (ReadAheadInputStream in = new ReadAheadInputStream(source, null, 64, 2)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, in::read);
      assertEquals("corrupt block", e.getMessage());
      assertSame(e, assertThrows(IllegalStateException.class, in::read), "again, not an end");
    }
  }

  /**
   * A slow source (a live feed): the bytes a read returned reach the consumer while the thread is
   * blocked waiting for more, not when a whole chunk has filled.
   */
  @Test
  void bytesOfASlowSourceArriveWithoutWaitingForAFullChunk() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    InputStream trickle =
        new InputStream() {
          private boolean sent;

          @Override
          public int read() {
            throw new UnsupportedOperationException();
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (!sent) {
              sent = true;
              java.util.Arrays.fill(b, off, off + 998, (byte) 7);
              return 998;
            }
            try {
              release.await(); // the peer goes quiet
            } catch (InterruptedException e) {
              throw new java.io.InterruptedIOException();
            }
            return -1;
          }
        };
    try (ReadAheadInputStream in = new ReadAheadInputStream(trickle, null, 1 << 20, 2)) {
      java.util.concurrent.ExecutorService ex =
          java.util.concurrent.Executors.newSingleThreadExecutor();
      try {
        java.util.concurrent.Future<byte[]> got = ex.submit(() -> in.readNBytes(998));
        assertEquals(
            998, got.get(10, TimeUnit.SECONDS).length, "delivered before the source ended");
      } finally {
        release.countDown();
        ex.shutdownNow();
      }
    }
  }

  /**
   * close() while the thread is blocked in a read that ignores interrupts (a socket, a pipe): the
   * raw input is closed first, which makes the read return, so close() does not hang.
   */
  @Test
  void closeUnblocksAReadBlockedOnTheRawInput() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch rawClosed = new CountDownLatch(1);
    InputStream blocked =
        new InputStream() {
          @Override
          public int read() {
            throw new UnsupportedOperationException();
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            reading.countDown();
            while (true) {
              try {
                if (rawClosed.await(50, TimeUnit.MILLISECONDS)) {
                  throw new IOException("Socket closed");
                }
              } catch (InterruptedException e) {
                // like a socket read: interrupts do not end it
              }
            }
          }
        };
    ReadAheadInputStream in = new ReadAheadInputStream(blocked, rawClosed::countDown, 1024, 2);
    assertTrue(reading.await(10, TimeUnit.SECONDS));
    java.util.concurrent.ExecutorService ex =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      ex.submit(
              () -> {
                in.close();
                return null;
              })
          .get(10, TimeUnit.SECONDS);
    } finally {
      ex.shutdownNow();
    }
    assertFalse(in.threadAlive());
  }

  /** Closing while the thread waits for a free chunk (consumer stopped reading) stops it. */
  @Test
  void closeStopsTheThreadAndClosesTheSource() throws Exception {
    AtomicBoolean closed = new AtomicBoolean();
    CountDownLatch readSome = new CountDownLatch(1);
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 0;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            readSome.countDown();
            java.util.Arrays.fill(b, off, off + len, (byte) 1);
            return len;
          }

          @Override
          public void close() {
            closed.set(true);
          }
        };
    ReadAheadInputStream in = new ReadAheadInputStream(endless, null, 1024, 2);
    assertEquals(1, in.read());
    assertTrue(readSome.await(10, TimeUnit.SECONDS));
    in.close();
    assertTrue(closed.get(), "source closed");
    assertThrows(IOException.class, in::read, "a closed stream refuses reads");
    assertFalse(in.threadAlive(), "read-ahead thread stopped");
    in.close(); // idempotent
  }
}
