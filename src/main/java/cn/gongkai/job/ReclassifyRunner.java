package cn.gongkai.job;

import cn.gongkai.classify.ClassificationSettings;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Runs the re-classification job, synchronously, and returns its summary. */
@Component
public class ReclassifyRunner {

  private final JobOperator jobOperator;
  private final Job reclassifyJob;
  private final ClassificationSettings settings;

  ReclassifyRunner(JobOperator jobOperator, @Qualifier(ReclassifyJobConfiguration.JOB_NAME) Job reclassifyJob,
      ClassificationSettings settings) {
    this.jobOperator = jobOperator;
    this.reclassifyJob = reclassifyJob;
    this.settings = settings;
  }

  /** @throws cn.gongkai.classify.TaxonomyException before anything runs, when the taxonomy has problems */
  public ReclassifySummary run() throws Exception {
    settings.loadTaxonomy();
    JobExecution execution = jobOperator.start(reclassifyJob,
        new JobParametersBuilder().addLong("run.time", System.currentTimeMillis()).toJobParameters());
    return new ReclassifySummary(execution.getStatus().name(), execution.getId(), settings.taxonomyFile().toString(),
        RunSummaries.classification(execution), RunSummaries.failures(execution));
  }
}
