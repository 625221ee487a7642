/**
 * ixwire bgp-core: allocation-free BGP-4 message codec (RFC 4271 and extensions) with RFC 7606
 * error handling. See {@link org.ixwire.bgp} for the entry points.
 */
module org.ixwire.bgp {
  requires transitive io.netty.buffer;
  requires transitive io.netty.common;
  requires transitive com.google.common;
  requires static transitive org.jspecify;

  exports org.ixwire.bgp;
  exports org.ixwire.bgp.message;
  exports org.ixwire.bgp.attribute;
  exports org.ixwire.bgp.capability;
  exports org.ixwire.bgp.nlri;
  exports org.ixwire.bgp.error;
  exports org.ixwire.bgp.spi;
}
