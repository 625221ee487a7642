package org.ixwire.pcap;

import org.jspecify.annotations.Nullable;

/** The container format of a capture file, detected from its first bytes. */
public enum CaptureFormat {
  /** Classic libpcap format, microsecond timestamps (magic {@code 0xa1b2c3d4}, either order). */
  PCAP_MICROS,
  /** Classic libpcap format, nanosecond timestamps (magic {@code 0xa1b23c4d}, either order). */
  PCAP_NANOS,
  /** Kuznetzov's modified pcap (magic {@code 0xa1b2cd34}): 8 extra bytes per record header. */
  PCAP_MODIFIED,
  /** pcapng (draft-ietf-opsawg-pcapng), any number of sections, either byte order. */
  PCAPNG;

  /**
   * The format whose magic the first four bytes of a file hold (read big-endian), or null when they
   * are no capture's.
   */
  public static @Nullable CaptureFormat detect(int firstFourBytes) {
    if (firstFourBytes == 0x0A0D0D0A) {
      return PCAPNG;
    }
    int le = Integer.reverseBytes(firstFourBytes);
    if (firstFourBytes == 0xA1B2C3D4 || le == 0xA1B2C3D4) {
      return PCAP_MICROS;
    }
    if (firstFourBytes == 0xA1B23C4D || le == 0xA1B23C4D) {
      return PCAP_NANOS;
    }
    if (firstFourBytes == 0xA1B2CD34 || le == 0xA1B2CD34) {
      return PCAP_MODIFIED;
    }
    return null;
  }
}
