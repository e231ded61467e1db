package cn.gongkai.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What cross-validation found: the confusion matrix of the chain over every labelled title, and
 * from it accuracy, macro-F1 and the scores of each category, and each stage's share of the decisions.
 *
 * @param categories the taxonomy's categories, in its order: the rows and columns of the matrix
 * @param confusion true category to predicted category to count; every category present as a key
 * @param byStage rule, model and default to what that stage decided
 * @param misclassified every title given a category other than its own, in file order
 * @param skipped rows of the labelled file left out, each "line N: why"
 */
public record EvaluationReport(int folds, double threshold, List<String> categories,
    Map<String, Map<String, Integer>> confusion, Map<String, BasisTally> byStage,
    List<Misclassification> misclassified, List<String> skipped) {

  public EvaluationReport {
    categories = List.copyOf(categories);
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    confusion.forEach((truth, row) -> copy.put(truth, Map.copyOf(row)));
    confusion = copy;
    byStage = Map.copyOf(byStage);
    misclassified = misclassified.stream().sorted(Comparator.comparingLong(Misclassification::line)).toList();
    skipped = List.copyOf(skipped);
  }

  /** How many titles were evaluated. */
  public int titles() {
    return confusion.values().stream().flatMap(row -> row.values().stream()).mapToInt(Integer::intValue).sum();
  }

  public double accuracy() {
    int titles = titles();
    int correct = categories.stream().mapToInt(c -> count(c, c)).sum();
    return titles == 0 ? 0 : (double) correct / titles;
  }

  /** The mean F1 of the categories that occur (as truth or as prediction): rare categories weigh as much as common ones. */
  public double macroF1() {
    List<CategoryScore> occurring = scores().stream().filter(s -> s.support() + s.predicted() > 0).toList();
    return occurring.isEmpty() ? 0 : occurring.stream().mapToDouble(CategoryScore::f1).average().orElse(0);
  }

  /** One score per category, in the taxonomy's order. */
  public List<CategoryScore> scores() {
    List<CategoryScore> scores = new ArrayList<>();
    for (String category : categories) {
      int support = categories.stream().mapToInt(p -> count(category, p)).sum();
      int predicted = categories.stream().mapToInt(t -> count(t, category)).sum();
      scores.add(new CategoryScore(category, support, predicted, count(category, category)));
    }
    return scores;
  }

  /** How many titles of {@code truth} the chain put in {@code predicted}. */
  public int count(String truth, String predicted) {
    return confusion.getOrDefault(truth, Map.of()).getOrDefault(predicted, 0);
  }
}
