package cn.gongkai.bench;

import static cn.gongkai.bench.BenchResultsFixture.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BenchResultTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Timings FAST_COMMAND = new Timings(List.of(250.0, 240.0, 260.0));

  @Test
  void theJsonIsOneObjectWithTheMachineThePlanAndEveryMeasurement() {
    JsonNode json = JSON.readTree(BenchJson.render(BenchResultsFixture.result(25.0, 512 * MIB, FAST_COMMAND, 1.0)));

    assertThat(json.path("date").asString()).isEqualTo("2026-11-22T10:15:02+08:00");
    assertThat(json.at("/machine/cores").asInt()).isEqualTo(2);
    assertThat(json.at("/machine/elasticsearch/version").asString()).isEqualTo("9.2.8");
    assertThat(json.at("/machine/elasticsearch/heapMaxBytes").asLong()).isEqualTo(1024 * MIB);
    assertThat(json.path("records").asInt()).isEqualTo(1_000_000);
    assertThat(json.path("duplicates").asDouble()).isEqualTo(0.2);
    assertThat(json.path("seed").asLong()).isEqualTo(20191);
    assertThat(json.at("/prefixes/pipeline").asString()).isEqualTo("bench-1-pipeline");
    assertThat(json.at("/inbox/distinctPublications").asLong()).isEqualTo(800_000);
    assertThat(json.at("/warmup/seconds").asDouble()).isEqualTo(37.5);
    assertThat(json.at("/export/documents").asLong()).isEqualTo(800_000);
    assertThat(json.at("/raw/probes")).hasSize(2);
    assertThat(json.at("/raw/chosen/docsPerRequest").asInt()).isEqualTo(5_000);
    assertThat(json.at("/raw/chosen/concurrency").asInt()).isEqualTo(2);
    assertThat(json.at("/raw/load/docsPerSecond").asDouble()).isEqualTo(40_000);
    assertThat(json.at("/raw/load/megabytesPerSecond").asDouble()).isEqualTo(50);
    assertThat(json.at("/pipeline/rowsPerSecond").asDouble()).isEqualTo(40_000);
    assertThat(json.at("/pipeline/docsPerSecond").asDouble()).isEqualTo(32_000);
    assertThat(json.at("/pipeline/inputMegabytesPerSecond").asDouble()).isEqualTo(6);
    assertThat(json.at("/pipeline/stages/1/name").asString()).isEqualTo("publicationLoadStep");
    assertThat(json.at("/pipeline/heap/maxBytes").asLong()).isEqualTo(512 * MIB);
    assertThat(json.at("/pipeline/heap/peakBytes").asLong()).isEqualTo(230 * MIB);
    assertThat(json.at("/memory/peakRssBytes").asLong()).isEqualTo(480 * MIB);
    assertThat(json.at("/stats/inProcess/median").asDouble()).isEqualTo(60);
    assertThat(json.at("/stats/command/median").asDouble()).isEqualTo(250);
    assertThat(json.at("/secondRun/filesSkipped").asInt()).isEqualTo(5);
    assertThat(json.path("secondRunShare").asDouble()).isEqualTo(0.04);
    assertThat(json.at("/ratio/value").asDouble()).isEqualTo(0.8);
    assertThat(json.at("/pipeline/cpu/applicationSeconds").asDouble()).isEqualTo(12.0);
    assertThat(json.at("/pipeline/applicationCpuMicrosPerRow").asDouble()).isEqualTo(12.0);
    assertThat(json.at("/raw/applicationCpuMicrosPerDocument").asDouble()).isEqualTo(2.5);
    assertThat(json.at("/raw/cpu/nodeSeconds").asDouble()).isEqualTo(45.0);
    assertThat(json.path("nodeCpuRatio").asDouble()).isCloseTo(50.0 / 45.0, within(1e-9));
    assertThat(json.at("/nightly/inbox/reexports").asInt()).isEqualTo(2_000);
    assertThat(json.at("/nightly/loadedPublications").asLong()).isEqualTo(800_000);
    assertThat(json.at("/nightly/ratio").asDouble()).isCloseTo(1.5, within(1e-9));
    assertThat(json.at("/secondRun/applicationCpuMicrosPerRow").isNull()).as("no row read, no figure").isTrue();
    assertThat(json.path("targets")).hasSize(8);
    assertThat(json.path("notes")).hasSize(1);
    assertThat(json.path("resultsFile").asString()).isEqualTo("/data/bench/bench-1.json");
  }

  @Test
  void aRunMeetingEveryTargetSaysSo() {
    List<Target> targets = BenchResultsFixture.result(25.0, 512 * MIB, FAST_COMMAND, 1.0).targets();

    assertThat(targets).extracting(Target::name).containsExactly("pipeline/raw-bulk ratio",
        "application CPU of the measured run", "node CPU pipeline/baseline",
        "nightly over 800,000 loaded / into an empty index", "heap of the measured run",
        "stats --year 2024 --format json, in process (median of 5)",
        "stats --year 2024 --format json, as a command (median of 3)", "second run over the same inbox");
    assertThat(targets).allMatch(Target::met);
    assertThat(targets.get(0).measured()).isEqualTo("0.800");
    assertThat(targets.get(1).measured())
        .isEqualTo("12.0 µs/row (12.00 s over 1,000,000 rows); raw baseline 2.5 µs/document (2.00 s over 800,000)");
    assertThat(targets.get(2).measured()).isEqualTo("1.11 (pipeline 50.0 s, baseline 45.0 s)");
    assertThat(targets.get(3).measured()).isEqualTo("1.50 (3.00 s / 2.00 s, 10,000 rows: 2,000 re-exports, 8,000 new)");
    assertThat(targets.get(7).measured()).isEqualTo("4.0 % (1.00 s of 25.00 s)");
  }

  @Test
  void aSlowPipelineABigHeapASlowCommandAndASlowSecondRunMissTheirTargets() {
    List<Target> targets = BenchResultsFixture.result(400.0, 6_000 * MIB, new Timings(List.of(3_000.0)), 60.0)
        .targets();

    assertThat(targets).extracting(Target::met).containsExactly(false, false, false, false, false, true, false, false);
    assertThat(targets.get(0).measured()).isEqualTo("0.050");
    assertThat(targets.get(4).measured()).isEqualTo("completed; max heap 6,000 MiB, peak used 230 MiB");
  }

  @Test
  void aCommandThatCouldNotBeTimedMissesItsTargetSayingWhy() {
    Target command = BenchResultsFixture.result(25.0, 512 * MIB, null, 1.0).targets().get(6);

    assertThat(command.met()).isFalse();
    assertThat(command.measured()).isEqualTo("not measured: this JVM does not run the application jar");
  }

  @Test
  void againstAnExternalClusterTheNodesCpuIsNotMeasuredAndNoFigureIsMadeUp() {
    BenchResult result = BenchResultsFixture.againstAnExternalCluster(
        BenchResultsFixture.result(25.0, 512 * MIB, FAST_COMMAND, 1.0));

    Target node = result.targets().get(2);
    assertThat(node.measured()).isEqualTo("not measured (external cluster)");
    assertThat(node.met()).isFalse();
    assertThat(result.nodeCpuRatio()).isNull();
    JsonNode json = JSON.readTree(BenchJson.render(result));
    assertThat(json.path("nodeCpuRatio").isNull()).isTrue();
    assertThat(json.at("/pipeline/cpu/nodeSeconds").isNull()).isTrue();
    assertThat(json.at("/pipeline/cpu/nodeNotMeasured").asString()).isEqualTo("external cluster");
  }

  @Test
  void theRatioComparesPublicationDocumentsPerSecondOfTheWholeJobWithTheBaselines() {
    BenchResult result = BenchResultsFixture.result(25.0, 512 * MIB, FAST_COMMAND, 1.0);

    assertThat(result.ratio().value()).isEqualTo(result.raw().load().seconds() / result.pipeline().seconds());
    assertThat(result.ratio().line()).isEqualTo("pipeline/raw-bulk ratio: 0.80");
  }
}
