/**
 * ixwire pcap: streaming pcap/pcapng capture reading, link/IP/UDP/TCP demultiplexing, IP fragment
 * reassembly and TCP stream reassembly, for the BGP and sFlow codecs and the CLI. See {@link
 * org.ixwire.pcap} for the entry points.
 */
module org.ixwire.pcap {
  requires transitive io.netty.buffer;
  requires transitive io.netty.common;
  requires com.google.common;
  requires static transitive org.jspecify;

  exports org.ixwire.pcap;
}
