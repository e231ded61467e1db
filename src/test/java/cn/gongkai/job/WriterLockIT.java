package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.sample.SampleExportGenerator;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.testsupport.CliProcess;
import cn.gongkai.testsupport.LockHolder;
import cn.gongkai.testsupport.SharedNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer at a time per data directory (issue 18): while another process holds the data
 * directory's lock (a real second JVM, holding it until told to let go, so nothing depends on
 * timing), reclassify, rebuild and ingest are each refused with exit 1 naming the holder, and
 * nothing they would have written changes a figure. Once it is released, they run.
 */
class WriterLockIT {

  @TempDir
  Path work;

  @Test
  void everyCommandThatWritesIsRefusedWhileAnotherProcessHoldsTheLockAndWritesNothing() throws Exception {
    Path dataDir = work.resolve("data");
    Map<String, String> environment = Map.of("GONGKAI_DATA", dataDir.toString(), "GONGKAI_ES_URL", SharedNode.url());
    Map<String, String> properties = Map.of("gongkai.elasticsearch.index-prefix",
        "lock-" + UUID.randomUUID().toString().substring(0, 8));
    Path inbox = new SampleExportGenerator(SampleSpec.demo().withRecords(200)).writeTo(work.resolve("inbox"))
        .get(0).getParent();
    CliProcess.Result ingest = CliProcess.run(environment, properties, "ingest", "--inbox", inbox.toString());
    assertThat(ingest.exitCode()).as(ingest.output()).isZero();
    // the run names the taxonomy it read once, by the SHA-256 of its bytes
    String taxonomySha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(Path.of("config/taxonomy.yml"))));
    assertThat(ingest.stdout()).contains("(sha256 " + taxonomySha256);
    String before = stats(environment, properties);
    Path more = Files.createDirectories(work.resolve("more"));
    new SampleExportGenerator(SampleSpec.demo().withRecords(50).withOrganization("示例市民政局")).writeTo(more);

    try (LockHolder holder = LockHolder.hold(dataDir, "ingest of /srv/inbox")) {
      for (String[] command : new String[][] {{"reclassify"}, {"rebuild"}, {"ingest", "--inbox", more.toString()}}) {
        CliProcess.Result refused = CliProcess.run(environment, properties, command);
        assertThat(refused.exitCode()).as(String.join(" ", command) + ": " + refused.output()).isEqualTo(1);
        assertThat(refused.output()).as(String.join(" ", command))
            .contains("ingest of /srv/inbox").contains(String.valueOf(holder.pid()));
      }
      assertThat(stats(environment, properties)).as("figures while refused").isEqualTo(before);
    }

    CliProcess.Result reclassify = CliProcess.run(environment, properties, "reclassify");
    assertThat(reclassify.exitCode()).as(reclassify.output()).isZero();
  }

  private static String stats(Map<String, String> environment, Map<String, String> properties) throws Exception {
    CliProcess.Result stats = CliProcess.run(environment, properties, "stats", "--year", "2024", "--format", "json");
    assertThat(stats.exitCode()).as(stats.output()).isZero();
    return stats.stdout();
  }
}
