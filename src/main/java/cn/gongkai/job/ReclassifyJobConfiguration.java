package cn.gongkai.job;

import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.load.Indices;
import cn.gongkai.load.PublicationCategories;
import cn.gongkai.load.SavedPlacements;
import cn.gongkai.settings.GongkaiProperties;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The re-classification job: every loaded publication classified again with the taxonomy as its
 * file says now and a model trained afresh, without reading the exports again, so the figures
 * follow a changed taxonomy. Recorded in the job repository like the ingest.
 */
@Configuration(proxyBeanMethods = false)
class ReclassifyJobConfiguration {

  static final String JOB_NAME = "reclassifyJob";

  @Bean
  Job reclassifyJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, Indices indices,
      ClassificationSettings classification, PublicationCategories categories, RunTaxonomy runTaxonomy,
      GongkaiProperties properties) {
    Step indexUpgrade = new StepBuilder("reclassifyIndexSetupStep", jobRepository)
        .tasklet((contribution, context) -> {
          indices.ensure(); // an index loaded before categoryConfidence existed gets the field
          // what the ingest runs saved of the model's placements no longer holds once any category moves
          SavedPlacements.forget(SavedPlacements.file(properties.modelDir(), indices.publications().alias()));
          return RepeatStatus.FINISHED;
        }, transactionManager)
        .build();
    Step reclassification = new StepBuilder("reclassificationStep", jobRepository)
        .tasklet(new ClassificationTasklet(classification, categories, ClassificationTasklet.Scope.ALL),
            transactionManager)
        .build();
    return new JobBuilder(JOB_NAME, jobRepository).start(indexUpgrade).next(reclassification).listener(runTaxonomy)
        .build();
  }
}
