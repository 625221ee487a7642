package org.ixwire.mrt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class StreamSourceTest {
  @Test
  void compactsOnlyBehindTheDiscardMark() throws IOException {
    byte[] data = new byte[1 << 20];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) i;
    }
    try (StreamSource s = new StreamSource(new ByteArrayInputStream(data))) {
      assertEquals(16, s.request(0, 16));
      assertEquals(1000 & 0xff, s.buffer().getUnsignedByte(s.indexOf(1000)));
      s.discardBefore(900_000);
      assertEquals(16, s.request(900_000, 16));
      assertEquals(900_000 & 0xff, s.buffer().getUnsignedByte(s.indexOf(900_000)));
      assertThrows(IllegalStateException.class, () -> s.request(10, 1));
      assertEquals(1, s.request(data.length - 1, 10));
      assertEquals(0, s.request(data.length, 10));
      assertNull(s.endError());
    }
  }

  @Test
  void aFailingStreamEndsTheInputWithAReason() throws IOException {
    InputStream failing =
        new InputStream() {
          int n;

          @Override
          public int read() throws IOException {
            if (n++ < 100) {
              return 7;
            }
            throw new IOException("unexpected end of stream");
          }
        };
    try (StreamSource s = new StreamSource(failing)) {
      int got = s.request(0, 1000);
      assertTrue(got <= 100);
      assertEquals("unexpected end of stream", s.endError());
    }
  }
}
