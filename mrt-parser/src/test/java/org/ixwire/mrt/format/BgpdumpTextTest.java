package org.ixwire.mrt.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class BgpdumpTextTest {
  private static String v6(String literal) {
    byte[] a = IpAddress.parse(literal).toByteArray();
    if (a.length == 4) { // Guava turns mapped and compatible literals into IPv4
      byte[] b = new byte[16];
      System.arraycopy(a, 0, b, 12, 4);
      if (literal.startsWith("::ffff:")) {
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
      }
      a = b;
    }
    AsciiBuffer sb = new AsciiBuffer();
    BgpdumpText.ipv6(sb, a);
    return sb.toString();
  }

  @Test
  void ipv6LikeBgpdump() {
    assertEquals("2001:db8::1:1:1:1:1", v6("2001:db8:0:1:1:1:1:1"));
    assertEquals("::", v6("::"));
    assertEquals("::1", v6("::1"));
    assertEquals("::ffff:193.0.0.56", v6("::ffff:193.0.0.56"));
    assertEquals("::10.0.0.1", v6("::10.0.0.1"));
    assertEquals("2001:db8::1:0:0:1", v6("2001:db8:0:0:1:0:0:1"));
    assertEquals("fe80::1", v6("fe80::1"));
    assertEquals("2001:1890:111d:1::63", v6("2001:1890:111d:1::63"));
  }

  @Test
  void prefixKeepsTrailingBits() {
    ByteBuf b = Hex.buf("0b0d");
    try {
      AsciiBuffer sb = new AsciiBuffer();
      BgpdumpText.prefix(sb, b, 0, 13, 4, new byte[16]);
      assertEquals("11.13.0.0/13", sb.toString());
    } finally {
      b.release();
    }
  }

  @Test
  void humanTime() {
    AsciiBuffer sb = new AsciiBuffer();
    BgpdumpText.humanTime(sb, 1771774200L);
    assertEquals("02/22/26 15:30:00", sb.toString());
    sb.setLength(0);
    BgpdumpText.humanTime(sb, 0);
    assertEquals("01/01/70 00:00:00", sb.toString());
    sb.setLength(0);
    BgpdumpText.micros(sb, 692);
    assertEquals(".000692", sb.toString());
  }
}
