package org.ixwire.bgp;

import java.util.HashMap;
import java.util.Map;
import org.ixwire.bgp.capability.AddPathCapability;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.capability.ExtendedMessageCapability;
import org.ixwire.bgp.capability.ExtendedNextHopCapability;
import org.ixwire.bgp.capability.FourOctetAsCapability;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.nlri.AfiSafi;

/**
 * Negotiates session options from the two OPENs of a session (RFC 5492 §3): a capability is in use
 * when both speakers advertise it; ADD-PATH per family and direction (RFC 7911 §4); extended next
 * hop per NLRI family (RFC 8950 §3); iBGP when both speakers have the same AS.
 */
public final class Negotiation {
  private Negotiation() {}

  /**
   * The options for decoding what {@code remote} sends to {@code local} (and encoding what {@code
   * local} sends).
   */
  public static BgpSessionOptions negotiate(Open local, Open remote) {
    BgpSessionOptions.Builder b = BgpSessionOptions.builder();
    boolean as4 =
        local.capability(FourOctetAsCapability.class).isPresent()
            && remote.capability(FourOctetAsCapability.class).isPresent();
    b.fourOctetAs(as4);
    b.extendedMessage(
        local.capability(ExtendedMessageCapability.class).isPresent()
            && remote.capability(ExtendedMessageCapability.class).isPresent());
    Map<AfiSafi, Integer> mine = addPath(local);
    Map<AfiSafi, Integer> theirs = addPath(remote);
    for (Map.Entry<AfiSafi, Integer> e : mine.entrySet()) {
      int t = theirs.getOrDefault(e.getKey(), 0);
      if ((e.getValue() & AddPathCapability.RECEIVE) != 0 && (t & AddPathCapability.SEND) != 0) {
        b.addPathReceive(e.getKey());
      }
      if ((e.getValue() & AddPathCapability.SEND) != 0 && (t & AddPathCapability.RECEIVE) != 0) {
        b.addPathSend(e.getKey());
      }
    }
    for (Capability c : local.capabilities()) {
      if (c instanceof ExtendedNextHopCapability) {
        for (ExtendedNextHopCapability.Entry e : ((ExtendedNextHopCapability) c).entries()) {
          if (hasExtendedNextHop(remote, e)) {
            b.extendedNextHop(AfiSafi.of(e.nlriAfi(), e.nlriSafi() & 0xff));
          }
        }
      }
    }
    long la = local.asn();
    long ra = remote.asn();
    b.peerType(
        la == ra ? BgpSessionOptions.PeerType.INTERNAL : BgpSessionOptions.PeerType.EXTERNAL);
    return b.build();
  }

  /**
   * Options for reading a capture or archive where only {@code sender}'s and {@code receiver}'s
   * OPENs are known: the messages {@code sender} sends are decoded with these.
   */
  public static BgpSessionOptions forMessagesFrom(Open sender, Open receiver) {
    return negotiate(receiver, sender);
  }

  private static boolean hasExtendedNextHop(Open o, ExtendedNextHopCapability.Entry e) {
    for (Capability c : o.capabilities()) {
      if (c instanceof ExtendedNextHopCapability
          && ((ExtendedNextHopCapability) c).entries().contains(e)) {
        return true;
      }
    }
    return false;
  }

  private static Map<AfiSafi, Integer> addPath(Open o) {
    Map<AfiSafi, Integer> m = new HashMap<>();
    for (Capability c : o.capabilities()) {
      if (c instanceof AddPathCapability) {
        for (AddPathCapability.Entry e : ((AddPathCapability) c).entries()) {
          m.merge(e.family(), e.sendReceive(), (a, x) -> a | x);
        }
      }
    }
    return m;
  }
}
