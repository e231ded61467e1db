package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.intake.FileInspection;
import cn.gongkai.intake.FileInspector;
import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.SourceCatalog;
import cn.gongkai.intake.SourceFileReader;
import cn.gongkai.intake.SourceRow;
import cn.gongkai.normalize.RowNormalizer;
import cn.gongkai.normalize.RowRejectedException;
import cn.gongkai.testsupport.CsvMutations;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fuzzing the intake through the real job (issue 10): an inbox of damaged exports (cut short, stray
 * quotes, invalid bytes, giant lines, mangled headers) is ingested to the end: the run completes,
 * every file's rows are loaded, merged or rejected exactly as reading the same files row by row
 * outside the job gives, and no personal number the damage planted, in any width, reaches the run's outputs.
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
    // what the job did to each file, against the same files read, row by row, without the job
    for (FileSummary file : summary.files()) {
      Expected expected = expected(file.file());
      assertThat(file.status()).as(file.file()).isEqualTo(expected.status());
      assertThat(file.read()).as("%s read", file.file()).isEqualTo(expected.read());
      assertThat(file.rejected()).as("%s rejected", file.file()).isEqualTo(expected.rejected());
      assertThat(file.loaded() + file.merged()).as("%s loaded or merged", file.file()).isEqualTo(expected.accepted());
    }
    assertThat(summary.totals().loaded()).isPositive();
    assertThat(summary.totals().rejected()).isPositive();
    try (Stream<Path> outputs = Files.walk(Path.of(summary.runDirectory()))) {
      for (Path output : outputs.filter(Files::isRegularFile).toList()) {
        // every number the damage planted, in any width it was planted in, without its separators
        String folded = Normalizer.normalize(Files.readString(output, StandardCharsets.UTF_8), Normalizer.Form.NFKC)
            .replaceAll("[ \\u3000\\-－—–·]", "");
        for (String number : CsvMutations.NUMBERS) {
          assertThat(folded).as("%s holds %s", output, number).doesNotContain(number);
        }
      }
    }
  }

  /** What a file should give, counted by inspecting, reading and normalizing it directly. */
  private record Expected(String status, long read, long rejected, long accepted) {}

  private Expected expected(String name) throws Exception {
    Path path = inbox.resolve(name);
    FileInspection inspection = new FileInspector(SourceCatalog.of(List.of()), "示例市民政局")
        .inspect(new InboxFile(path, name, Files.size(path)));
    if (!(inspection instanceof FileInspection.Readable readable)) {
      return new Expected(inspection instanceof FileInspection.Rejected ? "rejected" : "ignored", 0, 0, 0);
    }
    RowNormalizer normalizer = new RowNormalizer();
    long read = 0;
    long rejected = 0;
    try (SourceFileReader reader = new SourceFileReader(readable.file(), readable.plan())) {
      for (SourceRow row = reader.next(); row != null; row = reader.next()) {
        read++;
        try {
          normalizer.normalize(row);
        } catch (RowRejectedException e) {
          rejected++;
        }
      }
    }
    return new Expected("ingested", read, rejected, read - rejected);
  }
}
