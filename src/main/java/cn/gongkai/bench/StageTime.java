package cn.gongkai.bench;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * One step of the ingest job as its job repository recorded it.
 *
 * @param read items read (rows, for the load step; 0 for tasklets)
 * @param written items written (rows loaded or merged)
 * @param skipped items skipped (rejected rows)
 */
public record StageTime(String name, String status, double seconds, long read, long written, long skipped) {

  public StageTime {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    if (!(seconds >= 0)) {
      throw new IllegalArgumentException("a stage takes 0 seconds or more, " + name + " took " + seconds);
    }
  }

  /** The steps of a job execution in the order they ran. */
  public static List<StageTime> of(JobExecution execution) {
    return execution.getStepExecutions().stream()
        .sorted(Comparator.comparing(StepExecution::getStartTime, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(StepExecution::getId))
        .map(StageTime::of)
        .toList();
  }

  private static StageTime of(StepExecution step) {
    return new StageTime(step.getStepName(), step.getStatus().name(),
        seconds(step.getStartTime(), step.getEndTime()), step.getReadCount(), step.getWriteCount(),
        step.getSkipCount());
  }

  private static double seconds(LocalDateTime start, LocalDateTime end) {
    return start == null || end == null ? 0 : Math.max(0, Duration.between(start, end).toNanos() / 1e9);
  }
}
