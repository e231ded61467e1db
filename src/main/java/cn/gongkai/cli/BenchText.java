package cn.gongkai.cli;

import cn.gongkai.bench.BenchResult;
import cn.gongkai.bench.BulkLoad;
import cn.gongkai.bench.HeapUsage;
import cn.gongkai.bench.InboxFacts;
import cn.gongkai.bench.MachineFacts;
import cn.gongkai.bench.PipelineResult;
import cn.gongkai.bench.ProcessMemory;
import cn.gongkai.bench.StageTime;
import cn.gongkai.bench.StatsResult;
import cn.gongkai.bench.Target;
import cn.gongkai.bench.Timings;
import java.util.Locale;
import java.util.stream.Collectors;

/** The bench's results for people: phases, probes, stages, memory, stats, targets; the ratio line last. */
final class BenchText {

  private BenchText() {}

  static String render(BenchResult result) {
    StringBuilder out = new StringBuilder();
    out.append(header(result)).append('\n');
    out.append(phases(result)).append('\n');
    out.append(probes(result)).append('\n');
    out.append(stages(result.pipeline())).append('\n');
    out.append(measured(result)).append('\n');
    out.append(targets(result)).append('\n');
    out.append("notes:\n");
    result.notes().forEach(note -> out.append("- ").append(note).append('\n'));
    out.append('\n').append("results: ").append(result.resultsFile()).append('\n');
    out.append(result.ratio().line()).append('\n');
    return out.toString();
  }

  private static String header(BenchResult result) {
    MachineFacts machine = result.machine();
    InboxFacts inbox = result.inbox();
    StringBuilder out = new StringBuilder("Gongkai bench, " + result.date() + "\n");
    out.append(f("machine: %d cores, %.1f GiB; %s; %s; this JVM's max heap %,d MiB%n", machine.cores(),
        machine.totalMemoryBytes() / (double) (1L << 30), machine.os(), machine.java(),
        mebibytes(result.pipeline().heap().maxBytes())));
    out.append(f("elasticsearch: %s at %s, node heap %,d MiB, %d processors%n", machine.elasticsearch().version(),
        machine.elasticsearch().url(), mebibytes(machine.elasticsearch().heapMaxBytes()),
        machine.elasticsearch().processors()));
    out.append(inbox.generated()
        ? f("inbox: generated %d files, %,d rows (%,d distinct publications, %,d re-exports; seed %d, duplicates %s), "
            + "2015-2024, in %s (%.1f s)%n", inbox.files(), inbox.rows(), inbox.distinctPublications(),
            inbox.duplicateRows(), result.seed(), result.duplicates(), inbox.path(), inbox.seconds())
        : f("inbox: %d files in %s (given)%n", inbox.files(), inbox.path()));
    return out.toString();
  }

  private static String phases(BenchResult result) {
    BulkLoad raw = result.raw().load();
    TextTable table = new TextTable().row("phase", "seconds", "docs", "docs/s", "rows/s", "MB/s").rule();
    pipelineRow(table, "warm-up: full pipeline (not measured)", result.warmup());
    table.row("export of the warm-up's documents", f("%.2f", result.export().seconds()),
        f("%,d", result.export().documents()), "", "", "");
    double probing = result.raw().probes().stream().mapToDouble(BulkLoad::seconds).sum();
    table.row(f("raw bulk: %d probes", result.raw().probes().size()), f("%.2f", probing), "", "", "", "");
    table.row(f("raw bulk: load, %,d per request x %d", raw.shape().docsPerRequest(), raw.shape().concurrency()),
        f("%.2f", raw.seconds()), f("%,d", raw.documents()), f("%,.0f", raw.docsPerSecond()), "",
        f("%.1f", raw.megabytesPerSecond()));
    pipelineRow(table, "pipeline: full run (measured)", result.pipeline());
    table.row("second run (nothing new)", f("%.2f", result.secondRun().seconds()), "", "", "", "");
    return table.render() + "raw bulk MB/s: bulk body bytes; pipeline MB/s: input bytes (MB = 10^6 bytes)\n";
  }

  private static void pipelineRow(TextTable table, String name, PipelineResult run) {
    table.row(name, f("%.2f", run.seconds()), f("%,d", run.publications()), f("%,.0f", run.docsPerSecond()),
        f("%,.0f", run.rowsPerSecond()), f("%.2f", run.inputMegabytesPerSecond()));
  }

