package cn.gongkai.job;

import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.classify.TaxonomyException;
import cn.gongkai.classify.TaxonomySnapshot;
import cn.gongkai.settings.GongkaiProperties;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Runs the ingest job over an inbox, synchronously, one run at a time per data directory, and
 * returns its summary. When the inbox's last run did not finish (Elasticsearch went away, the
 * machine was killed), this run resumes it through Spring Batch's restart: the completed steps are
 * not redone and the load goes on after the last committed chunk.
 */
@Component
public class IngestRunner {

  private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);

  private final JobOperator jobOperator;
  private final Job ingestJob;
  private final JobRepository jobRepository;
  private final UnfinishedRuns unfinishedRuns;
  private final Path dataDir;
  private final Path runsDir;
  private final ClassificationSettings classification;
  private final RunTaxonomy runTaxonomy;
  private final String indexPrefix;

  IngestRunner(JobOperator jobOperator, JobRepository jobRepository, RunHistory history,
      @Qualifier(IngestJobConfiguration.JOB_NAME) Job ingestJob, GongkaiProperties properties,
      ClassificationSettings classification, RunTaxonomy runTaxonomy) {
    this.runTaxonomy = runTaxonomy;
    this.jobOperator = jobOperator;
    this.ingestJob = ingestJob;
    this.jobRepository = jobRepository;
    this.unfinishedRuns = new UnfinishedRuns(history);
    this.dataDir = properties.dataDir();
    this.runsDir = IngestJobConfiguration.runsDir(properties);
    this.classification = classification;
    this.indexPrefix = properties.elasticsearch().indexPrefix();
  }

  /**
   * @throws cn.gongkai.classify.TaxonomyException before anything runs, when a run to start afresh
   *     finds the taxonomy has problems (a run resumed classifies with the taxonomy of its start)
   * @throws RunInProgressException when another command writes to the same data directory
   */
  public RunSummary run(Path inbox) throws Exception {
    Path absoluteInbox = inbox.toAbsolutePath().normalize();
    try (RunLock lock = RunLock.acquire(dataDir, "ingest of " + absoluteInbox)) {
      Optional<JobExecution> unfinished = unfinishedRuns.latest(absoluteInbox.toString());
      JobExecution execution = unfinished.isPresent() ? resumeOrAbandon(unfinished.get(), absoluteInbox)
          : start(absoluteInbox);
      return RunSummaries.of(execution, runsDir);
    }
  }

  /**
   * Asks the run going in this process to stop at its next chunk boundary (when the process is
   * being shut down): it ends STOPPED, with everything committed so far kept, and the next run
   * resumes it. The caller must hold no other process's run: the run lock guarantees that.
   */
  public void requestStop() {
    for (JobExecution running : jobRepository.findRunningJobExecutions(IngestJobConfiguration.JOB_NAME)) {
      try {
        jobOperator.stop(running);
        log.info("asked ingest run {} to stop after its current chunk; the next run resumes it", running.getId());
      } catch (Exception e) {
        log.warn("could not ask ingest run {} to stop: {}", running.getId(), e.getMessage());
      }
    }
  }

  private JobExecution resumeOrAbandon(JobExecution unfinished, Path inbox) throws Exception {
    if (unfinished.getStatus().isRunning()) {
      // We hold the run lock, so no process is running it: the one that was died without recording its end.
      log.warn("ingest run {} was left {} by a process that stopped; marking it failed to resume it",
          unfinished.getId(), unfinished.getStatus());
      unfinished = jobOperator.recover(unfinished);
    }
    Optional<String> changed = UnfinishedRuns.otherIndices(unfinished, indexPrefix);
    if (changed.isEmpty()) {
      changed = UnfinishedRuns.changedFiles(unfinished, inbox);
    }
    if (changed.isPresent()) {
      log.warn("ingest run {} did not finish, but {}: abandoning it and reading the inbox afresh (what it loaded "
          + "is there already and merges)", unfinished.getId(), changed.get());
      jobOperator.abandon(unfinished);
      return start(inbox);
    }
    log.info("resuming ingest run {} ({}) over {}", unfinished.getId(), unfinished.getStatus(), inbox);
    warnIfTheTaxonomyChangedSince(unfinished);
    return jobOperator.restart(unfinished);
  }

  private void warnIfTheTaxonomyChangedSince(JobExecution unfinished) {
    String started = RunTaxonomy.sha256(unfinished);
    String now;
    try {
      now = TaxonomySnapshot.sha256Of(classification.taxonomyFile());
    } catch (TaxonomyException e) {
      now = "none (" + e.getMessage() + ")";
    }
    if (started != null && !started.equals(now)) {
      log.warn("the taxonomy {} changed since ingest run {} started: it resumes with the taxonomy of its start "
          + "(sha256 {}), so one run classifies with one taxonomy; run reclassify once it completed to apply the "
          + "edit (sha256 {})", classification.taxonomyFile(), unfinished.getId(), started, now);
    }
  }

  /** A run afresh, with the taxonomy as the file says now, read once for the whole run. */
  private JobExecution start(Path inbox) throws Exception {
    TaxonomySnapshot taxonomy = TaxonomySnapshot.read(classification.taxonomyFile());
    JobParameters parameters = new JobParametersBuilder()
        .addString(IngestJobConfiguration.INBOX_PARAMETER, inbox.toString())
        .addLong("run.time", System.currentTimeMillis())
        .addString(IngestJobConfiguration.INDEX_PREFIX_PARAMETER, indexPrefix, false)
        .toJobParameters();
    return runTaxonomy.start(taxonomy, () -> jobOperator.start(ingestJob, parameters));
  }
}
