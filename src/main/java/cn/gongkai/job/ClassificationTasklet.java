package cn.gongkai.job;

import cn.gongkai.classify.Classification;
import cn.gongkai.classify.ClassificationBasis;
import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.classify.ClassifierChain;
import cn.gongkai.classify.NaiveBayesTrainer;
import cn.gongkai.classify.PublicationText;
import cn.gongkai.classify.Taxonomy;
import cn.gongkai.load.ClassifiedPublication;
import cn.gongkai.load.PublicationCategories;
import cn.gongkai.load.PublicationScan;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Classifies publications with the whole chain of SPEC section 6: trains the model on every
 * publication whose declared category the taxonomy knows, then gives each publication in scope its
 * category, updating only those whose category, basis or confidence changes. The nightly run's
 * scope is what it loaded or changed (what it wrote was classified without the model, which needs
 * every declared publication first) and what the model decided or left to the default before (a
 * model of more declared publications may place them otherwise); {@code reclassify}'s is every
 * publication, after a taxonomy change. Running it again gives the same result, so a failed run restarts it safely.
 */
final class ClassificationTasklet implements Tasklet {

  static final String TALLY_KEY = "classification";
  private static final Logger log = LoggerFactory.getLogger(ClassificationTasklet.class);

  /** Which publications to classify. */
  enum Scope { RUN, ALL }

  private final ClassificationSettings settings;
  private final PublicationCategories categories;
  private final Scope scope;

  ClassificationTasklet(ClassificationSettings settings, PublicationCategories categories, Scope scope) {
    this.settings = settings;
    this.categories = categories;
    this.scope = scope;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
    JobExecution job = contribution.getStepExecution().getJobExecution();
    Taxonomy taxonomy = settings.loadTaxonomy();
    NaiveBayesTrainer trainer = train(taxonomy);
    ClassifierChain chain = new ClassifierChain(taxonomy,
        trainer.examples() == 0 ? null : trainer.train(settings.model().smoothing()), settings.model().threshold());
    Counter counter = new Counter(trainer.examples());
    try (PublicationScan<ClassifiedPublication> scan = scope == Scope.ALL
        ? categories.all() : categories.toClassifyAfter(job.getJobInstance().getInstanceId())) {
      for (List<ClassifiedPublication> page = scan.next(); !page.isEmpty(); page = scan.next()) {
        categories.update(changes(chain, page, counter));
      }
    }
    categories.refresh();
    ClassificationTally tally = counter.tally();
    log.info("classified {} publications ({} changed) with the taxonomy {}; model trained on {} declared titles",
        tally.publications(), tally.changed(), settings.taxonomyFile(), tally.trainingTitles());
    job.getExecutionContext().put(TALLY_KEY, tally);
    return RepeatStatus.FINISHED;
  }

  /** The model learns from every declared category the taxonomy knows; the others it cannot learn from. */
  private NaiveBayesTrainer train(Taxonomy taxonomy) throws IOException {
    NaiveBayesTrainer trainer = new NaiveBayesTrainer();
    try (PublicationScan<PublicationText> declared = categories.declared()) {
      for (List<PublicationText> page = declared.next(); !page.isEmpty(); page = declared.next()) {
        for (PublicationText text : page) {
          Optional<String> category = taxonomy.categoryOf(text.declaredCategory());
          category.ifPresent(name -> trainer.add(text.title(), name));
        }
      }
    }
    return trainer;
  }

  private static Map<ClassifiedPublication, Classification> changes(ClassifierChain chain,
      List<ClassifiedPublication> page, Counter counter) {
    Map<ClassifiedPublication, Classification> changes = new LinkedHashMap<>();
    for (ClassifiedPublication publication : page) {
      Classification classification = chain.classify(publication.text());
      counter.count(classification.basis());
      if (!publication.has(classification)) {
        changes.put(publication, classification);
        counter.moved(publication.category(), classification.category());
      }
    }
    return changes;
  }

  /** The counts of a classification pass, as it goes. */
  private static final class Counter {
    private final long trainingTitles;
    private final Map<String, Long> byBasis = new HashMap<>();
    private final Map<String, Long> moves = new HashMap<>();
    private long publications;
    private long changed;

    Counter(long trainingTitles) {
      this.trainingTitles = trainingTitles;
    }

    void count(ClassificationBasis basis) {
      publications++;
      byBasis.merge(basis.stage(), 1L, Long::sum);
    }

    void moved(String from, String to) {
      changed++;
      if (!to.equals(from)) {
        moves.merge((from == null ? "无" : from) + " → " + to, 1L, Long::sum);
      }
    }

    ClassificationTally tally() {
      return new ClassificationTally(publications, get("declared"), get("rule"), get("model"), get("default"),
          trainingTitles, changed, moves);
    }

    private long get(String stage) {
      return byBasis.getOrDefault(stage, 0L);
    }
  }
}
