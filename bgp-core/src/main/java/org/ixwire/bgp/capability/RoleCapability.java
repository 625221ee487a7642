package org.ixwire.bgp.capability;

import io.netty.buffer.ByteBuf;

/**
 * BGP Role (RFC 9234 §4.1).
 *
 * @param role 0 Provider, 1 Route Server, 2 Route Server Client, 3 Customer, 4 Peer
 */
public record RoleCapability(int role) implements Capability {
  /** Provider. */
  public static final int PROVIDER = 0;

  /** Route Server. */
  public static final int ROUTE_SERVER = 1;

  /** Route Server Client. */
  public static final int RS_CLIENT = 2;

  /** Customer. */
  public static final int CUSTOMER = 3;

  /** Peer (lateral). */
  public static final int PEER = 4;

  /** The role name (RFC 9234 §4.1). */
  public String roleName() {
    switch (role) {
      case PROVIDER:
        return "provider";
      case ROUTE_SERVER:
        return "rs";
      case RS_CLIENT:
        return "rs-client";
      case CUSTOMER:
        return "customer";
      case PEER:
        return "peer";
      default:
        return "unknown(" + role + ")";
    }
  }

  /** The role a correct peer of this role has (RFC 9234 §4.2 table), or -1. */
  public static int expectedPeerRole(int role) {
    switch (role) {
      case PROVIDER:
        return CUSTOMER;
      case CUSTOMER:
        return PROVIDER;
      case ROUTE_SERVER:
        return RS_CLIENT;
      case RS_CLIENT:
        return ROUTE_SERVER;
      case PEER:
        return PEER;
      default:
        return -1;
    }
  }

  @Override
  public CapabilityCode code() {
    return CapabilityCode.ROLE;
  }

  @Override
  public int valueLength() {
    return 1;
  }

  @Override
  public void writeValue(ByteBuf out) {
    out.writeByte(role);
  }
}
