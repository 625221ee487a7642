package org.ixwire.pcap;

/** The container format of a capture file, detected from its first bytes. */
public enum CaptureFormat {
  /** Classic libpcap format, microsecond timestamps (magic {@code 0xa1b2c3d4}, either order). */
  PCAP_MICROS,
  /** Classic libpcap format, nanosecond timestamps (magic {@code 0xa1b23c4d}, either order). */
  PCAP_NANOS,
  /** Kuznetzov's modified pcap (magic {@code 0xa1b2cd34}): 8 extra bytes per record header. */
  PCAP_MODIFIED,
  /** pcapng (draft-ietf-opsawg-pcapng), any number of sections, either byte order. */
  PCAPNG
}
