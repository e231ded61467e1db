package cn.gongkai.cli;

import cn.gongkai.classify.BasisTally;
import cn.gongkai.classify.CategoryScore;
import cn.gongkai.classify.EvaluationReport;
import cn.gongkai.classify.Misclassification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What classify-eval prints: every figure of the cross-validation, as one JSON object or as {@link
 * EvaluationText} renders it.
 *
 * @param categories one score per category, in the taxonomy's order (the order of the confusion matrix)
 * @param confusion the right category to the category given to how many titles
 */
record EvaluationSummary(String labelled, String taxonomy, int titles, int folds, double threshold, double accuracy,
    double macroF1, List<Score> categories, Map<String, Stage> byStage, Map<String, Map<String, Integer>> confusion,
    List<Misclassification> misclassified, List<String> skipped) {

  record Score(String category, int titles, int predicted, int right, double precision, double recall, double f1) {}

  record Stage(int decided, int right, double accuracy) {}

  static EvaluationSummary of(String labelled, String taxonomy, EvaluationReport report) {
    List<Score> scores = report.scores().stream().map(EvaluationSummary::score).toList();
    Map<String, Stage> stages = new LinkedHashMap<>();
    for (String stage : List.of("rule", "model", "default")) {
      BasisTally tally = report.byStage().getOrDefault(stage, BasisTally.NONE);
      stages.put(stage, new Stage(tally.decided(), tally.correct(), tally.accuracy()));
    }
    return new EvaluationSummary(labelled, taxonomy, report.titles(), report.folds(), report.threshold(),
        report.accuracy(), report.macroF1(), scores, stages, report.confusion(), report.misclassified(),
        report.skipped());
  }

  private static Score score(CategoryScore score) {
    return new Score(score.category(), score.support(), score.predicted(), score.correct(), score.precision(),
        score.recall(), score.f1());
  }
}
