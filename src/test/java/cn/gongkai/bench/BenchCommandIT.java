package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.gongkai.sample.SampleSpec;
import cn.gongkai.testsupport.CliProcess;
import cn.gongkai.testsupport.SharedNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench as an operator runs it: a separate process on the shared node's data directory, a
 * small inbox, one stats repetition to keep the test short. Its figures are checked against each
 * other and against the generated spec, never against a speed.
 */
class BenchCommandIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  /**
   * More rows than the nightly inbox re-exports (2,000): with every row picked, its files would be
   * byte copies of files already ingested, which the file registry rightly skips.
   */
  private static final int ROWS = 2_500;
  private static final SampleSpec SPEC = new SampleSpec(ROWS, 20191, 2015, 2024, "示例市民政局", 0.2);

  @TempDir
  Path dir;

  @BeforeAll
  static void startTheSharedNode() {
    SharedNode.url();
  }

  @Test
  void measuresTheBaselineAndThePipelineOnTheSameDocumentsThenLeavesNothingBehind() throws Exception {
    Path results = dir.resolve("bench.json");

    CliProcess.Result bench = CliProcess.run(Map.of("GONGKAI_DATA", SharedNode.DATA_DIR.toString()), Map.of(),
        "bench", "--records", String.valueOf(ROWS), "--stats-repeats", "1", "--out", results.toString());

    assertThat(bench.exitCode()).as(bench.output()).isZero();
    List<String> lines = bench.stdout().lines().toList();
    String last = lines.get(lines.size() - 1);
    assertThat(last).matches("pipeline/raw-bulk ratio: \\d+\\.\\d\\d");
    JsonNode json = JSON.readTree(results.toFile());
    assertThat(last).isEqualTo(String.format(Locale.ROOT, "pipeline/raw-bulk ratio: %.2f", json.at("/ratio/value").asDouble()));

    assertTheSameDocumentsWereMeasured(json);
    assertTheMeasuredRunAddsUp(json);
    assertTheRawBaselineChoseItsFastestProbe(json);
    assertTheSecondRunSkippedEveryFile(json);
    assertStatsWasTimedBothWays(json);
    assertTheCpuOfTheApplicationAndTheLocalNodeWasMeasured(json, bench.stdout());
    assertTheNightlyInboxRanOverTheLoadedPublicationsAndIntoEmptyIndices(json);
    assertNothingIsLeft(json);
  }

  private static void assertTheSameDocumentsWereMeasured(JsonNode json) {
    long distinct = SPEC.distinctPublications();
    assertThat(json.at("/inbox/distinctPublications").asLong()).isEqualTo(distinct);
    assertThat(json.at("/warmup/publications").asLong()).isEqualTo(distinct);
    assertThat(json.at("/export/documents").asLong()).isEqualTo(distinct);
    assertThat(json.at("/raw/load/documents").asLong()).isEqualTo(distinct);
    assertThat(json.at("/pipeline/publications").asLong()).isEqualTo(distinct);
    assertThat(json.at("/ratio/value").asDouble()).isCloseTo(
        json.at("/raw/load/seconds").asDouble() / json.at("/pipeline/seconds").asDouble(), within(1e-9));
  }

  private static void assertTheMeasuredRunAddsUp(JsonNode json) {
    JsonNode pipeline = json.path("pipeline");
    assertThat(pipeline.path("status").asString()).isEqualTo("COMPLETED");
    assertThat(pipeline.path("rowsRead").asLong()).isEqualTo(ROWS);
    assertThat(pipeline.path("loaded").asLong()).isEqualTo(SPEC.distinctPublications());
    assertThat(pipeline.path("merged").asLong()).isEqualTo(SPEC.duplicateRows());
    assertThat(pipeline.path("rejected").asLong()).isZero();
    List<String> steps = new ArrayList<>();
    pipeline.path("stages").forEach(stage -> steps.add(stage.path("name").asString()));
    assertThat(steps).containsExactly("indexSetupStep", "inboxScanStep", "registerLoadStep", "publicationLoadStep",
        "indexRefreshStep", "nearDuplicateStep", "classificationStep", "reconciliationStep", "fileRegistrationStep");
    assertThat(pipeline.at("/stages/3/read").asLong()).isEqualTo(ROWS);
    double stepSeconds = 0;
    for (JsonNode stage : pipeline.path("stages")) {
      stepSeconds += stage.path("seconds").asDouble();
    }
    assertThat(stepSeconds).isPositive().isLessThanOrEqualTo(pipeline.path("seconds").asDouble());
    assertThat(pipeline.at("/heap/peakBytes").asLong()).isPositive()
        .isLessThanOrEqualTo(pipeline.at("/heap/maxBytes").asLong());
    assertThat(json.at("/memory/peakRssBytes").asLong()).isGreaterThanOrEqualTo(json.at("/memory/rssBytes").asLong());
  }

  private static void assertTheRawBaselineChoseItsFastestProbe(JsonNode json) {
    JsonNode raw = json.path("raw");
    assertThat(raw.path("probes")).hasSize(9);
    JsonNode fastest = null;
    for (JsonNode probe : raw.path("probes")) {
      assertThat(probe.path("documents").asLong()).isEqualTo(ProbeGrid.slice(SPEC.distinctPublications()));
      if (fastest == null || probe.path("docsPerSecond").asDouble() > fastest.path("docsPerSecond").asDouble()) {
        fastest = probe;
      }
    }
    assertThat(raw.path("chosen")).isEqualTo(fastest.path("shape"));
    assertThat(raw.at("/load/bytes").asLong()).isEqualTo(json.at("/export/bytes").asLong());
  }

  private static void assertTheSecondRunSkippedEveryFile(JsonNode json) {
    JsonNode second = json.path("secondRun");
    assertThat(second.path("files").asInt()).isEqualTo(json.at("/inbox/files").asInt()).isPositive();
    assertThat(second.path("filesSkipped").asInt()).isEqualTo(second.path("files").asInt());
    assertThat(second.path("rowsRead").asLong()).isZero();
    assertThat(second.path("publications").asLong()).isEqualTo(SPEC.distinctPublications());
    assertThat(json.path("secondRunShare").asDouble()).isCloseTo(
        second.path("seconds").asDouble() / json.at("/pipeline/seconds").asDouble(), within(1e-9));
  }

  private static void assertStatsWasTimedBothWays(JsonNode json) {
    JsonNode stats = json.path("stats");
    assertThat(stats.path("year").asInt()).isEqualTo(2024);
    assertThat(stats.at("/inProcess/millis")).hasSize(1);
    assertThat(stats.at("/command/millis")).as("the bench runs from the jar: it can spawn stats").hasSize(1);
    assertThat(json.path("targets")).hasSize(8);
  }

  private static void assertTheCpuOfTheApplicationAndTheLocalNodeWasMeasured(JsonNode json, String stdout) {
    JsonNode pipeline = json.at("/pipeline/cpu");
    assertThat(pipeline.path("applicationSeconds").asDouble()).isPositive();
    assertThat(json.at("/pipeline/applicationCpuMicrosPerRow").asDouble()).isPositive().isCloseTo(
        pipeline.path("applicationSeconds").asDouble() * 1e6 / ROWS, within(1e-6));
    assertThat(json.at("/raw/applicationCpuMicrosPerDocument").asDouble()).isPositive();
    // the shared node is this data directory's local node: its pid is known and its CPU read
    assertThat(pipeline.path("nodeSeconds").asDouble()).isPositive();
    assertThat(json.at("/raw/cpu/nodeSeconds").asDouble()).isPositive();
    assertThat(json.path("nodeCpuRatio").asDouble()).isPositive().isCloseTo(
        pipeline.path("nodeSeconds").asDouble() / json.at("/raw/cpu/nodeSeconds").asDouble(), within(1e-9));
    assertThat(stdout).contains("application CPU of the measured run", "node CPU pipeline/baseline");
  }

  private static void assertTheNightlyInboxRanOverTheLoadedPublicationsAndIntoEmptyIndices(JsonNode json) {
    JsonNode nightly = json.path("nightly");
    int reexports = nightly.at("/inbox/reexports").asInt();
    int fresh = nightly.at("/inbox/newRows").asInt();
    assertThat(reexports).isEqualTo(2_000);
    assertThat(reexports + fresh).isEqualTo(10_000);
    assertThat(nightly.path("loadedPublications").asLong()).isEqualTo(SPEC.distinctPublications());
    JsonNode over = nightly.path("overLoaded");
    assertThat(over.path("rowsRead").asLong()).isEqualTo(10_000);
    assertThat(over.path("merged").asLong()).as("every re-export meets its loaded publication").isEqualTo(reexports);
    assertThat(over.path("loaded").asLong()).as("no new row meets a loaded one").isEqualTo(fresh);
    assertThat(over.path("rejected").asLong()).isZero();
    assertThat(over.path("publications").asLong()).isEqualTo(SPEC.distinctPublications() + fresh);
    JsonNode empty = nightly.path("intoEmpty");
    assertThat(empty.path("rowsRead").asLong()).isEqualTo(10_000);
    assertThat(empty.path("publications").asLong()).isEqualTo(empty.path("loaded").asLong()).isGreaterThan(fresh);
    assertThat(nightly.path("ratio").asDouble()).isPositive().isCloseTo(
        over.path("seconds").asDouble() / empty.path("seconds").asDouble(), within(1e-9));
    assertThat(json.at("/prefixes/nightly").asString()).endsWith("-nightly");
  }

  private static void assertNothingIsLeft(JsonNode json) throws IOException, InterruptedException {
    String pipelinePrefix = json.at("/prefixes/pipeline").asString();
    String pattern = pipelinePrefix.substring(0, pipelinePrefix.length() - "pipeline".length()) + "*";
    assertThat(get("/_cat/indices/" + pattern + "?format=json&expand_wildcards=all").body()).isEqualTo("[]");
    HttpResponse<String> templates = get("/_index_template/" + pattern);
    assertThat(templates.statusCode() == 404 || JSON.readTree(templates.body()).path("index_templates").isEmpty())
        .as(templates.body()).isTrue();
    assertThat(Files.exists(Path.of(json.at("/export/file").asString()))).as("the bulk-body file").isFalse();
    String stamp = pattern.substring(0, pattern.length() - 1);
    Path modelDir = SharedNode.DATA_DIR.resolve("model");
    try (var saved = Files.exists(modelDir) ? Files.list(modelDir) : java.util.stream.Stream.<Path>empty()) {
      assertThat(saved.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(stamp)))
          .as("the model counts its runs saved").isEmpty();
    }
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(SharedNode.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
