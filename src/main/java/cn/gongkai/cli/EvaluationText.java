package cn.gongkai.cli;

import cn.gongkai.classify.Misclassification;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** classify-eval's figures as a person reads them: the two headline figures, each category, each stage, the confusion matrix. */
final class EvaluationText {

  private static final int SKIPPED_SHOWN = 20;

  private EvaluationText() {}

  /** @param errors whether to list every misclassified title too */
  static String render(EvaluationSummary summary, boolean errors) {
    StringBuilder out = new StringBuilder()
        .append("Labelled titles: ").append(summary.labelled()).append('\n')
        .append("Taxonomy: ").append(summary.taxonomy()).append('\n')
        .append(summary.titles()).append(" titles, ").append(summary.folds())
        .append("-fold cross-validation, model threshold ").append(decimal(summary.threshold())).append('\n')
        .append("accuracy ").append(decimal(summary.accuracy())).append("   macro-F1 ")
        .append(decimal(summary.macroF1())).append("\n\n");
    TextTable scores = new TextTable().row("category", "titles", "predicted", "right", "precision", "recall", "F1").rule();
    for (EvaluationSummary.Score score : summary.categories()) {
      scores.row(score.category(), score.titles(), score.predicted(), score.right(), decimal(score.precision()),
          decimal(score.recall()), decimal(score.f1()));
    }
    out.append(scores.render()).append('\n');
    TextTable stages = new TextTable().row("decided by", "titles", "right", "accuracy").rule();
    summary.byStage().forEach((stage, tally) ->
        stages.row(stage, tally.decided(), tally.right(), decimal(tally.accuracy())));
    out.append(stages.render()).append('\n').append(confusion(summary));
    if (errors) {
      out.append(misclassified(summary.misclassified()));
    }
    return out.append(skipped(summary.skipped())).toString();
  }

  /** Rows are the right categories, columns the categories given, numbered in the same order. */
  private static String confusion(EvaluationSummary summary) {
    List<String> categories = summary.categories().stream().map(EvaluationSummary.Score::category).toList();
    Object[] header = new Object[categories.size() + 1];
    header[0] = "right \\ given";
    for (int c = 0; c < categories.size(); c++) {
      header[c + 1] = c + 1;
    }
    TextTable matrix = new TextTable().row(header).rule();
    for (int r = 0; r < categories.size(); r++) {
      Map<String, Integer> given = summary.confusion().getOrDefault(categories.get(r), Map.of());
      Object[] row = new Object[categories.size() + 1];
      row[0] = (r + 1) + " " + categories.get(r);
      for (int c = 0; c < categories.size(); c++) {
        int count = given.getOrDefault(categories.get(c), 0);
        row[c + 1] = count == 0 ? "." : count;
      }
      matrix.row(row);
    }
    return "Confusion matrix (rows: the right category; columns: the category given):\n" + matrix.render();
  }

  private static String misclassified(List<Misclassification> misclassified) {
    StringBuilder out = new StringBuilder().append('\n').append(misclassified.size())
        .append(" titles misclassified (line: right → given, by what; title):\n");
    misclassified.forEach(m -> out.append("  line ").append(m.line()).append(": ").append(m.right()).append(" → ")
        .append(m.given()).append(", ").append(m.basis()).append("; ").append(m.title()).append('\n'));
    return out.toString();
  }

  private static String skipped(List<String> skipped) {
    if (skipped.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder().append('\n').append(skipped.size()).append(" rows left out:\n");
    skipped.stream().limit(SKIPPED_SHOWN).forEach(row -> out.append("  ").append(row).append('\n'));
    if (skipped.size() > SKIPPED_SHOWN) {
      out.append("  … and ").append(skipped.size() - SKIPPED_SHOWN).append(" more (--format json lists them all)\n");
    }
    return out.toString();
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
