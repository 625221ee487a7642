package org.ixwire.mrt.format;

import io.netty.buffer.ByteBuf;

/** bgpdump 1.6.2's renderings of addresses and numbers (BGPDUMP-FORMAT.md §3.3). */
final class BgpdumpText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private BgpdumpText() {}

  /** The decimal text of each octet value, for dotted quads. */
  private static final byte[][] OCTET = new byte[256][];

  static {
    for (int i = 0; i < 256; i++) {
      OCTET[i] = Integer.toString(i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
  }

  static void ipv4(AsciiBuffer sb, ByteBuf buf, int i) {
    ipv4(sb, buf.getInt(i));
  }

  /** The dotted quad of a big-endian address in {@code v}. */
  static void ipv4(AsciiBuffer sb, int v) {
    sb.append(OCTET[v >>> 24])
        .append('.')
        .append(OCTET[(v >>> 16) & 0xff])
        .append('.')
        .append(OCTET[(v >>> 8) & 0xff])
        .append('.')
        .append(OCTET[v & 0xff]);
  }

  static void ipv4(AsciiBuffer sb, byte[] a, int i) {
    sb.append(OCTET[a[i] & 0xff])
        .append('.')
        .append(OCTET[a[i + 1] & 0xff])
        .append('.')
        .append(OCTET[a[i + 2] & 0xff])
        .append('.')
        .append(OCTET[a[i + 3] & 0xff]);
  }

  static void ipv4(StringBuilder sb, byte[] a, int i) {
    sb.append(a[i] & 0xff)
        .append('.')
        .append(a[i + 1] & 0xff)
        .append('.')
        .append(a[i + 2] & 0xff)
        .append('.')
        .append(a[i + 3] & 0xff);
  }

  static void ip(AsciiBuffer sb, ByteBuf buf, int i, int length, byte[] scratch) {
    if (length == 4) {
      ipv4(sb, buf, i);
    } else {
      buf.getBytes(i, scratch, 0, 16);
      ipv6(sb, scratch);
    }
  }

  /**
   * bgpdump's {@code fmt_ipv6}: the longest run of zero groups (even a single one) becomes {@code
   * ::}, the first run winning ties; IPv4-mapped and IPv4-compatible addresses end in dotted quad.
   */
  static void ipv6(AsciiBuffer sb, byte[] a) {
    boolean zeroPrefix = true;
    for (int k = 0; k < 10; k++) {
      if (a[k] != 0) {
        zeroPrefix = false;
        break;
      }
    }
    if (zeroPrefix) {
      int w5 = ((a[10] & 0xff) << 8) | (a[11] & 0xff);
      if (w5 == 0xffff) {
        sb.append("::ffff:");
        ipv4(sb, a, 12);
        return;
      }
      if (w5 == 0) {
        int w6 = ((a[12] & 0xff) << 8) | (a[13] & 0xff);
        int w7 = ((a[14] & 0xff) << 8) | (a[15] & 0xff);
        if (w6 != 0 || w7 > 1) {
          sb.append("::");
          ipv4(sb, a, 12);
          return;
        }
      }
    }
    int bestStart = -1;
    int bestLen = 0;
    for (int g = 0; g < 8; ) {
      if (word(a, g) == 0) {
        int s = g;
        while (g < 8 && word(a, g) == 0) {
          g++;
        }
        if (g - s > bestLen) {
          bestLen = g - s;
          bestStart = s;
        }
      } else {
        g++;
      }
    }
    for (int g = 0; g < 8; g++) {
      if (g == bestStart) {
        sb.append("::");
        g += bestLen - 1;
        continue;
      }
      if (g > 0 && g != bestStart + bestLen) {
        sb.append(':');
      }
      hex(sb, word(a, g));
    }
  }

  private static int word(byte[] a, int g) {
    return ((a[2 * g] & 0xff) << 8) | (a[2 * g + 1] & 0xff);
  }

  private static void hex(AsciiBuffer sb, int v) {
    boolean started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      int d = (v >> shift) & 15;
      if (d != 0 || started || shift == 0) {
        sb.append(HEX[d]);
        started = true;
      }
    }
  }

  /** A prefix whose wire form has {@code (bits + 7) / 8} bytes at {@code i}, unmasked. */
  static void prefix(AsciiBuffer sb, ByteBuf buf, int i, int bits, int addressLength, byte[] a) {
    int n = Math.min((bits + 7) >>> 3, addressLength);
    if (addressLength == 4) {
      int v = 0;
      for (int k = 0; k < n; k++) {
        v |= buf.getUnsignedByte(i + k) << (24 - 8 * k);
      }
      ipv4(sb, v);
    } else {
      java.util.Arrays.fill(a, (byte) 0);
      buf.getBytes(i, a, 0, n);
      ipv6(sb, a);
    }
    sb.append('/').append(bits);
  }

  /** {@code MM/DD/YY HH:MM:SS} in UTC, bgpdump's {@code -M} time. */
  static void humanTime(AsciiBuffer sb, long epochSeconds) {
    long days = Math.floorDiv(epochSeconds, 86400L);
    long secs = Math.floorMod(epochSeconds, 86400L);
    // civil-from-days (proleptic Gregorian)
    long z = days + 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) {
      y++;
    }
    two(sb, m);
    sb.append('/');
    two(sb, d);
    sb.append('/');
    two(sb, Math.floorMod(y, 100));
    sb.append(' ');
    two(sb, secs / 3600);
    sb.append(':');
    two(sb, secs / 60 % 60);
    sb.append(':');
    two(sb, secs % 60);
  }

  static void two(AsciiBuffer sb, long v) {
    if (v < 10) {
      sb.append('0');
    }
    sb.append(v);
  }

  /** {@code .uuuuuu}: microseconds zero-padded to six digits. */
  static void micros(StringBuilder sb, long us) {
    sb.append('.');
    for (long p = 100_000; p > 1 && us < p; p /= 10) {
      sb.append('0');
    }
    sb.append(us);
  }

  /** {@code .uuuuuu}: microseconds zero-padded to six digits. */
  static void micros(AsciiBuffer sb, long us) {
    sb.append('.');
    for (long p = 100_000; p > 1 && us < p; p /= 10) {
      sb.append('0');
    }
    sb.append(us);
  }
}
