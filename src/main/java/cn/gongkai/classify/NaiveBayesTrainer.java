package cn.gongkai.classify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the features of labelled titles, category by category, for a multinomial naive Bayes
 * model. Adding is cheap, so training over every declared publication streams through once.
 */
public final class NaiveBayesTrainer {

  private final Map<String, Integer> categoryIndex = new LinkedHashMap<>();
  private final Map<String, int[]> featureCounts = new HashMap<>();
  private int[] titles = new int[0];
  private long[] featureTotals = new long[0];

  /** Learns that {@code title} belongs to {@code category}. */
  public void add(String title, String category) {
    int index = categoryIndex.computeIfAbsent(category, name -> grow());
    titles[index]++;
    for (String feature : TitleFeatures.of(title)) {
      int[] counts = featureCounts.computeIfAbsent(feature, f -> new int[titles.length]);
      if (counts.length < titles.length) {
        counts = Arrays.copyOf(counts, titles.length);
        featureCounts.put(feature, counts);
      }
      counts[index]++;
      featureTotals[index]++;
    }
  }

  /** How many titles it has learnt from. */
  public int examples() {
    int examples = 0;
    for (int count : titles) {
      examples += count;
    }
    return examples;
  }

  /**
   * The model of what was added so far.
   *
   * @param smoothing the additive (Lidstone) smoothing of feature counts, above 0
   */
  public NaiveBayesModel train(double smoothing) {
    List<String> categories = List.copyOf(categoryIndex.keySet());
    return new NaiveBayesModel(categories, titles.clone(), featureTotals.clone(), featureCounts, smoothing);
  }

  private int grow() {
    int index = titles.length;
    titles = Arrays.copyOf(titles, index + 1);
    featureTotals = Arrays.copyOf(featureTotals, index + 1);
    return index;
  }
}
