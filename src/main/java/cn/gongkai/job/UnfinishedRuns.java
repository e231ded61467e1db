package cn.gongkai.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Finds the run an ingest should resume: the latest run over the same inbox, if it did not finish
 * (it failed, was stopped, or its process died), and only while the files it planned to read are
 * still there unchanged. Resuming a run whose files changed would mix two versions of a file.
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

  /** Why the files a run planned to read can no longer be resumed, or empty when each is there unchanged. */
  static Optional<String> changedFiles(JobExecution run, Path inbox) throws IOException {
    for (InboxEntry entry : InboxEntries.ingested(InboxEntries.of(run))) {
      Path file = inbox.resolve(entry.file());
      try {
        if (Files.size(file) != entry.size() || !entry.checksum().equals(sha256(file))) {
          return Optional.of(entry.file() + " changed since that run read it");
        }
      } catch (NoSuchFileException e) {
        return Optional.of(entry.file() + " is no longer in the inbox");
      }
    }
    return Optional.empty();
  }

  private static String sha256(Path file) throws IOException {
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
