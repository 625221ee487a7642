package org.ixwire.bgp.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.error.UpdateIssue;
import org.ixwire.bgp.nlri.NlriCursor;
import org.junit.jupiter.api.Test;

/**
 * {@link UpdateView#wrap} checks the Withdrawn Routes and NLRI fields without a cursor when they
 * are plain and well-formed, and with one otherwise: either way it must report exactly what a
 * cursor walking the field finds (a malformed route, bits beyond a prefix length), for fields of
 * random prefixes, some valid, some with bad lengths, some with trailing bits, some cut short.
 */
class RouteFieldCheckTest {
  private static final String ATTRIBUTES =
      "40010100" + "40020a02020000fde80000fde9" + "400304c0000201";

  @Test
  void wrapReportsWhatACursorFinds() {
    Random random = new Random(4271);
    for (int i = 0; i < 20_000; i++) {
      byte[] withdrawn = field(random);
      byte[] nlri = field(random);
      ByteBuf msg = message(withdrawn, nlri);
      UpdateView v = new UpdateView().wrap(msg, 0, msg.readableBytes(), BgpSessionOptions.AS4);
      List<String> expected = new ArrayList<>();
      expect("Withdrawn Routes", msg, v.withdrawnOffset(), withdrawn.length, expected);
      expect("NLRI", msg, v.nlriOffset(), nlri.length, expected);
      List<String> actual = new ArrayList<>();
      for (UpdateIssue u : v.issues()) {
        if (u.attributeType() == -1) {
          actual.add(u.action() + " " + u.offset() + " " + u.reason());
        }
      }
      assertEquals(expected, actual, "case " + i);
      msg.release();
    }
  }

  private static void expect(String name, ByteBuf msg, int off, int len, List<String> out) {
    NlriCursor c = new NlriCursor().wrap(msg, off, len, 1, 1, false);
    if (!c.validate()) {
      out.add("SESSION_RESET " + c.errorOffset() + " " + name + ": " + c.errorReason());
    }
    if (c.trailingBitsCount() > 0) {
      out.add(
          "NONE "
              + c.firstTrailingBitsOffset()
              + " "
              + name
              + ": "
              + c.trailingBitsCount()
              + " prefix(es) with bits set beyond the prefix length, masked (RFC 4271 §4.3)");
    }
  }

  /** Up to 5 prefixes: mostly valid, sometimes over-long, with trailing bits, or cut short. */
  private static byte[] field(Random r) {
    ByteBuf b = Unpooled.buffer();
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      int bits = r.nextInt(10) == 0 ? 33 + r.nextInt(223) : r.nextInt(33);
      b.writeByte(bits);
      int bytes = Math.min((bits + 7) / 8, 4);
      for (int k = 0; k < bytes; k++) {
        b.writeByte(r.nextInt(4) == 0 ? r.nextInt(256) : 0);
      }
    }
    if (b.readableBytes() > 0 && r.nextInt(8) == 0) {
      b.writerIndex(b.writerIndex() - 1); // cut the last prefix short
    }
    byte[] out = new byte[b.readableBytes()];
    b.readBytes(out);
    b.release();
    return out;
  }

  private static ByteBuf message(byte[] withdrawn, byte[] nlri) {
    byte[] attrs = org.ixwire.testing.Hex.bytes(ATTRIBUTES);
    ByteBuf m = Unpooled.buffer();
    for (int i = 0; i < 16; i++) {
      m.writeByte(0xff);
    }
    m.writeShort(19 + 2 + withdrawn.length + 2 + attrs.length + nlri.length).writeByte(2);
    m.writeShort(withdrawn.length).writeBytes(withdrawn);
    m.writeShort(attrs.length).writeBytes(attrs).writeBytes(nlri);
    return m;
  }
}
