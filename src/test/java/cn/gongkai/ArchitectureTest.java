package cn.gongkai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The pipeline's stages are plain Java: only the job wiring knows Spring, and only {@code load} and
 * {@code aggregate} talk to Elasticsearch (GUIDE section 3, rules 4 and 7). The one exception is
 * {@code bench}, which is no stage: its raw baseline measures the cluster itself, beside the pipeline.
 */
@AnalyzeClasses(packages = "cn.gongkai", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] PURE_STAGES = {
      "cn.gongkai.publication..", "cn.gongkai.normalize..", "cn.gongkai.dedup..",
      "cn.gongkai.classify..", "cn.gongkai.intake..", "cn.gongkai.sample..", "cn.gongkai.privacy..",
      "cn.gongkai.application.."};

  @ArchTest
  static final ArchRule pureStagesDoNotDependOnSpring = noClasses()
      .that().resideInAnyPackage(PURE_STAGES)
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
      .because("stage packages get their own small settings records and must not see Boot or Batch");

  @ArchTest
  static final ArchRule pureStagesDoNotDependOnTheElasticsearchClient = noClasses()
      .that().resideInAnyPackage(PURE_STAGES)
      .should().dependOnClassesThat().resideInAnyPackage("co.elastic..")
      .because("only load/ and aggregate/ talk to the cluster");

  @ArchTest
  static final ArchRule onlyLoadAndAggregateUseTheElasticsearchClient = noClasses()
      .that().resideOutsideOfPackages("cn.gongkai.load..", "cn.gongkai.aggregate..", "cn.gongkai.bench..")
      .should().dependOnClassesThat().resideInAnyPackage("co.elastic..")
      .because("only load/ and aggregate/ talk to the cluster (and the bench, whose raw baseline sends plain "
          + "_bulk requests to compare the pipeline with)");
}
