package org.ixwire.bgp.nlri;

import com.google.common.base.Preconditions;
import com.google.common.primitives.ImmutableIntArray;

/**
 * A labeled-unicast route (RFC 8277): a label stack and a prefix.
 *
 * @param family AFI 1 or 2 with SAFI 4
 * @param pathId the ADD-PATH path identifier or {@link Nlri#NO_PATH_ID}
 * @param labels the 3-byte label stack entries as received (20-bit label, 3 TC bits,
 *     bottom-of-stack bit), outermost first
 * @param prefix the prefix
 */
public record LabeledNlri(AfiSafi family, long pathId, ImmutableIntArray labels, Prefix prefix)
    implements Nlri {
  /** Validates the components. */
  public LabeledNlri {
    Preconditions.checkArgument(family.afi().equals(prefix.afi()), "prefix family mismatch");
    for (int i = 0; i < labels.length(); i++) {
      Preconditions.checkArgument((labels.get(i) & ~0xffffff) == 0, "label entry is 24 bits");
    }
  }

  /** The 20-bit label value of stack entry {@code i}. */
  public int label(int i) {
    return labels.get(i) >>> 4;
  }

  @Override
  public int encodedLength(boolean addPath) {
    return (addPath ? 5 : 1) + 3 * labels.length() + prefix.wireBytes();
  }

  @Override
  public void encode(io.netty.buffer.ByteBuf out, boolean addPath) {
    if (addPath) {
      out.writeInt((int) Math.max(pathId, 0));
    }
    out.writeByte(24 * labels.length() + prefix.length());
    for (int i = 0; i < labels.length(); i++) {
      out.writeMedium(labels.get(i));
    }
    prefix.writeAddressBytes(out);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < labels.length(); i++) {
      sb.append(i == 0 ? "label " : ",").append(label(i));
    }
    sb.append(' ').append(prefix);
    if (pathId != NO_PATH_ID) {
      sb.append(" path-id ").append(pathId);
    }
    return sb.toString();
  }
}
