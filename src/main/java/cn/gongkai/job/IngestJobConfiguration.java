package cn.gongkai.job;

import cn.gongkai.classify.PublicationClassifier;
import cn.gongkai.intake.HeaderMapping;
import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.InboxScanner;
import cn.gongkai.intake.SourceDefaults;
import cn.gongkai.intake.SourceRow;
import cn.gongkai.load.PublicationIndex;
import cn.gongkai.load.PublicationIndexWriter;
import cn.gongkai.normalize.NormalizedRow;
import cn.gongkai.normalize.RowNormalizer;
import cn.gongkai.settings.GongkaiProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly ingest job: make sure the index is there, decide which inbox files to read, read,
 * normalize, classify and load their rows (accounting for each), then make the result searchable.
 * Its run summary is checked and written by the {@link ReconciliationListener}.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

  static final String JOB_NAME = "ingestJob";
  static final String LOAD_STEP = "publicationLoadStep";
  static final String INBOX_PARAMETER = "inbox";

  @Bean
  Job ingestJob(JobRepository jobRepository, Step indexSetupStep, Step inboxScanStep, Step publicationLoadStep,
      Step indexRefreshStep, GongkaiProperties properties) {
    return new JobBuilder(JOB_NAME, jobRepository)
        .start(indexSetupStep)
        .next(inboxScanStep)
        .next(publicationLoadStep)
        .next(indexRefreshStep)
        .listener(new ReconciliationListener(runsDir(properties)))
        .build();
  }

  @Bean
  Step indexSetupStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      PublicationIndex index) {
    return indexStep("indexSetupStep", index::ensure, jobRepository, transactionManager);
  }

  @Bean
  Step inboxScanStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
    return new StepBuilder("inboxScanStep", jobRepository)
        .tasklet(new InboxScanTasklet(new InboxScanner()), transactionManager)
        .build();
  }

  @Bean
  Step publicationLoadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      InboxRowReader inboxRowReader, PublicationItemWriter publicationItemWriter, RunLedger runLedger,
      GongkaiProperties properties) {
    RowNormalizer normalizer = new RowNormalizer();
    return new StepBuilder(LOAD_STEP, jobRepository)
        .<SourceRow, NormalizedRow>chunk(properties.ingest().chunkSize())
        .transactionManager(transactionManager)
        .reader(inboxRowReader)
        .processor(normalizer::normalize)
        .writer(publicationItemWriter)
        .faultTolerant()
        .skipPolicy(new RejectedRowSkipPolicy())
        .skipListener(runLedger)
        .listener(runLedger)
        .stream(runLedger)
        .build();
  }

  @Bean
  Step indexRefreshStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      PublicationIndex index) {
    return indexStep("indexRefreshStep", index::refresh, jobRepository, transactionManager);
  }

  /** A step that does one thing to the index, once. */
  private static Step indexStep(String name, IndexAction action, JobRepository jobRepository,
      PlatformTransactionManager transactionManager) {
    return new StepBuilder(name, jobRepository)
        .tasklet((contribution, context) -> {
          action.run();
          return RepeatStatus.FINISHED;
        }, transactionManager)
        .build();
  }

  @FunctionalInterface
  private interface IndexAction {
    void run() throws java.io.IOException;
  }

  @Bean
  @StepScope
  RunLedger runLedger(GongkaiProperties properties) {
    return new RunLedger(runsDir(properties));
  }

  @Bean
  @StepScope
  InboxRowReader inboxRowReader(
      @Value("#{jobParameters['" + INBOX_PARAMETER + "']}") String inbox,
      @Value("#{jobExecutionContext['" + InboxScanTasklet.FILES_KEY + "']}") List<String> fileNames,
      RunLedger runLedger, GongkaiProperties properties) {
    Path inboxDir = Path.of(inbox);
    List<InboxFile> files = fileNames.stream()
        .map(name -> new InboxFile(inboxDir.resolve(name), name, inboxDir.resolve(name).toFile().length()))
        .toList();
    return new InboxRowReader(files, file -> new SourceDefaults(properties.organization(), file.stem()),
        HeaderMapping.defaults(), runLedger);
  }

  @Bean
  @StepScope
  PublicationItemWriter publicationItemWriter(PublicationIndexWriter indexWriter, RunLedger runLedger) {
    return new PublicationItemWriter(new PublicationClassifier(), indexWriter, runLedger, Clock.systemUTC());
  }

  static Path runsDir(GongkaiProperties properties) {
    return properties.dataDir().resolve("runs");
  }
}
