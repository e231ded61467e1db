package cn.gongkai.job;

import cn.gongkai.classify.NaiveBayesTrainer;
import cn.gongkai.classify.Taxonomy;
import cn.gongkai.dedup.DedupBatch;
import cn.gongkai.dedup.MergedPublication;
import cn.gongkai.dedup.RunCandidates;
import cn.gongkai.load.LoadedState;
import cn.gongkai.publication.PublicationRecord;
import java.util.Objects;

/**
 * What a load wrote, kept for the near-duplicate and classification steps of the same job execution,
 * so that they read from Elasticsearch only what earlier runs hold:
 * <ul>
 *   <li>the publications the load made or moved (new, or with another publisher, 发布日期 or title):
 *       the only ones a near-duplicate search needs to compare again; after a load into an empty
 *       index, that is every publication there is, and the model trains on them too;
 *   <li>over an index with earlier publications, how the load changed the model's training counts:
 *       each declared title it wrote, less each one it replaced.
 * </ul>
 * Kept only for a load that began at its first row with nothing of its own run in the index (not a
 * restarted one, whose failed attempt's writes no one saw), and while it fits; otherwise nothing is
 * kept and the steps read from Elasticsearch as before.
 */
final class RunWrites {

  private long execution = -1;
  private Written written;

  /** What one load wrote. */
  static final class Written {
    private final LoadedState before;
    private final Taxonomy taxonomy;
    private RunCandidates moved = new RunCandidates();
    private final NaiveBayesTrainer trainingChanges;

    private Written(LoadedState before, Taxonomy taxonomy) {
      this.before = before;
      this.taxonomy = taxonomy;
      this.trainingChanges = before.empty() ? null : new NaiveBayesTrainer();
    }

    /** What the index held before the load wrote. */
    LoadedState before() {
      return before;
    }

    /** Whether the index was empty: then every publication is one of the load's {@link #moved}. */
    boolean firstLoad() {
      return before.empty();
    }

    /** The publications the load made or moved; null when there were too many to keep. */
    RunCandidates moved() {
      return moved;
    }

    /** Over an index with earlier publications, what the load added to and took from the training counts. */
    NaiveBayesTrainer trainingChanges() {
      return trainingChanges;
    }

    private void add(DedupBatch.Upsert upsert) {
      PublicationRecord record = upsert.publication().record();
      if (moved != null && upsert.movesForComparison() && !moved.add(upsert.id(), record)) {
        moved = null; // too many to keep: the near-duplicate step reads them from the index
      }
      if (trainingChanges != null && !unchangedForTraining(upsert)) {
        for (MergedPublication replaced : upsert.replaced()) {
          count(replaced.record(), -1);
        }
        count(record, 1);
      }
    }

    private static boolean unchangedForTraining(DedupBatch.Upsert upsert) {
      if (upsert.replaced().size() != 1) {
        return false;
      }
      PublicationRecord before = upsert.replaced().get(0).record();
      PublicationRecord after = upsert.publication().record();
      return Objects.equals(before.title(), after.title())
          && Objects.equals(before.declaredCategory(), after.declaredCategory());
    }

    private void count(PublicationRecord record, int sign) {
      if (record.declaredCategory() == null) {
        return;
      }
      taxonomy.categoryOf(record.declaredCategory()).ifPresent(category -> {
        if (sign > 0) {
          trainingChanges.add(record.title(), category);
        } else {
          trainingChanges.remove(record.title(), category);
        }
      });
    }
  }

  /**
   * The load of job execution {@code execution} begins at its first row.
   *
   * @param before what the index held then
   * @param taxonomy the run's taxonomy, which maps declared categories onto the trained ones
   */
  synchronized void begin(long execution, LoadedState before, Taxonomy taxonomy) {
    this.execution = execution;
    this.written = before.ofRun() == 0 ? new Written(before, taxonomy) : null;
  }

  /** A publication the load of {@code execution} wrote (Elasticsearch took it). */
  synchronized void written(long execution, DedupBatch.Upsert upsert) {
    if (this.execution == execution && written != null) {
      written.add(upsert);
    }
  }

  /** The load of {@code execution} failed part way: it keeps nothing, and the steps read from the index. */
  synchronized void abandon(long execution) {
    if (this.execution == execution) {
      written = null;
    }
  }

  /** What the load of {@code execution} kept, left for the next step; null when it kept nothing. */
  synchronized Written peek(long execution) {
    return this.execution == execution ? written : null;
  }

  /** What the load of {@code execution} kept, for the last step that reads it; null when it kept nothing. */
  synchronized Written take(long execution) {
    Written taken = peek(execution);
    this.execution = -1;
    this.written = null;
    return taken;
  }
}
