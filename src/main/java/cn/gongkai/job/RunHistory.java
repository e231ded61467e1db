package cn.gongkai.job;

import cn.gongkai.settings.GongkaiProperties;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** The ingest runs the job repository recorded, whoever started them (serve, a clerk, cron). */
@Component
public class RunHistory {

  /** How far back to look: far more runs than other inboxes get between two of one inbox's own. */
  private static final int RECENT_RUNS = 100;

  private final JobRepository jobRepository;
  private final Path runsDir;

  /** @param schema asked for so that the tables exist before the first question about runs */
  RunHistory(JobRepository jobRepository, JobRepositorySchema schema, GongkaiProperties properties) {
    this.jobRepository = jobRepository;
    this.runsDir = IngestJobConfiguration.runsDir(properties);
  }

  /** A run as recorded: its summary, and when it started and ended (null while it runs). */
  public record PastRun(RunSummary summary, Instant started, Instant ended) {}

  /** The latest run, finished or not; empty before the first. */
  public Optional<PastRun> latest() {
    JobInstance instance = jobRepository.getLastJobInstance(IngestJobConfiguration.JOB_NAME);
    return Optional.ofNullable(instance).map(jobRepository::getLastJobExecution).map(this::pastRun);
  }

  /** The latest run that completed; empty when none did among the recent ones. */
  public Optional<PastRun> latestCompleted() {
    return recentLastExecutions().filter(last -> last.getStatus() == BatchStatus.COMPLETED).findFirst()
        .map(this::pastRun);
  }

  /** The summary of execution {@code executionId} as the job repository keeps it; empty when it has none such. */
  public Optional<RunSummary> summaryOf(long executionId) {
    return Optional.ofNullable(jobRepository.getJobExecution(executionId))
        .map(execution -> RunSummaries.of(execution, runsDir));
  }

  /** The last execution of each of the recent runs, newest first. */
  Stream<JobExecution> recentLastExecutions() {
    return jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, RECENT_RUNS).stream()
        .map(jobRepository::getLastJobExecution)
        .filter(Objects::nonNull);
  }

  private PastRun pastRun(JobExecution execution) {
    JobExecution full = jobRepository.getJobExecution(execution.getId()); // with its steps' tallies
    return new PastRun(RunSummaries.of(full, runsDir), instant(full.getStartTime()), instant(full.getEndTime()));
  }

  private static Instant instant(LocalDateTime time) {
    return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant(); // Batch records local time
  }
}
