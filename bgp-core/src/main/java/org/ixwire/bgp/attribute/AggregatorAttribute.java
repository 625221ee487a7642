package org.ixwire.bgp.attribute;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.nlri.IpAddress;

/**
 * AGGREGATOR (RFC 4271 §5.1.7; 4-octet AS in 4-octet sessions, RFC 6793) or AS4_AGGREGATOR (RFC
 * 6793 §3).
 *
 * @param flags the attribute flags
 * @param as4Aggregator whether this is AS4_AGGREGATOR (type 18, always 4-octet)
 * @param asn the aggregating AS
 * @param address the aggregating speaker's BGP identifier
 */
public record AggregatorAttribute(int flags, boolean as4Aggregator, long asn, IpAddress address)
    implements PathAttribute {
  /** AGGREGATOR with canonical flags. */
  public static AggregatorAttribute of(long asn, IpAddress address) {
    return new AggregatorAttribute(AttributeFlags.OPTIONAL_TRANSITIVE, false, asn, address);
  }

  /** AS4_AGGREGATOR with canonical flags. */
  public static AggregatorAttribute as4(long asn, IpAddress address) {
    return new AggregatorAttribute(AttributeFlags.OPTIONAL_TRANSITIVE, true, asn, address);
  }

  private int width(BgpSessionOptions options) {
    return as4Aggregator || options.fourOctetAs() ? 4 : 2;
  }

  @Override
  public AttributeType type() {
    return as4Aggregator ? AttributeType.AS4_AGGREGATOR : AttributeType.AGGREGATOR;
  }

  @Override
  public int valueLength(BgpSessionOptions options) {
    return width(options) + 4;
  }

  @Override
  public void writeValue(ByteBuf out, BgpSessionOptions options) {
    if (width(options) == 4) {
      out.writeInt((int) asn);
    } else {
      out.writeShort(asn > 0xffff ? (int) AsPath.AS_TRANS : (int) asn);
    }
    address.writeTo(out);
  }
}
