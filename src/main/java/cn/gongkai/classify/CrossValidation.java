package cn.gongkai.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * k-fold cross-validation of the chain on labelled titles: each fold in turn has its categories
 * hidden and is classified by the rules and by a model trained on the other folds, as if their
 * categories had been declared. Folds are stratified (each holds its share of every category) and
 * drawn from a fixed seed, so two evaluations of one file agree.
 */
public final class CrossValidation {

  private final Taxonomy taxonomy;
  private final ModelSettings model;
  private final int folds;
  private final long seed;

  public CrossValidation(Taxonomy taxonomy, ModelSettings model, int folds, long seed) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, was " + folds);
    }
    this.taxonomy = taxonomy;
    this.model = model;
    this.folds = folds;
    this.seed = seed;
  }

  /**
   * @param titles labelled with categories of the taxonomy
   * @param skipped rows the caller left out, each "line N: why", reported as they are
   */
  public EvaluationReport evaluate(List<LabelledTitle> titles, List<String> skipped) {
    List<List<LabelledTitle>> partition = partition(titles);
    Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    taxonomy.categoryNames().forEach(category -> confusion.put(category, new HashMap<>()));
    Map<String, BasisTally> byStage = new HashMap<>();
    List<Misclassification> misclassified = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      ClassifierChain chain = new ClassifierChain(taxonomy, trainedWithout(partition, fold), model.threshold());
      for (LabelledTitle title : partition.get(fold)) {
        Classification classification = chain.classify(title.text());
        confusion.get(title.category()).merge(classification.category(), 1, Integer::sum);
        String stage = classification.basis().stage();
        boolean right = classification.category().equals(title.category());
        byStage.put(stage, byStage.getOrDefault(stage, BasisTally.NONE).plus(right));
        if (!right) {
          misclassified.add(new Misclassification(title.line(), title.text().title(), title.category(),
              classification.category(), classification.basis().label()));
        }
      }
    }
    return new EvaluationReport(folds, model.threshold(), taxonomy.categoryNames(), confusion, byStage,
        misclassified, skipped);
  }

  private NaiveBayesModel trainedWithout(List<List<LabelledTitle>> partition, int heldOut) {
    NaiveBayesTrainer trainer = new NaiveBayesTrainer();
    for (int fold = 0; fold < partition.size(); fold++) {
      if (fold != heldOut) {
        partition.get(fold).forEach(title -> trainer.add(title.text().title(), title.category()));
      }
    }
    return trainer.train(model.smoothing());
  }

  /** The titles dealt into folds category by category, after a seeded shuffle. */
  private List<List<LabelledTitle>> partition(List<LabelledTitle> titles) {
    Map<String, List<LabelledTitle>> byCategory = new LinkedHashMap<>();
    for (LabelledTitle title : titles) {
      if (!taxonomy.isCategory(title.category())) {
        throw new IllegalArgumentException("line " + title.line() + ": " + title.category() + " is not a category");
      }
      byCategory.computeIfAbsent(title.category(), c -> new ArrayList<>()).add(title);
    }
    List<List<LabelledTitle>> partition = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      partition.add(new ArrayList<>());
    }
    Random random = new Random(seed);
    int next = 0;
    for (List<LabelledTitle> category : byCategory.values()) {
      Collections.shuffle(category, random);
      for (LabelledTitle title : category) {
        partition.get(next++ % folds).add(title);
      }
    }
    return partition;
  }
}
