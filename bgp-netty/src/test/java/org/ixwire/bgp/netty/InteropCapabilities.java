package org.ixwire.bgp.netty;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.ixwire.bgp.capability.AddPathCapability;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.capability.EnhancedRouteRefreshCapability;
import org.ixwire.bgp.capability.ExtendedMessageCapability;
import org.ixwire.bgp.capability.GracefulRestartCapability;
import org.ixwire.bgp.capability.MultiprotocolCapability;
import org.ixwire.bgp.capability.RoleCapability;
import org.ixwire.bgp.capability.RouteRefreshCapability;
import org.ixwire.bgp.nlri.AfiSafi;

/** The capabilities ixwire offers in the interop sessions. */
final class InteropCapabilities {
  private InteropCapabilities() {}

  /**
   * IPv4 and IPv6 unicast, route refresh and enhanced route refresh, ADD-PATH for IPv4 unicast
   * (send and receive), extended messages, graceful restart (helper, 120 s) and, if {@code role} is
   * not negative, the BGP role.
   */
  static List<Capability> full(int role) {
    ImmutableList.Builder<Capability> b = ImmutableList.builder();
    b.add(MultiprotocolCapability.of(AfiSafi.IPV4_UNICAST));
    b.add(MultiprotocolCapability.of(AfiSafi.IPV6_UNICAST));
    b.add(RouteRefreshCapability.STANDARD);
    b.add(EnhancedRouteRefreshCapability.INSTANCE);
    b.add(
        new AddPathCapability(
            ImmutableList.of(
                new AddPathCapability.Entry(AfiSafi.IPV4_UNICAST, AddPathCapability.BOTH))));
    b.add(ExtendedMessageCapability.INSTANCE);
    b.add(new GracefulRestartCapability(0, 120, ImmutableList.of()));
    if (role >= 0) {
      b.add(new RoleCapability(role));
    }
    return b.build();
  }
}
