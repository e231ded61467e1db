package cn.gongkai.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks, after every run, that each file's rows are all accounted for (read = loaded + merged +
 * rejected) and fails the run when one is not: a figure built on a lost row is wrong. Writes the
 * run summary as summary.json into the run directory.
 */
final class ReconciliationListener implements JobExecutionListener {

  static final String SUMMARY_FILE = "summary.json";
  private static final Logger log = LoggerFactory.getLogger(ReconciliationListener.class);

  private final Path runsDir;
  private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  ReconciliationListener(Path runsDir) {
    this.runsDir = runsDir;
  }

  @Override
  public void afterJob(JobExecution execution) {
    RunSummary summary = RunSummaries.of(execution, runsDir);
    if (!summary.unreconciled().isEmpty() && execution.getStatus() == BatchStatus.COMPLETED) {
      String detail = "rows not accounted for (read != loaded + merged + rejected) in " + summary.unreconciled();
      log.error(detail);
      execution.setStatus(BatchStatus.FAILED);
      execution.setExitStatus(ExitStatus.FAILED.addExitDescription(detail));
      summary = RunSummaries.of(execution, runsDir);
    }
    write(summary);
  }

  private void write(RunSummary summary) {
    try {
      Path runDirectory = Path.of(summary.runDirectory());
      Files.createDirectories(runDirectory);
      Files.writeString(runDirectory.resolve(SUMMARY_FILE), json.writeValueAsString(summary));
    } catch (IOException e) {
      log.warn("could not write the run summary into {}: {}", summary.runDirectory(), e.getMessage());
    }
  }
}
