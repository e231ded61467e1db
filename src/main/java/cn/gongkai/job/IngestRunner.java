package cn.gongkai.job;

import cn.gongkai.settings.GongkaiProperties;
import java.nio.file.Path;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Runs the ingest job over an inbox, synchronously, and returns its summary. */
@Component
public class IngestRunner {

  private final JobOperator jobOperator;
  private final Job ingestJob;
  private final Path runsDir;

  IngestRunner(JobOperator jobOperator, Job ingestJob, GongkaiProperties properties) {
    this.jobOperator = jobOperator;
    this.ingestJob = ingestJob;
    this.runsDir = IngestJobConfiguration.runsDir(properties);
  }

  public RunSummary run(Path inbox) throws Exception {
    JobParameters parameters = new JobParametersBuilder()
        .addString(IngestJobConfiguration.INBOX_PARAMETER, inbox.toAbsolutePath().normalize().toString())
        .addLong("run.time", System.currentTimeMillis())
        .toJobParameters();
    JobExecution execution = jobOperator.start(ingestJob, parameters);
    return RunSummaries.of(execution, runsDir);
  }
}
