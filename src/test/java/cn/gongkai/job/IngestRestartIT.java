package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.load.HeldBackFile;
import cn.gongkai.load.Indices;
import cn.gongkai.load.ManagedIndex;
import cn.gongkai.sample.SampleExportGenerator;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.testsupport.MixedInbox;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import cn.gongkai.testsupport.SharedNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Restart after failure (issue 8): Elasticsearch, the real shared node, is stopped in the middle of
 * a run's load; that run fails; the next ingest over the same inbox resumes it through Spring
 * Batch's restart, reads only the rows the failed run had not committed, and ends with the figures
 * and the per-file accounting of a run that never failed.
 */
class IngestRestartIT extends PipelineIntegrationTest {

  private static final int ROWS = 2_600;
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @Autowired
  JobRepository jobRepository;

  @Autowired
  Indices indices;

  @TempDir
  Path inbox;

  @Test
  void aRunWhoseElasticsearchStopsMidwayIsResumedByTheNextRunWithTheFiguresOfAnUninterruptedRun() throws Exception {
    SampleSpec spec = SampleSpec.demo().withRecords(ROWS);
    new SampleExportGenerator(spec).writeTo(inbox);
    RunSummary uninterrupted = ingestRunner.run(inbox);
    List<PublicationFigures> uninterruptedFigures = figuresOfEveryYear(figuresQuery, spec);
    startFromAnEmptyIndex();

    CompletableFuture<RunSummary> interrupted = CompletableFuture.supplyAsync(this::ingest);
    long committedWhenStopped;
    RunSummary failed;
    try {
      committedWhenStopped = awaitCommittedRows(ROWS / 3);
      SharedNode.stop();
      failed = interrupted.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } finally {
      SharedNode.restart();
    }
    RunSummary resumed = ingestRunner.run(inbox);

    assertThat(uninterrupted.status()).isEqualTo("COMPLETED");
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.failures()).isNotEmpty();
    assertThat(failed.totals().read()).isBetween(committedWhenStopped, (long) ROWS - 1);
    assertThat(resumed.status()).as("%s", resumed.failures()).isEqualTo("COMPLETED");
    assertThat(resumed.resumes()).isEqualTo(failed.executionId());
    assertThat(resumed.runDirectory()).isEqualTo(failed.runDirectory());
    assertThat(loadStep(resumed).getReadCount()).as("rows the resumed run read itself")
        .isEqualTo(ROWS - failed.totals().read());
    assertThat(resumed.files()).isEqualTo(uninterrupted.files());
    assertThat(resumed.totals()).isEqualTo(uninterrupted.totals());
    assertThat(figuresOfEveryYear(figuresQuery, spec)).isEqualTo(uninterruptedFigures);
    assertThat(uninterruptedFigures.stream().mapToLong(f -> f.publications().total()).sum())
        .isEqualTo(spec.distinctPublications());
  }

  /**
   * The window a restart must close: a chunk's publications reached Elasticsearch, then its
   * rejected rows could not be recorded (the rejects index was made read-only, as Elasticsearch
   * does when the disk fills up), so the chunk rolled back. The resumed run reads those rows again
   * and finds the publications they created: it counts them as loaded, once, not as merged.
   */
  @Test
  void aChunkWrittenButNotCommittedIsCountedOnceWhenTheResumedRunReadsItAgain() throws Exception {
    MixedInbox.writeTo(inbox);
    RunSummary uninterrupted = ingestRunner.run(inbox);
    List<PublicationFigures> uninterruptedFigures = figuresOfEveryYear(figuresQuery, SampleSpec.demo());
    startFromAnEmptyIndex();
    indices.ensure();
    blockWrites(indices.rejects(), true);
    RunSummary failed;
    long writtenBeforeTheFailure;
    try {
      failed = ingestRunner.run(inbox);
      indices.publications().refresh();
      writtenBeforeTheFailure = connection.client().count(request -> request.index(indices.publications().alias())).count();
    } finally {
      blockWrites(indices.rejects(), false);
    }
    RunSummary resumed = ingestRunner.run(inbox);

    assertThat(uninterrupted.totals().rejected()).as("the fixture has a rejected row").isPositive();
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.totals().read()).as("nothing committed").isZero();
    assertThat(writtenBeforeTheFailure).as("publications the failed chunk wrote").isPositive();
    assertThat(resumed.status()).as("%s", resumed.failures()).isEqualTo("COMPLETED");
    assertThat(resumed.resumes()).isEqualTo(failed.executionId());
    assertThat(resumed.files()).isEqualTo(uninterrupted.files());
    assertThat(figuresOfEveryYear(figuresQuery, SampleSpec.demo())).isEqualTo(uninterruptedFigures);
  }

  /**
   * A run that fails after its load step (its files could not be registered as ingested: the
   * registry was made read-only) is resumed past the load, which Batch does not run again. Its summary must
   * still count every row the load read, not report a run that read nothing and reconciled.
   */
  @Test
  void aRunThatFailsAfterItsLoadIsResumedWithTheRowsTheLoadCounted() throws Exception {
    MixedInbox.writeTo(inbox);
    RunSummary uninterrupted = ingestRunner.run(inbox);
    startFromAnEmptyIndex();
    indices.ensure();
    blockWrites(indices.files(), true);
    RunSummary failed;
    try {
      failed = ingestRunner.run(inbox);
    } finally {
      blockWrites(indices.files(), false);
    }
    RunSummary resumed = ingestRunner.run(inbox);

    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.totals()).as("the load step completed").isEqualTo(uninterrupted.totals());
    assertThat(resumed.status()).as("%s", resumed.failures()).isEqualTo("COMPLETED");
    assertThat(resumed.resumes()).isEqualTo(failed.executionId());
    assertThat(resumed.totals().read()).isEqualTo(uninterrupted.totals().read()).isPositive();
    assertThat(resumed.files()).isEqualTo(uninterrupted.files());
    assertThat(resumed.totals()).isEqualTo(uninterrupted.totals());
    assertThat(resumed.personalData()).isEqualTo(uninterrupted.personalData());
  }

  /**
   * A first load holds back what the model is to place (issue 19). A run that fails after its load
   * but before its classification (the near-duplicates index made read-only) is resumed in a new
   * execution, which no longer has the load's writes in memory: it writes what was held back as
   * loaded, reads it with the rest, and the model places it as in a run that never failed.
   */
  @Test
  void aRunThatFailsBeforeTheModelPlacedWhatItsLoadHeldBackGivesEachItsCategoryWhenResumed() throws Exception {
    SampleSpec spec = SampleSpec.demo().withRecords(ROWS);
    new SampleExportGenerator(spec).writeTo(inbox);
    // the same title a day apart: no shared key, a near-duplicate pair for the step to write, of two
    // publications no rule places, which the load holds back
    Files.writeString(inbox.resolve("近似.csv"), "标题,发布日期\n为退役军人家庭悬挂光荣牌（城南街道）,2024-11-04\n"
        + "为退役军人家庭悬挂光荣牌（城南街道）,2024-11-05\n", StandardCharsets.UTF_8);
    RunSummary uninterrupted = ingestRunner.run(inbox);
    List<PublicationFigures> uninterruptedFigures = figuresOfEveryYear(figuresQuery, spec);
    Map<String, String> uninterruptedCategories = categoriesById();
    startFromAnEmptyIndex();
    indices.ensure();
    blockWrites(indices.nearDuplicates(), true);
    RunSummary failed;
    boolean heldBackAfterFailure;
    try {
      failed = ingestRunner.run(inbox);
      Path heldBack = Path.of(failed.runDirectory(), HeldBackFile.NAME);
      heldBackAfterFailure = Files.exists(heldBack) && Files.size(heldBack) > 0;
    } finally {
      blockWrites(indices.nearDuplicates(), false);
    }
    RunSummary resumed = ingestRunner.run(inbox);

    assertThat(uninterrupted.nearDuplicates()).as("pairs for the failed run to write").isPositive();
    assertThat(uninterrupted.classification().byModel()).as("publications the model placed").isPositive();
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.failures()).anySatisfy(failure -> assertThat(failure).contains("near-duplicates"));
    assertThat(heldBackAfterFailure).as("the failed run's load held publications back").isTrue();
    assertThat(resumed.status()).as("%s", resumed.failures()).isEqualTo("COMPLETED");
    assertThat(resumed.resumes()).isEqualTo(failed.executionId());
    assertThat(resumed.totals()).isEqualTo(uninterrupted.totals());
    assertThat(resumed.nearDuplicates()).isEqualTo(uninterrupted.nearDuplicates());
    assertThat(categoriesById()).isEqualTo(uninterruptedCategories);
    assertThat(figuresOfEveryYear(figuresQuery, spec)).isEqualTo(uninterruptedFigures);
    assertThat(Path.of(resumed.runDirectory(), HeldBackFile.NAME)).doesNotExist();
  }

  /** Every publication's category, basis and confidence, by id. */
  @SuppressWarnings("unchecked")
  private Map<String, String> categoriesById() throws IOException {
    indices.publications().refresh();
    Map<String, String> categories = new TreeMap<>();
    var response = connection.client().search(search -> search.index(indices.publications().alias()).size(10_000)
        .source(source -> source.filter(f -> f.includes("category", "categoryBasis", "categoryConfidence"))),
        Map.class);
    for (var hit : response.hits().hits()) {
      Map<String, Object> fields = hit.source();
      categories.put(hit.id(), fields.get("category") + " " + fields.get("categoryBasis") + " "
          + fields.get("categoryConfidence"));
    }
    assertThat(categories).isNotEmpty();
    return categories;
  }

  @Test
  void theRunAfterACompletedOneStartsAfreshAndFindsEveryFileIngested() throws Exception {
    new SampleExportGenerator(SampleSpec.demo().withRecords(200)).writeTo(inbox);
    RunSummary first = ingestRunner.run(inbox);

    RunSummary second = ingestRunner.run(inbox);

    assertThat(second.resumes()).isNull();
    assertThat(second.runDirectory()).isNotEqualTo(first.runDirectory());
    assertThat(second.files()).extracting(FileSummary::status).containsOnly("skipped");
  }

  private void blockWrites(ManagedIndex index, boolean blocked) throws IOException {
    String json = "{\"index.blocks.write\": " + (blocked ? "true" : "null") + "}";
    connection.client().indices().putSettings(request -> request.index(index.alias()).withJson(new StringReader(json)));
  }

  private RunSummary ingest() {
    try {
      return ingestRunner.run(inbox);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the running load step has committed at least {@code rows} rows; returns how many. */
  private long awaitCommittedRows(long rows) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      for (JobExecution running : jobRepository.findRunningJobExecutions(IngestJobConfiguration.JOB_NAME)) {
        for (StepExecution step : jobRepository.getJobExecution(running.getId()).getStepExecutions()) {
          if (step.getStepName().equals(IngestJobConfiguration.LOAD_STEP) && step.getReadCount() >= rows) {
            return step.getReadCount();
          }
        }
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the load step did not commit " + rows + " rows within " + TIMEOUT);
  }

  private StepExecution loadStep(RunSummary summary) {
    return jobRepository.getJobExecution(summary.executionId()).getStepExecutions().stream()
        .filter(step -> step.getStepName().equals(IngestJobConfiguration.LOAD_STEP))
        .filter(step -> step.getStatus() == BatchStatus.COMPLETED)
        .findFirst().orElseThrow();
  }

}