  private static String probes(BenchResult result) {
    BulkLoad chosen = result.raw().load();
    TextTable table = new TextTable().row("docs/request", "in flight", "docs", "seconds", "docs/s", "MB/s", "").rule();
    for (BulkLoad probe : result.raw().probes()) {
      table.row(f("%,d", probe.shape().docsPerRequest()), probe.shape().concurrency(), f("%,d", probe.documents()),
          f("%.3f", probe.seconds()), f("%,.0f", probe.docsPerSecond()), f("%.1f", probe.megabytesPerSecond()),
          probe.shape().equals(chosen.shape()) ? "chosen" : "");
    }
    return "raw bulk probes (throwaway indices, refresh off, no replicas, final refresh timed):\n" + table.render();
  }

  private static String stages(PipelineResult run) {
    TextTable table = new TextTable().row("step of the measured run", "status", "seconds", "share", "read", "written",
        "skipped").rule();
    for (StageTime stage : run.stages()) {
      table.row(stage.name(), stage.status(), f("%.2f", stage.seconds()), f("%.1f %%", 100 * stage.seconds() / run.seconds()),
          f("%,d", stage.read()), f("%,d", stage.written()), f("%,d", stage.skipped()));
    }
    return table.render();
  }

  private static String measured(BenchResult result) {
    PipelineResult run = result.pipeline();
    HeapUsage heap = run.heap();
    StringBuilder out = new StringBuilder();
    out.append(f("measured run: %,d rows read = %,d loaded + %,d merged + %,d rejected; %,d publications%n",
        run.rowsRead(), run.loaded(), run.merged(), run.rejected(), run.publications()));
    out.append(f("  %,.0f rows/s, %,.0f publication docs/s, %.2f MB/s of input (%,d bytes)%n", run.rowsPerSecond(),
        run.docsPerSecond(), run.inputMegabytesPerSecond(), run.inputBytes()));
    out.append(f("heap: max %,d MiB; peak used %,d MiB (sampled every 50 ms: %,d MiB; sum of the pools' peaks: %,d MiB); "
        + "%,d collections, %.2f s%n", mebibytes(heap.maxBytes()), mebibytes(heap.peakBytes()),
        mebibytes(heap.sampledPeakBytes()), mebibytes(heap.poolPeakBytes()), heap.collections(),
        heap.collectionMillis() / 1000.0));
    ProcessMemory memory = result.memory();
    out.append(memory == null ? "RSS: not known (no /proc/self/status)\n"
        : f("RSS: peak %,d MiB (VmHWM, the whole process so far), %,d MiB after the measured run (VmRSS)%n",
            mebibytes(memory.peakRssBytes()), mebibytes(memory.rssBytes())));
    out.append(stats(result.stats()));
    PipelineResult second = result.secondRun();
    out.append(f("second run: %d of %d files skipped as already ingested, %,d rows read, in %.2f s: %.1f %% of the "
        + "measured run%n", second.filesSkipped(), second.files(), second.rowsRead(), second.seconds(),
        100 * result.secondRunShare()));
    return out.toString();
  }

  private static String stats(StatsResult stats) {
    if (stats == null) {
      return "stats: not timed (no publication has a year)\n";
    }
    String command = stats.command() == null ? "  as a command: not timed: " + stats.commandSkipped() + "\n"
        : "  as a command (a new JVM and application context each time): " + timings(stats.command()) + "\n";
    return f("stats --year %d --format json over %,d publications:%n", stats.year(), stats.publications())
        + "  in process (figures and their JSON): " + timings(stats.inProcess()) + "\n" + command;
  }

  private static String timings(Timings timings) {
    return f("median %,.0f ms (", timings.median())
        + timings.millis().stream().map(millis -> f("%,.0f", millis)).collect(Collectors.joining(", ")) + ")";
  }

  private static String targets(BenchResult result) {
    TextTable table = new TextTable().row("target (issues 9, 19)", "goal", "measured", "").rule();
    for (Target target : result.targets()) {
      table.row(target.name(), target.goal(), target.measured(), target.met() ? "met" : "NOT met");
    }
    return table.render();
  }

  private static long mebibytes(long bytes) {
    return Math.round(bytes / (1024.0 * 1024.0));
  }

  private static String f(String format, Object... arguments) {
    return String.format(Locale.ROOT, format, arguments);
  }
}
