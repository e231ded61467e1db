package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.intake.corpus.CorpusCase;
import cn.gongkai.intake.corpus.ExpectedFile;
import cn.gongkai.intake.corpus.ExpectedRow;
import cn.gongkai.intake.corpus.ExportCorpus;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The whole bad-input corpus, dropped into one inbox with its source definitions, through the real
 * job: the run completes, and every file ends as its case says, with every row accounted for. (Each
 * case's row-by-row outcome is specified in ExportCorpusTest; this test checks the job keeps it.)
 */
class ExportCorpusIT extends PipelineIntegrationTest {

  private static final Path CORPUS = Path.of("target", "it-corpus").toAbsolutePath();

  @Autowired
  IngestRunner ingestRunner;

  @DynamicPropertySource
  static void corpusSources(DynamicPropertyRegistry registry) {
    registry.add("gongkai.sources-dir", () -> CORPUS.resolve("sources").toString());
  }

  @Test
  void endsEveryCorpusFileAsItsCaseSaysAndAccountsForEveryRow() throws Exception {
    List<CorpusCase> cases = ExportCorpus.cases();
    FileSystemUtils.deleteRecursively(CORPUS);
    for (CorpusCase corpusCase : cases) {
      corpusCase.writeInto(CORPUS.resolve("inbox"));
      corpusCase.writeSourceInto(CORPUS.resolve("sources"));
    }

    RunSummary summary = ingestRunner.run(CORPUS.resolve("inbox"));

    assertThat(summary.status()).as(String.join("\n", summary.failures())).isEqualTo("COMPLETED");
    Map<String, FileSummary> files = summary.files().stream()
        .collect(Collectors.toMap(FileSummary::file, Function.identity()));
    assertThat(files).hasSameSizeAs(cases);
    for (CorpusCase corpusCase : cases) {
      assertThat(files.get(corpusCase.fileName())).as(corpusCase.name())
          .satisfies(file -> assertEndsAsExpected(file, corpusCase.expected()));
    }
  }

  private static void assertEndsAsExpected(FileSummary file, ExpectedFile expected) {
    assertThat(file.read()).isEqualTo(file.loaded() + file.merged() + file.rejected());
    if (expected instanceof ExpectedFile.Ingested ingested) {
      assertThat(file.status()).isEqualTo("ingested");
      assertThat(file.encoding()).isEqualTo(ingested.encoding());
      assertThat(file.loaded()).isEqualTo(count(ingested.rows(), ExpectedRow.Loaded.class));
      assertThat(file.rejected()).isEqualTo(count(ingested.rows(), ExpectedRow.Rejected.class));
      assertThat(file.merged()).isZero();
    } else if (expected instanceof ExpectedFile.Rejected rejected) {
      assertThat(file.status()).isEqualTo("rejected");
      assertThat(file.reason()).isEqualTo(rejected.reason().name());
      assertThat(file.message()).contains(rejected.messageFragment());
      assertThat(file.read()).isZero();
    } else {
      assertThat(file.status()).isEqualTo("ignored");
      assertThat(file.message()).contains(((ExpectedFile.Ignored) expected).messageFragment());
    }
  }

  private static long count(List<ExpectedRow> rows, Class<?> kind) {
    return rows.stream().filter(kind::isInstance).count();
  }
}
