package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.sample.SampleExportGenerator;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.testsupport.CliProcess;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import cn.gongkai.testsupport.SharedNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine killed mid-run (issue 8): {@code jobs/gongkai ingest} as its own process gets SIGKILL
 * while it loads, which leaves its run marked as running in the job repository; the next
 * {@code ingest} marks it failed, resumes it, and ends with the summary and the figures of a run
 * that was never killed. The kill comes when the run logs its first progress line, which it does,
 * without a terminal, every few seconds.
 */
class IngestKillIT extends PipelineIntegrationTest {

  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path work;

  @Test
  void theRunAfterAKilledOneResumesItAndEndsWithTheFiguresOfAnUninterruptedRun() throws Exception {
    SampleSpec spec = SampleSpec.demo().withRecords(10_000);
    Path inbox = new SampleExportGenerator(spec).writeTo(work.resolve("inbox")).get(0).getParent();
    Map<String, String> properties = Map.of("gongkai.elasticsearch.index-prefix", INDEX_PREFIX,
        "gongkai.ingest.chunk-size", String.valueOf(CHUNK_SIZE));
    CliProcess.Result uninterrupted = CliProcess.run(environment("uninterrupted"), properties,
        "ingest", "--inbox", inbox.toString(), "--format", "json");
    assertThat(uninterrupted.exitCode()).as(uninterrupted.output()).isZero();
    List<PublicationFigures> uninterruptedFigures = figuresOfEveryYear(figuresQuery, spec);
    startFromAnEmptyIndex();

    CliProcess.Running killed = CliProcess.start(environment("killed"), properties,
        "ingest", "--inbox", inbox.toString(), "--format", "json");
    awaitProgressLine(killed);
    killed.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no end recorded
    CliProcess.Result resumed = CliProcess.run(environment("killed"), properties,
        "ingest", "--inbox", inbox.toString(), "--format", "json");

    assertThat(killed.process().exitValue()).isEqualTo(137);
    assertThat(resumed.exitCode()).as(resumed.output()).isZero();
    JsonNode before = JSON.readTree(uninterrupted.stdout());
    JsonNode after = JSON.readTree(resumed.stdout());
    assertThat(after.path("status").asString()).isEqualTo("COMPLETED");
    assertThat(after.path("resumes").asLong()).as("the killed run's execution").isPositive();
    assertThat(after.path("files")).isEqualTo(before.path("files"));
    assertThat(after.path("totals")).isEqualTo(before.path("totals"));
    assertThat(figuresOfEveryYear(figuresQuery, spec)).isEqualTo(uninterruptedFigures);
  }

  private Map<String, String> environment(String dataDir) {
    return Map.of("GONGKAI_DATA", work.resolve(dataDir).toString(), "GONGKAI_ES_URL", SharedNode.url());
  }

  private static void awaitProgressLine(CliProcess.Running running) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (running.stderr().contains(" rows/s")) {
        return;
      }
      assertThat(running.process().isAlive()).as("ingest ended before a progress line:\n%s", running.stderr()).isTrue();
      Thread.sleep(20);
    }
    throw new AssertionError("no progress line within " + TIMEOUT + ":\n" + running.stderr());
  }

}
