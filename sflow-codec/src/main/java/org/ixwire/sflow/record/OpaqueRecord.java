package org.ixwire.sflow.record;

/**
 * A record kept as raw bytes: an unknown enterprise:format, or a known format whose body does not
 * parse as its structure (extra trailing bytes, overrun, unknown address type). Re-encoded
 * byte-exact.
 *
 * @param format the record format
 * @param body the record body (without the 8-byte format/length header; a multiple of 4 bytes is
 *     canonical but not required)
 */
public record OpaqueRecord(DataFormat format, Bytes body) implements SflowRecord {}
