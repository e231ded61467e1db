package cn.gongkai.dedup;

import cn.gongkai.publication.Provenance;
import java.util.Objects;

/**
 * The row that created a publication: the ingest run (job instance) and the row's place in its file.
 * A restarted run replays the chunk that failed, part of which Elasticsearch may already hold; a
 * replayed row that finds the publication it created itself is counted as loaded again, not merged,
 * so the restarted run's summary equals an uninterrupted run's.
 */
public record RowOrigin(long run, String file, long line) {

  public RowOrigin {
    Objects.requireNonNull(file, "file");
  }

  static RowOrigin of(long run, Provenance provenance) {
    return new RowOrigin(run, provenance.file(), provenance.line());
  }

  /** Whether this is the row at {@code provenance}, read by {@code run}. */
  boolean is(long otherRun, Provenance provenance) {
    return run == otherRun && file.equals(provenance.file()) && line == provenance.line();
  }
}
