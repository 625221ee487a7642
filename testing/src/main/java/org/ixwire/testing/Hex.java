package org.ixwire.testing;

import com.google.common.io.BaseEncoding;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.Locale;

/** Hex helpers for tests. */
public final class Hex {
  private Hex() {}

  /** Decodes hex, ignoring whitespace, colons and case. */
  public static byte[] bytes(String hex) {
    String clean = hex.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
    return BaseEncoding.base16().lowerCase().decode(clean);
  }

  /** An unpooled heap buffer holding the decoded hex; the caller releases it. */
  public static ByteBuf buf(String hex) {
    return Unpooled.wrappedBuffer(bytes(hex));
  }

  /** Lower-case hex of the readable bytes. */
  public static String of(ByteBuf buf) {
    return ByteBufUtil.hexDump(buf);
  }

  /** Lower-case hex of an array. */
  public static String of(byte[] bytes) {
    return BaseEncoding.base16().lowerCase().encode(bytes);
  }
}
