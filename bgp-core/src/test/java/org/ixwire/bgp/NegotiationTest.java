package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.ixwire.bgp.capability.AddPathCapability;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.capability.ExtendedMessageCapability;
import org.ixwire.bgp.capability.MultiprotocolCapability;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.nlri.AfiSafi;
import org.ixwire.bgp.nlri.IpAddress;
import org.junit.jupiter.api.Test;

class NegotiationTest {
  private static Open open(long asn, Capability... caps) {
    return Open.of(asn, 90, IpAddress.parse("192.0.2.1"), List.of(caps));
  }

  private static AddPathCapability addPath(AfiSafi f, int sr) {
    return new AddPathCapability(ImmutableList.of(new AddPathCapability.Entry(f, sr)));
  }

  @Test
  void addPathDirectionsFollowRfc7911() {
    Open local = open(65001, addPath(AfiSafi.IPV4_UNICAST, AddPathCapability.RECEIVE));
    Open remote = open(65002, addPath(AfiSafi.IPV4_UNICAST, AddPathCapability.BOTH));
    BgpSessionOptions o = Negotiation.negotiate(local, remote);
    assertTrue(o.addPathReceive(AfiSafi.IPV4_UNICAST));
    assertFalse(o.addPathSend(AfiSafi.IPV4_UNICAST));
    assertTrue(o.fourOctetAs(), "Open.of adds the 4-octet AS capability on both sides");
    assertEquals(BgpSessionOptions.PeerType.EXTERNAL, o.peerType());
    BgpSessionOptions back = Negotiation.negotiate(remote, local);
    assertTrue(back.addPathSend(AfiSafi.IPV4_UNICAST));
    assertFalse(back.addPathReceive(AfiSafi.IPV4_UNICAST));
  }

  @Test
  void capabilitiesOnlyOnOneSideAreNotUsed() {
    Open local =
        open(
            4200000001L,
            ExtendedMessageCapability.INSTANCE,
            MultiprotocolCapability.of(AfiSafi.IPV6_UNICAST));
    Open remote = open(4200000001L);
    BgpSessionOptions o = Negotiation.negotiate(local, remote);
    assertFalse(o.extendedMessage());
    assertEquals(4096, o.maxMessageLength());
    assertEquals(BgpSessionOptions.PeerType.INTERNAL, o.peerType());
    assertEquals(23456, local.myAs(), "4-octet ASN travels as AS_TRANS in My AS");
    assertEquals(4200000001L, local.asn());
  }

  @Test
  void extendedMessageWhenBoth() {
    BgpSessionOptions o =
        Negotiation.negotiate(
            open(1, ExtendedMessageCapability.INSTANCE),
            open(2, ExtendedMessageCapability.INSTANCE));
    assertEquals(65535, o.maxMessageLength());
  }
}
