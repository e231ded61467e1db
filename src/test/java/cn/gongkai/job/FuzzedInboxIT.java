package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.testsupport.CsvMutations;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fuzzing the intake through the real job (issue 10): an inbox of damaged exports (cut short, stray
 * quotes, invalid bytes, giant lines, mangled headers) is ingested to the end: the run completes,
 * every file's rows are loaded, merged or rejected, and no raw mobile number from the damaged rows
 * reaches the run's outputs.
 */
class FuzzedInboxIT extends PipelineIntegrationTest {

  private static final int FILES = 60;

  @Autowired
  IngestRunner ingestRunner;

  @TempDir
  Path inbox;

  @Test
  void aRunOverDamagedExportsCompletesAndAccountsForEveryRow() throws Exception {
    for (long seed = 1; seed <= FILES; seed++) {
      Files.write(inbox.resolve("部门" + seed + ".csv"), CsvMutations.damaged(seed * 7919).bytes());
    }

    RunSummary summary = ingestRunner.run(inbox);

    assertThat(summary.status()).as("%s", summary.failures()).isEqualTo("COMPLETED");
    assertThat(summary.files()).hasSize(FILES);
    assertThat(summary.files()).allSatisfy(file ->
        assertThat(file.read()).as(file.file()).isEqualTo(file.loaded() + file.merged() + file.rejected()));
    assertThat(summary.files()).extracting(FileSummary::status).contains("ingested", "rejected");
    assertThat(summary.totals().loaded()).isPositive();
    assertThat(summary.totals().rejected()).isPositive();
    try (Stream<Path> outputs = Files.walk(Path.of(summary.runDirectory()))) {
      for (Path output : outputs.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(output, StandardCharsets.UTF_8)).as("%s", output).doesNotContain("13812345678");
      }
    }
  }
}
