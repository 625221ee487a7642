package org.ixwire.sflow.record;

/**
 * XDR field types used by {@link RecordSchema} (sFlow v5 §4, RFC 4506). Values in a {@link
 * StructuredRecord}: {@code Long} for the unsigned integers and percentages, {@code Float}/{@code
 * Double} for the floats, {@link Bytes} for addresses, MACs, UUIDs, strings and opaques, {@code
 * ImmutableList<Long>} for {@link #U32_ARRAY} and {@code ImmutableList<ImmutableList<Object>>} for
 * {@link #STRUCT_ARRAY}.
 */
public enum FieldType {
  /** unsigned int (4 bytes). */
  U32,
  /** unsigned hyper (8 bytes). */
  U64,
  /** unsigned hyper printed as 16 hex digits (OpenFlow datapath id). */
  U64_HEX,
  /** IEEE float (4 bytes). */
  FLOAT,
  /** IEEE double (8 bytes). */
  DOUBLE,
  /** percentage in hundredths, -1 = unknown (4 bytes). */
  PERCENT,
  /** MAC address: opaque[6] padded to 8 bytes. */
  MAC,
  /** IPv4 address (4 bytes). */
  IPV4,
  /** IPv6 address (16 bytes). */
  IPV6,
  /** UUID (16 bytes). */
  UUID,
  /**
   * sFlow address: type (0 unknown, 1 IPv4, 2 IPv6) then 0, 4 or 16 bytes; value has that length.
   */
  ADDRESS,
  /** string&lt;&gt;: length then bytes padded to 4. */
  STRING,
  /** opaque&lt;&gt;: length then bytes padded to 4. */
  OPAQUE,
  /** unsigned int&lt;&gt;: count then 4-byte values. */
  U32_ARRAY,
  /** array of a nested structure: count then elements. */
  STRUCT_ARRAY
}
