package org.ixwire.testing;

/**
 * The one-field corruption of the structure-aware fuzz targets: a big-endian unsigned field of 1 to
 * 8 bytes inside a valid encoding is replaced by a value the fuzzer picks.
 */
public final class FieldCorruption {
  private FieldCorruption() {}

  /**
   * Overwrites {@code w[offset, offset+width)} according to {@code mode}: 0 sets {@code value}, 1
   * steps the old value by 1 to 8, 2 flips one bit, 3 sets zero or all ones.
   *
   * @return {@code "OLD -> NEW"}, for the failure message
   */
  public static String corrupt(byte[] w, int offset, int width, int mode, long value) {
    long old = 0;
    for (int i = 0; i < width; i++) {
      old = old << 8 | (w[offset + i] & 0xff);
    }
    long mask = width >= 8 ? -1L : (1L << (8 * width)) - 1;
    long v =
        switch (mode & 3) {
          case 0 -> value;
          case 1 -> old + (value % 9 == 0 ? 1 : value % 9);
          case 2 -> old ^ (1L << Math.floorMod(value, 8 * width));
          default -> (value & 1) == 0 ? 0 : mask;
        };
    v &= mask;
    String what = old + " -> " + v;
    for (int i = width - 1; i >= 0; i--) {
      w[offset + i] = (byte) v;
      v >>>= 8;
    }
    return what;
  }
}
