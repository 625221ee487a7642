package org.ixwire.mrt.record;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.ixwire.testing.Hex;

/** Builds one MRT record from a hex body, for the view tests. */
final class RecordViewsSupport {
  private RecordViewsSupport() {}

  /** A buffer holding header(ts, type, subtype, body length) + body; the caller releases it. */
  static ByteBuf record(long ts, int type, int subtype, String bodyHex) {
    byte[] body = Hex.bytes(bodyHex);
    return Unpooled.buffer()
        .writeInt((int) ts)
        .writeShort(type)
        .writeShort(subtype)
        .writeInt(body.length)
        .writeBytes(body);
  }

  static MrtRecordView view(ByteBuf b) {
    return new MrtRecordView().wrap(b, 0, 0, 0);
  }
}
