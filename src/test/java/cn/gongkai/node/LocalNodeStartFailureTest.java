package cn.gongkai.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node that fails to start: the error quotes what the server printed and says what to do. The
 * "server" is a script in a fake distribution, so no Elasticsearch is needed; a real JDK 21+ is
 * (the machines have Temurin 25 beside the default 17).
 */
class LocalNodeStartFailureTest {

  @TempDir
  Path temp;

  @Test
  void failsWithTheTailOfTheStartupOutputAndTheFix() throws Exception {
    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x")); // reachable by nobody
    Path zip = fakeDistribution("echo 'ERROR: fatal exception while booting Elasticsearch: disk on fire'; exit 1");
    LocalNode node = new LocalNode(new LocalNodeSettings(temp.resolve("data/elasticsearch"), List.of(zip), "0.0.1",
        256, Duration.ofSeconds(30), null));

    assertThatThrownBy(() -> node.ensureRunning(message -> { }))
        .isInstanceOf(LocalNodeException.class)
        .hasMessageContaining("exited with status 1 while starting")
        .hasMessageContaining("disk on fire")
        .hasMessageContaining("Fixes:")
        .hasMessageContaining("GONGKAI_ES_URL");
    assertThat(node.status()).isEmpty();
  }

  private Path fakeDistribution(String script) throws Exception {
    Path zip = temp.resolve("elasticsearch-0.0.1.zip");
    try (OutputStream file = Files.newOutputStream(zip); ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
      ZipArchiveEntry entry = new ZipArchiveEntry("elasticsearch-0.0.1/bin/elasticsearch");
      entry.setUnixMode(0100755);
      out.putArchiveEntry(entry);
      out.write(("#!/bin/sh\n" + script + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeArchiveEntry();
      ZipArchiveEntry config = new ZipArchiveEntry("elasticsearch-0.0.1/config/elasticsearch.yml");
      config.setUnixMode(0100644);
      out.putArchiveEntry(config);
      out.closeArchiveEntry();
    }
    return zip;
  }
}
