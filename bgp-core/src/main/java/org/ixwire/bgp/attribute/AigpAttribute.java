package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * AIGP (RFC 7311): TLVs, of which type 1 carries the accumulated IGP metric.
 *
 * @param flags the attribute flags
 * @param tlvs the raw TLVs
 */
public record AigpAttribute(int flags, Bytes tlvs) implements PathAttribute {
  /** An AIGP attribute with one AIGP TLV holding {@code metric}, canonical flags. */
  public static AigpAttribute of(long metric) {
    byte[] b = new byte[11];
    b[0] = 1;
    b[2] = 11;
    for (int i = 0; i < 8; i++) {
      b[3 + i] = (byte) (metric >>> (56 - 8 * i));
    }
    return new AigpAttribute(AttributeFlags.OPTIONAL_NON_TRANSITIVE, Bytes.of(b));
  }

  /** The metric of the first AIGP TLV (type 1, length 11), or -1 if there is none. */
  public long metric() {
    int i = 0;
    while (i + 3 <= tlvs.length()) {
      int t = tlvs.get(i);
      int l = tlvs.get(i + 1) << 8 | tlvs.get(i + 2);
      if (l < 3 || i + l > tlvs.length()) {
        return -1;
      }
      if (t == 1 && l == 11) {
        long m = 0;
        for (int k = 0; k < 8; k++) {
          m = m << 8 | tlvs.get(i + 3 + k);
        }
        return m;
      }
      i += l;
    }
    return -1;
  }

  @Override
  public AttributeType type() {
    return AttributeType.AIGP;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return tlvs.length();
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    tlvs.writeTo(out);
  }
}
