package org.ixwire.mrt.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.mrt.MrtReader;
import org.ixwire.testing.SharedCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelBgpdumpTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "pyasn/rib.20140523.0600_firstMB.bz2",
        "ripe-bgpdump/updates.20160811.1600.gz",
        "mrtparse/bird-mrtdump_rib",
        "generated/gobgpd-3.10-table-dump.first21.mrt"
      })
  void sameTextAndDiagnosticsAsSequential(String name) throws IOException {
    Path file = SharedCorpus.require("mrt/" + name);
    List<String> seqDiag = new ArrayList<>();
    String sequential = BgpdumpFormatterTest.format(file, "m", seqDiag);
    StringBuilder parallel = new StringBuilder();
    List<String> parDiag = new ArrayList<>();
    try (MrtReader r = MrtReader.open(file)) {
      ParallelBgpdump.format(
          r, () -> BgpdumpFormatter.builder().build(), 2, parallel::append, parDiag::add);
    }
    assertEquals(sequential, parallel.toString());
    assertEquals(seqDiag, parDiag);
  }
}
