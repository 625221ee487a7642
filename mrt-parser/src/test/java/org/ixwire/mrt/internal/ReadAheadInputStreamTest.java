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
            new ReadAheadInputStream(new ByteArrayInputStream(data), 4096, 3)) {
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
        new ReadAheadInputStream(new ByteArrayInputStream(data), 1024, 2)) {
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
    ReadAheadInputStream in = new ReadAheadInputStream(source, 4096, 3);
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
    assertEquals(-1, in.read(buf, 0, buf.length), "after the failure the stream has ended");
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
    try (ReadAheadInputStream in = new ReadAheadInputStream(source, 64, 2)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, in::read);
      assertEquals("corrupt block", e.getMessage());
    }
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
    ReadAheadInputStream in = new ReadAheadInputStream(endless, 1024, 2);
    assertEquals(1, in.read());
    assertTrue(readSome.await(10, TimeUnit.SECONDS));
    in.close();
    assertTrue(closed.get(), "source closed");
    assertThrows(IOException.class, in::read, "a closed stream refuses reads");
    assertFalse(in.threadAlive(), "read-ahead thread stopped");
    in.close(); // idempotent
  }
}
