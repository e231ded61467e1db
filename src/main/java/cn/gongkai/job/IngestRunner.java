package cn.gongkai.job;

import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.settings.GongkaiProperties;
import java.nio.file.Path;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Runs the ingest job over an inbox, synchronously, and returns its summary. */
@Component
public class IngestRunner {

  private final JobOperator jobOperator;
  private final Job ingestJob;
  private final Path runsDir;
  private final ClassificationSettings classification;

  IngestRunner(JobOperator jobOperator, @Qualifier(IngestJobConfiguration.JOB_NAME) Job ingestJob,
      GongkaiProperties properties, ClassificationSettings classification) {
    this.jobOperator = jobOperator;
    this.ingestJob = ingestJob;
    this.runsDir = IngestJobConfiguration.runsDir(properties);
    this.classification = classification;
  }

  /** @throws cn.gongkai.classify.TaxonomyException before anything runs, when the taxonomy has problems */
  public RunSummary run(Path inbox) throws Exception {
    classification.loadTaxonomy();
    JobParameters parameters = new JobParametersBuilder()
        .addString(IngestJobConfiguration.INBOX_PARAMETER, inbox.toAbsolutePath().normalize().toString())
        .addLong("run.time", System.currentTimeMillis())
        .toJobParameters();
    JobExecution execution = jobOperator.start(ingestJob, parameters);
    return RunSummaries.of(execution, runsDir);
  }
}
