package cn.gongkai.job;

import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.classify.ClassifierChain;
import cn.gongkai.classify.Taxonomy;
import cn.gongkai.intake.FileInspector;
import cn.gongkai.intake.SourceCatalog;
import cn.gongkai.intake.SourceRow;
import cn.gongkai.application.RegisterReader;
import cn.gongkai.application.ResultVocabulary;
import cn.gongkai.load.RegisterStore;
import cn.gongkai.load.BulkDocumentWriter;
import cn.gongkai.load.ElasticsearchConnection;
import cn.gongkai.load.HeldBackFile;
import cn.gongkai.load.Indices;
import cn.gongkai.load.IngestedFiles;
import cn.gongkai.load.LoadedPublications;
import cn.gongkai.load.PublicationCategories;
import cn.gongkai.load.PublicationKeysBackfill;
import cn.gongkai.normalize.DateRange;
import cn.gongkai.normalize.NormalizedRow;
import cn.gongkai.normalize.RowNormalizer;
import cn.gongkai.settings.GongkaiProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly ingest job: make sure the indices are there; decide what to do with each inbox file
 * (read, skip as re-delivered, reject as a whole, ignore); read, normalize, deduplicate, classify and
 * load the rows of the files to read, accounting for each; make the result searchable; list the
 * probable duplicates; classify what the run loaded with the model trained on every declared
 * publication; check that every row is accounted for; and only then register the files as
 * ingested. Every run, completed or not,
 * leaves its summary in its run directory.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

  static final String JOB_NAME = "ingestJob";
  static final String LOAD_STEP = "publicationLoadStep";
  static final String CLUSTER_KEY = "cluster";
  static final String INBOX_PARAMETER = "inbox";
  /** The index prefix a run writes under; not identifying, so it does not change which run is resumed. */
  static final String INDEX_PREFIX_PARAMETER = "index.prefix";

  private final GongkaiProperties properties;
  private final JobRepository jobRepository;
  private final PlatformTransactionManager transactionManager;
  private final Clock clock = Clock.systemUTC();

  IngestJobConfiguration(GongkaiProperties properties, JobRepository jobRepository,
      PlatformTransactionManager transactionManager) {
    this.properties = properties;
    this.jobRepository = jobRepository;
    this.transactionManager = transactionManager;
  }

  @Bean
  Job ingestJob(Step indexSetupStep, Step inboxScanStep, Step registerLoadStep, Step publicationLoadStep,
      Step indexRefreshStep,
      Step nearDuplicateStep, Step classificationStep, Step reconciliationStep, Step fileRegistrationStep,
      RunTaxonomy runTaxonomy) {
    return new JobBuilder(JOB_NAME, jobRepository)
        .start(indexSetupStep)
        .next(inboxScanStep)
        .next(registerLoadStep)
        .next(publicationLoadStep)
        .next(indexRefreshStep)
        .next(nearDuplicateStep)
        .next(classificationStep)
        .next(reconciliationStep)
        .next(fileRegistrationStep)
        .listener(runTaxonomy)
        .listener(new RunSummaryListener(runsDir(properties), jobRepository))
        .build();
  }

  @Bean
  Step indexSetupStep(Indices indices, ElasticsearchConnection connection) {
    PublicationKeysBackfill backfill = new PublicationKeysBackfill(connection, indices);
    return taskletStep("indexSetupStep", (contribution, chunk) -> {
      // the version the run wrote to, named in its summary: an office may run several clusters
      contribution.getStepExecution().getJobExecution().getExecutionContext()
          .putString(CLUSTER_KEY, "Elasticsearch " + connection.clusterVersion() + " at " + connection.url());
      indices.ensure();
      backfill.run();
      return RepeatStatus.FINISHED;
    });
  }

  @Bean
  Step inboxScanStep(IngestedFiles registry, BulkDocumentWriter bulkWriter, Indices indices) {
    return taskletStep("inboxScanStep",
        new InboxScanTasklet(job -> inspector(), registry, rejectRecorders(bulkWriter, indices)));
  }

  @Bean
  Step registerLoadStep(RegisterStore store, BulkDocumentWriter bulkWriter, Indices indices) {
    RegisterReader reader = new RegisterReader(new ResultVocabulary(properties.applications().resultSynonyms()),
        dateRange());
    return taskletStep("registerLoadStep", new RegisterLoadTasklet(store, reader, rejectRecorders(bulkWriter, indices),
        clock));
  }

  @Bean
  Step publicationLoadStep(InboxRowReader inboxRowReader, RunGrouping runGrouping,
      PublicationItemWriter publicationItemWriter, RunLedger runLedger, Indices indices) {
    LoadStepRows rows = new LoadStepRows(inboxRowReader, runGrouping);
    return new StepBuilder(LOAD_STEP, jobRepository)
        .<SourceRow, NormalizedRow>chunk(properties.ingest().chunkSize())
        .transactionManager(transactionManager)
        .reader(rows)
        .processor(rows)
        .writer(publicationItemWriter)
        .faultTolerant()
        .skipPolicy(new RejectedRowSkipPolicy())
        .skipListener(runLedger)
        .listener(runLedger)
        .listener(new BulkLoadListener(indices.publications()))
        .listener(LoadProgress.forThisProcess(inboxRowReader::position, inboxRowReader::fileName,
            runLedger::rowsRead))
        .stream(runLedger)
        .build();
  }

  /** The one range every date of a row is held to, read on the run's clock (gongkai.intake.dates). */
  private DateRange dateRange() {
    return dateRange(clock);
  }

  private DateRange dateRange(Clock on) {
    GongkaiProperties.Dates dates = properties.intake().dates();
    return new DateRange(dates.earliestYear(), dates.latestYearsAhead(), on);
  }

  @Bean
  Step indexRefreshStep(Indices indices) {
    return taskletStep("indexRefreshStep", once(indices::refresh));
  }

  @Bean
  Step nearDuplicateStep(ElasticsearchConnection connection, Indices indices, LoadedPublications publications,
      BulkDocumentWriter writer, RunWrites runWrites) {
    return taskletStep("nearDuplicateStep", new NearDuplicateTasklet(connection, indices, publications, writer,
        properties.nearDuplicates(), runsDir(properties), clock, runWrites, this::heldBackFile));
  }

  @Bean
  Step classificationStep(ClassificationSettings classification, PublicationCategories categories,
      LoadedPublications publications, Indices indices, RunWrites runWrites) {
    return taskletStep("classificationStep", new ClassificationTasklet(classification, categories,
        new ClassificationTasklet.Training(runWrites, publications, indices.publications(),
            properties.modelDir(), properties.nearDuplicates().merge(), this::heldBackFile)));
  }

  @Bean
  Step reconciliationStep() {
    return taskletStep("reconciliationStep", new ReconciliationTasklet(runsDir(properties)));
  }

  @Bean
  Step fileRegistrationStep(IngestedFiles registry) {
    return taskletStep("fileRegistrationStep", new FileRegistrationTasklet(registry, clock));
  }

  @Bean
  @StepScope
  RunLedger runLedger(BulkDocumentWriter bulkWriter, Indices indices) {
    return new RunLedger(rejectRecorders(bulkWriter, indices));
  }

  @Bean
  @StepScope
  InboxRowReader inboxRowReader(@Value("#{jobParameters['" + INBOX_PARAMETER + "']}") String inbox,
      @Value("#{stepExecution.jobExecution}") JobExecution job, RunLedger runLedger, RunGrouping runGrouping) {
    List<InboxEntry> toRead = InboxEntries.publicationLists(InboxEntries.of(job));
    return new InboxRowReader(Path.of(inbox), toRead, StepTargets.of(runLedger), StepTargets.of(runGrouping));
  }

  /**
   * The load's first pass, for both passes of one step execution: the normalizer's clock stops when
   * it is made, so both passes accept the same rows.
   */
  @Bean
  @StepScope
  RunGrouping runGrouping(@Value("#{jobParameters['" + INBOX_PARAMETER + "']}") String inbox,
      @Value("#{stepExecution.jobExecution}") JobExecution job, LoadedPublications publications) {
    List<InboxEntry> toRead = InboxEntries.publicationLists(InboxEntries.of(job));
    RowNormalizer normalizer = new RowNormalizer(dateRange(Clock.fixed(clock.instant(), clock.getZone())));
    return new RunGrouping(Path.of(inbox), toRead, normalizer, publications, job.getJobInstance().getInstanceId());
  }

  @Bean
  @StepScope
  PublicationItemWriter publicationItemWriter(LoadedPublications publications, RunLedger runLedger,
      RunGrouping runGrouping, RunWrites runWrites,
      @Value("#{stepExecution.jobExecution}") JobExecution job,
      @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long run) {
    // without the model, which needs every declared publication: the classification step completes it
    Taxonomy taxonomy = RunTaxonomy.of(job).taxonomy();
    ClassifierChain chain = ClassifierChain.withoutModel(taxonomy);
    // merged near-duplicates change the index behind the load: then nothing is held back from it
    Path heldBack = properties.nearDuplicates().merge() ? null : heldBackFile(job);
    return new PublicationItemWriter(publications, StepTargets.of(runGrouping), chain, StepTargets.of(runLedger), run, clock,
        runWrites, taxonomy, job.getId(), heldBack);
  }



  /** Where a run's load holds back what the model is to place (see {@link HeldBackFile}). */
  private Path heldBackFile(JobExecution job) {
    return RunDirectory.of(runsDir(properties), job).resolve(HeldBackFile.NAME);
  }

  /** Between a load and its near-duplicate and classification steps, in one process. */
  @Bean
  RunWrites runWrites() {
    return new RunWrites();
  }

  /** Reads config/sources afresh for every run, so an edited source applies to the next run. */
  private FileInspector inspector() {
    return new FileInspector(SourceCatalog.load(properties.sourcesDir(), properties.organization()),
        properties.organization());
  }

  private Function<JobExecution, RejectRecorder> rejectRecorders(BulkDocumentWriter bulkWriter, Indices indices) {
    return job -> new RejectRecorder(RunDirectory.of(runsDir(properties), job), job.getJobInstance().getInstanceId(),
        bulkWriter, indices, clock);
  }

  /** A tasklet that does one thing, once. */
  private static Tasklet once(IndexAction action) {
    return (contribution, context) -> {
      action.run();
      return RepeatStatus.FINISHED;
    };
  }

  @FunctionalInterface
  private interface IndexAction {
    void run() throws java.io.IOException;
  }

  private Step taskletStep(String name, Tasklet tasklet) {
    return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).build();
  }

  static Path runsDir(GongkaiProperties properties) {
    return properties.dataDir().resolve("runs");
  }
}
