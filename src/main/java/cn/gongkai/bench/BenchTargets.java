package cn.gongkai.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The targets of issues 9 and 19, set for 1,000,000 rows with 20 % duplicates under {@code -Xmx512m}, each
 * with this run's measurement. A run of another size is still judged against them, with a note.
 */
final class BenchTargets {

  static final double RATIO = 0.75;
  static final long HEAP_BYTES = 512L * 1024 * 1024;
  static final double STATS_MILLIS = 300;
  static final double SECOND_RUN_SHARE = 0.10;
  static final double APPLICATION_CPU_MICROS_PER_ROW = 20;
  static final double NODE_CPU_RATIO = 1.15;
  static final double NIGHTLY_RATIO = 2.0;
  static final int TARGET_ROWS = 1_000_000;

  private BenchTargets() {}

  static List<Target> of(BenchResult result) {
    List<Target> targets = new ArrayList<>();
    double ratio = result.ratio().value();
    // three decimals: a ratio of 0.749 prints as 0.75 on the last line, yet misses the target
    targets.add(new Target("pipeline/raw-bulk ratio", "≥ 0.75", format("%.3f", ratio), ratio >= RATIO));
    targets.add(applicationCpu(result));
    targets.add(nodeCpu(result));
    if (result.nightly() != null) {
      targets.add(nightly(result.nightly()));
    }
    HeapUsage heap = result.pipeline().heap();
    targets.add(new Target("heap of the measured run", "completes within a 512 MiB heap",
        format("completed; max heap %,d MiB, peak used %,d MiB", mebibytes(heap.maxBytes()), mebibytes(heap.peakBytes())),
        heap.maxBytes() <= HEAP_BYTES));
    StatsResult stats = result.stats();
    if (stats != null) {
      targets.add(statsTarget("stats --year " + stats.year() + " --format json, in process", stats.inProcess()));
      targets.add(stats.command() == null
          ? new Target("stats --year " + stats.year() + " --format json, as a command", "< 300 ms",
              "not measured: " + stats.commandSkipped(), false)
          : statsTarget("stats --year " + stats.year() + " --format json, as a command", stats.command()));
    }
    double share = result.secondRunShare();
    targets.add(new Target("second run over the same inbox", "< 10 % of the first run's time",
        format("%.1f %% (%.2f s of %.2f s)", share * 100, result.secondRun().seconds(), result.pipeline().seconds()),
        share < SECOND_RUN_SHARE));
    return targets;
  }

  private static Target applicationCpu(BenchResult result) {
    PipelineResult pipeline = result.pipeline();
    BaselineResult raw = result.raw();
    Double perRow = pipeline.applicationCpuMicrosPerRow();
    Double perDocument = raw.applicationCpuMicrosPerDocument();
    String measured = perRow == null ? "not measured: no row read"
        : format("%.1f µs/row (%.2f s over %,d rows); raw baseline %s", perRow, pipeline.cpu().applicationSeconds(),
            pipeline.rowsRead(), perDocument == null ? "no documents"
                : format("%.1f µs/document (%.2f s over %,d)", perDocument, raw.cpu().applicationSeconds(),
                    raw.load().documents()));
    return new Target("application CPU of the measured run", "≤ 20 µs/row", measured,
        perRow != null && perRow <= APPLICATION_CPU_MICROS_PER_ROW);
  }

  private static Target nodeCpu(BenchResult result) {
    Double ratio = result.nodeCpuRatio();
    CpuUse pipeline = result.pipeline().cpu();
    CpuUse raw = result.raw().cpu();
    String measured = ratio != null
        ? format("%.2f (pipeline %.1f s, baseline %.1f s)", ratio, pipeline.nodeSeconds(), raw.nodeSeconds())
        : "not measured (" + (pipeline.nodeNotMeasured() != null ? pipeline.nodeNotMeasured()
            : raw.nodeNotMeasured() != null ? raw.nodeNotMeasured() : "no node CPU during the baseline") + ")";
    return new Target("node CPU pipeline/baseline", "≤ 1.15", measured, ratio != null && ratio <= NODE_CPU_RATIO);
  }

  private static Target nightly(NightlyResult nightly) {
    return new Target(format("nightly over %,d loaded / into an empty index", nightly.loadedPublications()), "≤ 2.0",
        format("%.2f (%.2f s / %.2f s, %,d rows: %,d re-exports, %,d new)", nightly.ratio(),
            nightly.overLoaded().seconds(), nightly.intoEmpty().seconds(), nightly.inbox().rows(),
            nightly.inbox().reexports(), nightly.inbox().newRows()),
        nightly.ratio() <= NIGHTLY_RATIO);
  }

  private static Target statsTarget(String name, Timings timings) {
    return new Target(name + " (median of " + timings.millis().size() + ")", "< 300 ms",
        format("%,.0f ms", timings.median()), timings.median() < STATS_MILLIS);
  }

  static long mebibytes(long bytes) {
    return Math.round(bytes / (1024.0 * 1024.0));
  }

  private static String format(String format, Object... arguments) {
    return String.format(Locale.ROOT, format, arguments);
  }
}
