package cn.gongkai.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The targets of issue 9, set for 1,000,000 rows with 20 % duplicates under {@code -Xmx512m}, each
 * with this run's measurement. A run of another size is still judged against them, with a note.
 */
final class BenchTargets {

  static final double RATIO = 0.75;
  static final long HEAP_BYTES = 512L * 1024 * 1024;
  static final double STATS_MILLIS = 300;
  static final double SECOND_RUN_SHARE = 0.10;
  static final int TARGET_ROWS = 1_000_000;

  private BenchTargets() {}

  static List<Target> of(BenchResult result) {
    List<Target> targets = new ArrayList<>();
    double ratio = result.ratio().value();
    // three decimals: a ratio of 0.749 prints as 0.75 on the last line, yet misses the target
    targets.add(new Target("pipeline/raw-bulk ratio", "≥ 0.75", format("%.3f", ratio), ratio >= RATIO));
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
