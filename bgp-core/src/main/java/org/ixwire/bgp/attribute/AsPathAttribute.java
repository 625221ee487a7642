package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;

/**
 * AS_PATH (RFC 4271 §5.1.2) or AS4_PATH (RFC 6793 §3).
 *
 * @param flags the attribute flags
 * @param as4Path whether this is AS4_PATH (type 17, always 4-octet ASNs) rather than AS_PATH
 * @param path the path
 */
public record AsPathAttribute(int flags, boolean as4Path, AsPath path) implements PathAttribute {
  /** AS_PATH with canonical flags. */
  public static AsPathAttribute of(AsPath path) {
    return new AsPathAttribute(AttributeFlags.WELL_KNOWN, false, path);
  }

  /** AS4_PATH with canonical flags. */
  public static AsPathAttribute as4(AsPath path) {
    return new AsPathAttribute(AttributeFlags.OPTIONAL_TRANSITIVE, true, path);
  }

  private int width(BgpSessionOptions options) {
    return as4Path || options.fourOctetAs() ? 4 : 2;
  }

  @Override
  public AttributeType type() {
    return as4Path ? AttributeType.AS4_PATH : AttributeType.AS_PATH;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return 2 * path.segments().size() + width(options) * path.asnCount();
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    int w = width(options);
    out.ensureWritable(valueLength(options));
    int at = out.writerIndex();
    for (int k = 0; k < path.segments().size(); k++) {
      AsPath.Segment s = path.segments().get(k);
      int n = s.asns().length();
      out.setByte(at, s.type());
      out.setByte(at + 1, n);
      at += 2;
      for (int i = 0; i < n; i++) {
        long asn = s.asns().get(i);
        if (w == 4) {
          out.setInt(at, (int) asn);
          at += 4;
        } else {
          out.setShort(at, asn > 0xffff ? (int) AsPath.AS_TRANS : (int) asn);
          at += 2;
        }
      }
    }
    out.writerIndex(at);
  }
}
