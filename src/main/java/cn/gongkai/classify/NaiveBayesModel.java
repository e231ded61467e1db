package cn.gongkai.classify;

import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.cursors.LongObjectCursor;
import java.util.List;
import java.util.Optional;

/**
 * Multinomial naive Bayes over {@link TitleFeatures}: the category whose titles most often hold the
 * features of a title, weighed by how common the category is. Its confidence is the posterior
 * probability of that category; features never seen in training are ignored.
 */
public final class NaiveBayesModel {

  private final List<String> categories;
  private final double[] logPriors;
  private final LongObjectHashMap<double[]> logLikelihoods;

  NaiveBayesModel(List<String> categories, int[] titles, long[] featureTotals, LongObjectHashMap<int[]> featureCounts,
      double smoothing) {
    if (!(smoothing > 0)) {
      throw new IllegalArgumentException("smoothing must be above 0, was " + smoothing);
    }
    this.categories = categories;
    int n = categories.size();
    long examples = 0;
    for (int count : titles) {
      examples += count;
    }
    logPriors = new double[n];
    for (int c = 0; c < n; c++) {
      logPriors[c] = Math.log((titles[c] + 1.0) / (examples + n));
    }
    int vocabulary = featureCounts.size();
    logLikelihoods = new LongObjectHashMap<>(featureCounts.size());
    for (LongObjectCursor<int[]> feature : featureCounts) {
      double[] logs = new double[n];
      int[] counts = feature.value;
      for (int c = 0; c < n; c++) {
        int count = c < counts.length ? counts[c] : 0;
        logs[c] = Math.log((count + smoothing) / (featureTotals[c] + smoothing * vocabulary));
      }
      logLikelihoods.put(feature.key, logs);
    }
  }

  /** The categories it can predict: those it saw at least one title of. */
  public List<String> categories() {
    return categories;
  }

  /**
   * The most probable category of {@code title}. Empty when the model knows fewer than two
   * categories, or none of the title's bigrams: its guess would then be only the most common
   * category, with the confidence of the categories' shares, however unlike them the title is.
   */
  public Optional<Prediction> predict(String title) {
    int n = categories.size();
    if (n < 2) {
      return Optional.empty();
    }
    double[] scores = logPriors.clone();
    int knownBigrams = 0;
    for (long feature : TitleFeatures.of(title)) {
      double[] logs = logLikelihoods.get(feature);
      if (logs != null) {
        knownBigrams += TitleFeatures.isBigram(feature) ? 1 : 0;
        for (int c = 0; c < n; c++) {
          scores[c] += logs[c];
        }
      }
    }
    if (knownBigrams == 0) {
      return Optional.empty();
    }
    int best = 0;
    for (int c = 1; c < n; c++) {
      if (scores[c] > scores[best]) {
        best = c;
      }
    }
    double sum = 0;
    for (int c = 0; c < n; c++) {
      sum += Math.exp(scores[c] - scores[best]); // relative to the best, so exp never overflows
    }
    return Optional.of(new Prediction(categories.get(best), 1 / sum));
  }
}
