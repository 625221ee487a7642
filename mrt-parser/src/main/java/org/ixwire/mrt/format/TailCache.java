package org.ixwire.mrt.format;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The route-tail texts ({@code as_path|origin|…|}) of recently seen path-attribute blobs, looked up
 * by the blob's bytes: a RIB entry's tail is a function of its attribute bytes alone, and a RIB
 * repeats attribute sets — routes of one origin through one peer, not always adjacent. A
 * direct-mapped table of {@value #SLOTS} slots (a slot keeps the last blob that hashed to it) finds
 * 63–74% of the entries of real RIS and RouteViews RIBs, against 37–45% for the last blob of the
 * same peer.
 *
 * <p>Blobs over {@value #MAX_KEY} bytes and texts over {@value #MAX_TEXT} are not kept. The table
 * (3 MiB) is allocated on first use. Not thread-safe.
 */
final class TailCache {
  static final int SLOTS = 4096;
  static final int MAX_KEY = 256;
  static final int MAX_TEXT = 512;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] keys = new byte[0];
  private byte[] texts = new byte[0];
  // per slot: the key's length (-1: empty), the text's length, the key's hash
  private final int[] keyLength = new int[SLOTS];
  private final int[] textLength = new int[SLOTS];
  private final int[] hashes = new int[SLOTS];
  // the slot and hash of the last lookup, for store() (slot -1: a blob too long to keep)
  private int slot = -1;
  private int hash;

  TailCache() {
    Arrays.fill(keyLength, -1);
  }

  /**
   * Looks up the blob {@code a[from, from + n)}: if its text is kept, appends it to {@code out} and
   * returns true; otherwise returns false, and {@link #store} may then keep the text made for it.
   */
  boolean appendIfKept(byte[] a, int from, int n, AsciiBuffer out) {
    if (n > MAX_KEY) {
      slot = -1;
      return false;
    }
    int h = hash(a, from, n);
    int s = (h ^ (h >>> 16)) & (SLOTS - 1);
    slot = s;
    hash = h;
    if (hashes[s] != h || keyLength[s] != n) {
      return false;
    }
    int k = s * MAX_KEY;
    if (!Arrays.equals(a, from, from + n, keys, k, k + n)) {
      return false;
    }
    out.append(texts, s * MAX_TEXT, textLength[s]);
    return true;
  }

  /**
   * Keeps {@code out[start, out.length())} as the text of the blob {@code a[from, from + n)}, the
   * one {@link #appendIfKept} last failed to find (unless the text is too long).
   */
  void store(byte[] a, int from, int n, AsciiBuffer out, int start) {
    int len = out.length() - start;
    int s = slot;
    if (s < 0) {
      return; // the blob is too long to keep
    }
    if (len > MAX_TEXT) {
      keyLength[s] = -1;
      return;
    }
    if (keys.length == 0) {
      keys = new byte[SLOTS * MAX_KEY];
      texts = new byte[SLOTS * MAX_TEXT];
    }
    System.arraycopy(a, from, keys, s * MAX_KEY, n);
    out.copyTo(start, len, texts, s * MAX_TEXT);
    keyLength[s] = n;
    textLength[s] = len;
    hashes[s] = hash;
  }

  /**
   * A hash of the bytes, read eight at a time into two independent multiply-add lanes (so the
   * multiplications overlap); the last eight bytes are read as one word, overlapping the rest.
   */
  private static int hash(byte[] a, int from, int n) {
    long h1 = n;
    long h2 = 0x632BE59BD9B4E019L;
    int end = from + n;
    if (n < 8) {
      for (int i = from; i < end; i++) {
        h1 = (h1 + a[i]) * M1;
      }
    } else {
      int i = from;
      for (; end - i >= 16; i += 16) {
        h1 = (h1 + (long) LONGS.get(a, i)) * M1;
        h2 = (h2 + (long) LONGS.get(a, i + 8)) * M2;
      }
      h2 = (h2 + (long) LONGS.get(a, end - 8)) * M2;
      if (end - i > 8) {
        h1 = (h1 + (long) LONGS.get(a, i)) * M1;
      }
    }
    long h = h1 ^ Long.rotateLeft(h2, 31);
    h ^= h >>> 29;
    return (int) (h ^ (h >>> 32));
  }

  private static final long M1 = 0x9E3779B97F4A7C15L;
  private static final long M2 = 0xC2B2AE3D27D4EB4FL;
}
