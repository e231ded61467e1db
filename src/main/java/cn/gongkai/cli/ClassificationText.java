package cn.gongkai.cli;

import cn.gongkai.job.ClassificationTally;
import cn.gongkai.job.ReclassifySummary;

/** How publications got their categories, as the ingest and reclassify summaries print it. */
final class ClassificationText {

  private ClassificationText() {}

  /** One line: how many publications each stage of the chain classified. */
  static String line(ClassificationTally tally) {
    return "Classified " + tally.publications() + " publications: " + tally.declared() + " declared, "
        + tally.byRule() + " by rules, " + tally.byModel() + " by the model (trained on " + tally.trainingTitles()
        + " declared titles), " + tally.byDefault() + " to the default category.\n";
  }

  static String render(ReclassifySummary summary) {
    ClassificationTally tally = summary.classification();
    StringBuilder out = new StringBuilder()
        .append("Reclassification ").append(summary.executionId()).append(": ").append(summary.status()).append('\n')
        .append("Taxonomy: ").append(summary.taxonomy()).append('\n')
        .append(line(tally))
        .append(tally.changed()).append(" publications changed category, basis or confidence");
    if (tally.moves().isEmpty()) {
      out.append("; none changed category.\n");
    } else {
      TextTable moves = new TextTable().row("category change", "publications").rule();
      tally.moves().forEach((move, count) -> moves.row(move, count));
      out.append(":\n").append(moves.render());
    }
    summary.failures().forEach(failure -> out.append("FAILED: ").append(failure).append('\n'));
    return out.toString();
  }
}
