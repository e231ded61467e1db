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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine killed mid-run (issues 8 and 10): {@code jobs/gongkai ingest} as its own process gets
 * SIGKILL three times, at its first progress line (which it logs, without a terminal, after a few
 * seconds of loading) and then at two moments a fixed seed picks, each time leaving its run marked
 * as running in the job repository; the next {@code ingest} marks it failed and resumes it, and ends
 * with the summary and the figures of a run that was never killed.
 */
class IngestKillIT extends PipelineIntegrationTest {

  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final int ROWS = 8_000;
  private static final int KILLS = 3;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path work;

  @Test
  void runsKilledAtSeveralPointsAreResumedUntilOneCompletesWithTheFiguresOfAnUninterruptedRun() throws Exception {
    SampleSpec spec = SampleSpec.demo().withRecords(ROWS);
    Path inbox = new SampleExportGenerator(spec).writeTo(work.resolve("inbox")).get(0).getParent();
    Map<String, String> properties = Map.of("gongkai.elasticsearch.index-prefix", INDEX_PREFIX,
        "gongkai.ingest.chunk-size", String.valueOf(CHUNK_SIZE));
    CliProcess.Result uninterrupted = CliProcess.run(environment("uninterrupted"), properties,
        "ingest", "--inbox", inbox.toString(), "--format", "json");
    assertThat(uninterrupted.exitCode()).as(uninterrupted.output()).isZero();
    List<PublicationFigures> uninterruptedFigures = figuresOfEveryYear(figuresQuery, spec);
    startFromAnEmptyIndex();

    // the first kill when the load logs its first progress line; then two at times chosen by a fixed seed,
    // which fall anywhere from the inbox scan to the load
    Random random = new Random(20191);
    List<String> killedAt = new ArrayList<>();
    for (int kill = 0; kill < KILLS; kill++) {
      CliProcess.Running running = CliProcess.start(environment("killed"), properties,
          "ingest", "--inbox", inbox.toString(), "--format", "json");
      if (kill == 0) {
        running.awaitStderr(" rows/s", TIMEOUT);
        killedAt.add("first progress line");
      } else {
        long millis = 3_500 + random.nextInt(4_000);
        assertThat(running.process().waitFor(millis, TimeUnit.MILLISECONDS)).as("the run ended before its kill").isFalse();
        killedAt.add(millis + " ms after start");
      }
      running.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no end recorded
      assertThat(running.process().exitValue()).as("killed at %s", killedAt).isEqualTo(137);
    }
    CliProcess.Result resumed = CliProcess.run(environment("killed"), properties,
        "ingest", "--inbox", inbox.toString(), "--format", "json");

    assertThat(resumed.exitCode()).as(resumed.output()).isZero();
    JsonNode before = JSON.readTree(uninterrupted.stdout());
    JsonNode after = JSON.readTree(resumed.stdout());
    assertThat(after.path("status").asString()).isEqualTo("COMPLETED");
    assertThat(after.path("resumes").asLong()).as("the last killed run's execution").isPositive();
    assertThat(after.path("files")).as("killed at %s", killedAt).isEqualTo(before.path("files"));
    assertThat(after.path("totals")).isEqualTo(before.path("totals"));
    assertThat(figuresOfEveryYear(figuresQuery, spec)).isEqualTo(uninterruptedFigures);
  }

  private Map<String, String> environment(String dataDir) {
    return Map.of("GONGKAI_DATA", work.resolve(dataDir).toString(), "GONGKAI_ES_URL", SharedNode.url());
  }
}
