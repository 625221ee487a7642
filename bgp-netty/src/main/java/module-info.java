/**
 * ixwire bgp-netty: BGP-4 sessions on Netty (RFC 4271 §8 finite state machine, framing, RFC 7606
 * outcomes) for route servers and collectors. See {@link org.ixwire.bgp.netty} for the entry
 * points.
 */
module org.ixwire.bgp.netty {
  requires transitive org.ixwire.bgp;
  requires transitive io.netty.transport;
  requires io.netty.codec;
  requires static transitive org.jspecify;

  exports org.ixwire.bgp.netty;
}
