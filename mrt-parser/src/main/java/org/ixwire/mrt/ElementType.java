package org.ixwire.mrt;

/** What a {@link RouteElementView} reports. */
public enum ElementType {
  /** A RIB entry of a table dump (TABLE_DUMP, TABLE_DUMP_V2). */
  RIB,
  /** A route announced in an UPDATE (NLRI or MP_REACH_NLRI). */
  ANNOUNCE,
  /** A route withdrawn in an UPDATE (Withdrawn Routes or MP_UNREACH_NLRI). */
  WITHDRAW
}
