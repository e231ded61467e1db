package cn.gongkai.job;

import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.classify.TaxonomySnapshot;
import cn.gongkai.settings.GongkaiProperties;
import java.nio.file.Path;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Runs the re-classification job, synchronously, holding the data directory's lock, and returns its summary. */
@Component
public class ReclassifyRunner {

  private final JobOperator jobOperator;
  private final Job reclassifyJob;
  private final ClassificationSettings settings;
  private final Path dataDir;
  private final RunTaxonomy runTaxonomy;

  ReclassifyRunner(JobOperator jobOperator, @Qualifier(ReclassifyJobConfiguration.JOB_NAME) Job reclassifyJob,
      ClassificationSettings settings, GongkaiProperties properties, RunTaxonomy runTaxonomy) {
    this.runTaxonomy = runTaxonomy;
    this.dataDir = properties.dataDir();
    this.jobOperator = jobOperator;
    this.reclassifyJob = reclassifyJob;
    this.settings = settings;
  }

  /**
   * @throws cn.gongkai.classify.TaxonomyException before anything runs, when the taxonomy has problems
   * @throws RunInProgressException when another command writes to the same data directory: its
   *     updates would be overwritten by an ingest, or lost at a rebuild's alias swap
   */
  public ReclassifySummary run() throws Exception {
    try (RunLock lock = RunLock.acquire(dataDir, "reclassify")) {
      TaxonomySnapshot taxonomy = TaxonomySnapshot.read(settings.taxonomyFile()); // read once, under the lock
      JobExecution execution = runTaxonomy.start(taxonomy, () -> jobOperator.start(reclassifyJob,
          new JobParametersBuilder().addLong("run.time", System.currentTimeMillis()).toJobParameters()));
      return new ReclassifySummary(execution.getStatus().name(), execution.getId(), settings.taxonomyFile().toString(),
          RunSummaries.classification(execution), RunSummaries.failures(execution));
    }
  }
}
