/**
 * ixwire mrt-parser: streaming, zero-copy reader and writer of MRT routing information export files
 * (RFC 6396, RFC 6397, RFC 8050) with bgpdump-compatible output. See {@link org.ixwire.mrt}.
 */
module org.ixwire.mrt {
  requires transitive org.ixwire.bgp;
  requires transitive io.netty.buffer;
  requires transitive io.netty.common;
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires org.apache.commons.compress;
  requires org.tukaani.xz;
  requires com.github.luben.zstd_jni;

  exports org.ixwire.mrt;
  exports org.ixwire.mrt.record;
  exports org.ixwire.mrt.format;
}
