package org.ixwire.sflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.pcap.PortSet;
import org.ixwire.testing.SharedCorpus;

/** Test helper: every sFlow datagram of the shared corpus (pcap payloads and *.sflow.bin). */
final class CorpusDatagrams {
  record Datagram(String name, byte[] bytes) {
    @Override
    public String toString() {
      return name;
    }
  }

  private CorpusDatagrams() {}

  static List<Datagram> all() {
    List<Datagram> out = new ArrayList<>();
    try {
      for (Path p : SharedCorpus.files("sflow", ".sflow.bin")) {
        out.add(new Datagram(p.getFileName().toString(), Files.readAllBytes(p)));
      }
      for (Path p : SharedCorpus.files("sflow", ".pcap")) {
        int[] i = {0};
        SflowCaptureReader.read(
            p,
            PortSet.all(),
            (buf, off, len, ts, src) -> {
              byte[] b = new byte[len];
              buf.getBytes(off, b);
              out.add(new Datagram(p.getFileName() + "#" + i[0]++, b));
            });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
