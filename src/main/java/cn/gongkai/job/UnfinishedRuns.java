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
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Finds the run an ingest should resume: the latest run over the same inbox, if it did not finish
 * (it failed, was stopped, or its process died), and only while the files it planned to read are
 * still there unchanged. Resuming a run whose files changed would mix two versions of a file.
 */
final class UnfinishedRuns {

  /** How far back to look for the inbox's latest run: far more runs than other inboxes get between two of its own. */
  private static final int RECENT_RUNS = 100;

  private final JobRepository jobRepository;

  UnfinishedRuns(JobRepository jobRepository) {
    this.jobRepository = jobRepository;
  }

  /** The latest run over {@code inbox}, when it did not finish; empty when it completed, was abandoned, or there is none. */
  Optional<JobExecution> latest(String inbox) {
    List<JobInstance> instances = jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, RECENT_RUNS);
    for (JobInstance instance : instances) {
      JobExecution last = jobRepository.getLastJobExecution(instance);
      if (last != null && inbox.equals(last.getJobParameters().getString(IngestJobConfiguration.INBOX_PARAMETER))) {
        BatchStatus status = last.getStatus();
        boolean finished = status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED;
        return finished ? Optional.empty() : Optional.of(last);
      }
    }
    return Optional.empty();
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
