package cn.gongkai.job;

import cn.gongkai.dedup.RunCandidates;
import cn.gongkai.publication.PublicationRecord;

/**
 * What a load into an empty index wrote, kept for the near-duplicate and classification steps of the
 * same job execution: then every publication of the index is one of the run's, and the steps compare
 * them and train the model in memory instead of reading them back. Any other load (an index with earlier publications, a restarted run,
 * a load too large to keep) leaves nothing here, and the step reads from Elasticsearch.
 */
final class FirstLoadCandidates {

  private long execution = -1;
  private RunCandidates candidates;

  /** The load of job execution {@code execution} writes into an empty index. */
  synchronized void begin(long execution) {
    this.execution = execution;
    this.candidates = new RunCandidates();
  }

  /** A publication the load of {@code execution} wrote (Elasticsearch took it). */
  synchronized void written(long execution, String id, PublicationRecord record) {
    if (this.execution == execution && candidates != null && !candidates.add(id, record)) {
      candidates = null; // too many to keep: the step reads them back
    }
  }

  /** What the load of {@code execution} kept, left for the next step; null when it kept nothing. */
  synchronized RunCandidates peek(long execution) {
    return this.execution == execution ? candidates : null;
  }

  /** What the load of {@code execution} kept, for the last step that reads it; null when it kept nothing. */
  synchronized RunCandidates take(long execution) {
    RunCandidates taken = this.execution == execution ? candidates : null;
    this.execution = -1;
    this.candidates = null;
    return taken;
  }
}
