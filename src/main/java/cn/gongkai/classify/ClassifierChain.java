package cn.gongkai.classify;

import java.util.Optional;

/**
 * The classification order of SPEC section 6: a declared category the taxonomy knows (by name or
 * synonym); else the first matching rule; else the statistical model, when it is at least {@code
 * threshold} sure; else the default category (其他).
 */
public final class ClassifierChain {

  private final Taxonomy taxonomy;
  private final NaiveBayesModel model;
  private final double threshold;

  /**
   * @param model trained on declared publications; {@code null} for none (then the model never decides)
   * @param threshold the least confidence at which the model decides (see {@link ModelSettings})
   */
  public ClassifierChain(Taxonomy taxonomy, NaiveBayesModel model, double threshold) {
    this.taxonomy = taxonomy;
    this.model = model;
    this.threshold = threshold;
  }

  /** The chain without a model: what can be decided before the model is trained. */
  public static ClassifierChain withoutModel(Taxonomy taxonomy) {
    return new ClassifierChain(taxonomy, null, 1);
  }

  public Classification classify(PublicationText text) {
    Optional<String> declared = taxonomy.categoryOf(text.declaredCategory());
    if (declared.isPresent()) {
      return new Classification(declared.get(), new ClassificationBasis.Declared());
    }
    Optional<CategoryRule> rule = taxonomy.firstMatchingRule(text);
    if (rule.isPresent()) {
      return new Classification(rule.get().category(), new ClassificationBasis.Rule(rule.get().id()));
    }
    return placeByModel(text);
  }

  /**
   * What the chain gives a publication for which this taxonomy knows no declared category and
   * matches no rule, as it found before: the model's category, or the default. Only the model can
   * place it otherwise, so the rules need not be matched again.
   */
  public Classification placeByModel(PublicationText text) {
    Optional<Prediction> prediction = model == null ? Optional.empty() : model.predict(text.title());
    if (prediction.isPresent() && prediction.get().confidence() >= threshold) {
      return new Classification(prediction.get().category(), new ClassificationBasis.Model(prediction.get().confidence()));
    }
    return new Classification(taxonomy.defaultCategory(), new ClassificationBasis.Default());
  }
}
