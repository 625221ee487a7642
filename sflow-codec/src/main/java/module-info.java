/**
 * ixwire sflow-codec: allocation-free sFlow v5 views, immutable values with builders, an encoder,
 * sampled-header parsing and sflowtool-compatible output. See {@link org.ixwire.sflow}.
 */
module org.ixwire.sflow {
  requires transitive io.netty.buffer;
  requires transitive io.netty.common;
  requires transitive com.google.common;
  requires transitive org.ixwire.pcap;
  requires static transitive org.jspecify;

  exports org.ixwire.sflow;
  exports org.ixwire.sflow.sample;
  exports org.ixwire.sflow.record;
  exports org.ixwire.sflow.packet;
  exports org.ixwire.sflow.format;
}
