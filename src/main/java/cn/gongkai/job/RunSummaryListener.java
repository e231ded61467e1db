package cn.gongkai.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every run's summary, completed or not, as summary.json into the run directory; notes, when
 * a run resumes one that did not finish, which execution that was.
 */
final class RunSummaryListener implements JobExecutionListener {

  static final String SUMMARY_FILE = "summary.json";
  static final String RESUMES_KEY = "run.resumes";
  private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);

  private final Path runsDir;
  private final JobRepository jobRepository;
  private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  RunSummaryListener(Path runsDir, JobRepository jobRepository) {
    this.runsDir = runsDir;
    this.jobRepository = jobRepository;
  }

  @Override
  public void beforeJob(JobExecution execution) {
    // a restart carries the execution context over: what it resumes is this execution's, not the last one's
    execution.getExecutionContext().remove(RESUMES_KEY);
    jobRepository.getJobExecutions(execution.getJobInstance()).stream()
        .mapToLong(JobExecution::getId)
        .filter(id -> id < execution.getId())
        .max()
        .ifPresent(previous -> execution.getExecutionContext().putLong(RESUMES_KEY, previous));
  }

  @Override
  public void afterJob(JobExecution execution) {
    RunSummary summary = RunSummaries.of(execution, runsDir);
    log.info("ingest run {} {}: {}", summary.executionId(), summary.status(), summary.totals());
    try {
      Path runDirectory = Path.of(summary.runDirectory());
      Files.createDirectories(runDirectory);
      Files.writeString(runDirectory.resolve(SUMMARY_FILE), json.writeValueAsString(summary));
    } catch (IOException e) {
      log.warn("could not write the run summary into {}: {}", summary.runDirectory(), e.getMessage());
    }
  }
}
