package cn.gongkai.bench;

import java.util.List;
import java.util.Map;

/** A bench result as a 1,000,000-row run under -Xmx512m could report it, for the tests of its shape and targets. */
final class BenchResultsFixture {

  static final long MIB = 1024L * 1024;

  private BenchResultsFixture() {}

  static BenchResult result(double pipelineSeconds, long maxHeapBytes, Timings command, double secondRunSeconds) {
    NodeFacts node = new NodeFacts("http://127.0.0.1:9200", "9.2.8", 1024 * MIB, 2, "25.0.3");
    MachineFacts machine = new MachineFacts(2, 24L << 30, "Linux 6.1 amd64", "Debian 17.0.15", node);
    BulkShape best = new BulkShape(5_000, 2);
    BulkLoad load = new BulkLoad(best, 800_000, 1_000_000_000, 20.0);
    BaselineResult raw = new BaselineResult("bench-1-raw-publications-000001",
        List.of(new BulkLoad(new BulkShape(1_000, 1), 160_000, 200_000_000, 6.0),
            new BulkLoad(best, 160_000, 200_000_000, 4.0)), load, new CpuUse(2.0, 45.0, null));
    PipelineResult pipeline = run(pipelineSeconds, 1_000_000, 800_000, 0, maxHeapBytes);
    PipelineResult second = run(secondRunSeconds, 0, 800_000, 5, maxHeapBytes);
    // CPU grows with the run's time: 12 µs/row and a node CPU ratio of 1.11 at 25 s, far over at 400 s
    PipelineResult measured = withCpu(pipeline, new CpuUse(pipelineSeconds * 0.48, pipelineSeconds * 2, null));
    NightlyResult nightly = new NightlyResult(
        new NightlyInboxFacts("/data/bench/nightly", 6, 2_000, 8_000, 5, "样例县民政局", 2025), 800_000,
        run(pipelineSeconds * 0.12, 10_000, 808_000, 0, maxHeapBytes), run(2.0, 10_000, 9_600, 0, maxHeapBytes));
    StatsResult stats = new StatsResult(2024, 800_000, new Timings(List.of(120.0, 60.0, 55.0, 58.0, 61.0)),
        command, command == null ? "this JVM does not run the application jar" : null);
    return new BenchResult("2026-11-22T10:15:02+08:00", machine, 1_000_000, 0.2, 20191,
        Map.of("warmup", "bench-1-warmup", "raw", "bench-1-raw", "pipeline", "bench-1-pipeline"),
        new InboxFacts("/data/bench/inbox", true, 5, 1_000_000, 800_000, 200_000, 12.0),
        run(pipelineSeconds * 1.5, 1_000_000, 800_000, 0, maxHeapBytes),
        new ExportResult("/data/bench/bench-1-publications.ndjson", 800_000, 1_000_000_000, 30.0), raw, measured,
        new ProcessMemory(480 * MIB, 430 * MIB), stats, second, nightly, List.of("a note"), "/data/bench/bench-1.json");
  }

  private static PipelineResult run(double seconds, long rows, long publications, int skipped, long maxHeapBytes) {
    List<StageTime> stages = List.of(new StageTime("indexSetupStep", "COMPLETED", 0.1, 0, 0, 0),
        new StageTime("publicationLoadStep", "COMPLETED", seconds * 0.9, rows, rows, 0));
    return new PipelineResult(seconds, "COMPLETED", 7, rows, rows == 0 ? 0 : publications, rows == 0 ? 0 : rows - publications,
        0, 150_000_000, publications, 5, skipped, stages, new HeapUsage(maxHeapBytes, 200 * MIB, 230 * MIB, 40, 900),
        new CpuUse(seconds * 0.5, seconds, null));
  }

  static PipelineResult withCpu(PipelineResult run, CpuUse cpu) {
    return new PipelineResult(run.seconds(), run.status(), run.executionId(), run.rowsRead(), run.loaded(), run.merged(),
        run.rejected(), run.inputBytes(), run.publications(), run.files(), run.filesSkipped(), run.stages(), run.heap(), cpu);
  }

  /** The same result measured against an external cluster: no node pid to read. */
  static BenchResult againstAnExternalCluster(BenchResult result) {
    CpuUse raw = new CpuUse(result.raw().cpu().applicationSeconds(), null, CpuMeter.EXTERNAL_CLUSTER);
    CpuUse pipeline = new CpuUse(result.pipeline().cpu().applicationSeconds(), null, CpuMeter.EXTERNAL_CLUSTER);
    return new BenchResult(result.date(), result.machine(), result.records(), result.duplicates(), result.seed(),
        result.prefixes(), result.inbox(), result.warmup(), result.export(),
        new BaselineResult(result.raw().index(), result.raw().probes(), result.raw().load(), raw),
        withCpu(result.pipeline(), pipeline), result.memory(), result.stats(), result.secondRun(), result.nightly(),
        result.notes(), result.resultsFile());
  }
}
