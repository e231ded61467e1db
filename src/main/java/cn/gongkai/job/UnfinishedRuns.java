package cn.gongkai.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Finds the run an ingest should resume: the latest run over the same inbox, if it did not finish
 * (it failed, was stopped, or its process died), and only while the files it planned to read are
 * still there unchanged, and while it wrote to the indices this one writes to. Resuming a run whose
 * files changed would mix two versions of a file; resuming one into other indices would skip the
 * steps that made them and count rows loaded elsewhere.
 */
final class UnfinishedRuns {

  private final RunHistory history;

  UnfinishedRuns(RunHistory history) {
    this.history = history;
  }

  /** The latest run over {@code inbox}, when it did not finish; empty when it completed, was abandoned, or there is none. */
  Optional<JobExecution> latest(String inbox) {
    return history.recentLastExecutions()
        .filter(last -> inbox.equals(last.getJobParameters().getString(IngestJobConfiguration.INBOX_PARAMETER)))
        .findFirst()
        .filter(last -> last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED);
  }

  /**
   * Why a run cannot be resumed into the indices named by {@code indexPrefix}, or empty when it wrote
   * to those (runs started before the prefix was recorded are taken to have).
   */
  static Optional<String> otherIndices(JobExecution run, String indexPrefix) {
    String started = run.getJobParameters().getString(IngestJobConfiguration.INDEX_PREFIX_PARAMETER);
    return started == null || started.equals(indexPrefix) ? Optional.empty()
        : Optional.of("it wrote to the indices " + started + "-*, and this run writes to " + indexPrefix + "-*");
  }

  /** Why the files a run planned to read can no longer be resumed, or empty when each is there unchanged. */
  static Optional<String> changedFiles(JobExecution run, Path inbox) throws IOException {
    for (InboxEntry entry : InboxEntries.ingested(InboxEntries.of(run))) {
      Optional<InboxFileCheck.Change> change = InboxFileCheck.changed(inbox.resolve(entry.file()), entry.size(),
          entry.checksum());
      if (change.isPresent()) {
        return Optional.of(entry.file() + (change.get().gone() ? " is no longer in the inbox" : " changed since that run read it"));
      }
    }
    return Optional.empty();
  }
}
