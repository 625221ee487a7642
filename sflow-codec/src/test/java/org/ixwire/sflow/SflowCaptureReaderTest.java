package org.ixwire.sflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.ixwire.pcap.PortSet;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

class SflowCaptureReaderTest {

  @Test
  void readsEveryDatagramWithTimestamps() throws IOException {
    Path p = SharedCorpus.require("sflow/pmacct-sfprobe.pcap");
    long[] seen = {0, 0};
    long n =
        SflowCaptureReader.read(
            p,
            PortSet.of(6343),
            (buf, off, len, nanos, src) -> {
              seen[0]++;
              seen[1] = Math.max(seen[1], nanos);
              assertEquals(5, buf.getInt(off));
            });
    assertEquals(45, n);
    assertEquals(45, seen[0]);
  }
}
