package cn.gongkai.bench;

import cn.gongkai.sample.SampleSpec;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * What one bench run measures: the rows to generate (or the inbox to read instead), and the index
 * prefixes it works under, all starting with {@code bench-<stamp>-} so that it never touches an
 * installation's own indices and its leftovers are easy to find.
 *
 * @param records rows to generate; with an {@code inbox} given, the rows it is expected to hold
 * @param duplicateShare share of generated rows that re-export another row, 0..1
 * @param inbox existing exports to measure with, or {@code null} to generate them
 * @param keep keep the bench's indices and its bulk-body file afterwards
 * @param out the JSON results file, or {@code null} for {@code bench/bench-<stamp>.json} in the data directory
 * @param statsRepeats how many times {@code stats} is timed, in process and as a command
 * @param startedAt when the run started; names its indices and files
 */
public record BenchPlan(
    int records, long seed, double duplicateShare, Path inbox, boolean keep, Path out, int statsRepeats,
    LocalDateTime startedAt) {

  /** The years the generator writes, as {@code generate} does by default. */
  public static final int FIRST_YEAR = 2015;
  public static final int LAST_YEAR = 2024;

  /** The setting that names every index; each phase runs with its own. */
  public static final String INDEX_PREFIX_PROPERTY = "gongkai.elasticsearch.index-prefix";

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  public BenchPlan {
    if (records <= 0) {
      throw new IllegalArgumentException("--records must be positive, was " + records);
    }
    if (!(duplicateShare >= 0 && duplicateShare <= 1)) {
      throw new IllegalArgumentException("--duplicates must be within 0..1, was " + duplicateShare);
    }
    if (statsRepeats < 1) {
      throw new IllegalArgumentException("--stats-repeats must be 1 or more, was " + statsRepeats);
    }
    Objects.requireNonNull(startedAt, "startedAt");
    inbox = inbox == null ? null : inbox.toAbsolutePath().normalize();
    out = out == null ? null : out.toAbsolutePath().normalize();
  }

  public boolean generates() {
    return inbox == null;
  }

  public String stamp() {
    return STAMP.format(startedAt);
  }

  /** The index prefix of one phase: {@code bench-<stamp>-<phase>}. */
  public String prefix(String phase) {
    return "bench-" + stamp() + "-" + phase;
  }

  /** Every index and template this run creates matches it. */
  public String indexPattern() {
    return "bench-" + stamp() + "-*";
  }

  /** The exports to generate, for the organization the installation counts (so {@code stats} sees them). */
  public SampleSpec sample(String organization) {
    return new SampleSpec(records, seed, FIRST_YEAR, LAST_YEAR, organization, duplicateShare);
  }

  /** Where the bench keeps its inbox, bulk bodies and results: {@code bench/} in the data directory. */
  public static Path workDir(Path dataDir) {
    return dataDir.resolve("bench");
  }

  public Path resultsFile(Path dataDir) {
    return out != null ? out : workDir(dataDir).resolve("bench-" + stamp() + ".json");
  }
}
