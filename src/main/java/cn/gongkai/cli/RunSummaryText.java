package cn.gongkai.cli;

import cn.gongkai.job.FileSummary;
import cn.gongkai.job.RunSummary;
import java.util.TreeMap;

/** The run summary as an operator reads it: one line per file, the totals, and why a run failed. */
final class RunSummaryText {

  private RunSummaryText() {}

  static String render(RunSummary summary) {
    TextTable table = new TextTable().row("file", "status", "read", "loaded", "merged", "rejected").rule();
    for (FileSummary file : summary.files()) {
      table.row(file.file(), file.status(), file.read(), file.loaded(), file.merged(), file.rejected());
    }
    table.rule().row("total (" + summary.files().size() + " files)", "", summary.totals().read(),
        summary.totals().loaded(), summary.totals().merged(), summary.totals().rejected());
    StringBuilder out = new StringBuilder()
        .append("Ingest run ").append(summary.executionId()).append(": ").append(summary.status())
        .append(summary.resumes() == null ? "" : " (resumed run " + summary.resumes() + ", which did not finish)")
        .append('\n')
        .append(table.render())
        .append("read = loaded + merged + rejected, per file. Outputs: ").append(summary.runDirectory()).append('\n');
    if (summary.cluster() != null) {
      out.append("Written to ").append(summary.cluster()).append('\n');
    }
    for (FileSummary file : summary.files()) {
      if (file.message() != null) {
        out.append("  ").append(file.file()).append(": ").append(file.message()).append('\n');
      }
    }
    if (summary.totals().rejected() > 0 || summary.files().stream().anyMatch(f -> "rejected".equals(f.status()))) {
      out.append("Rejected rows and files, with the reason and the fix: ").append(summary.runDirectory()).append("/rejects.csv\n");
    }
    if (summary.classification().publications() > 0) {
      out.append(ClassificationText.line(summary.classification()));
    }
    if (summary.taxonomySha256() != null) {
      out.append("Taxonomy: ").append(summary.taxonomy()).append(" (sha256 ").append(summary.taxonomySha256())
          .append(")\n");
    }
    if (summary.nearDuplicates() > 0) {
      out.append(summary.nearDuplicates()).append(" probable duplicates (same publisher, dates and titles close) listed for review: ")
          .append(summary.runDirectory()).append("/near-duplicates.csv\n");
    }
    if (summary.totals().unknownChannels() > 0) {
      out.append(summary.totals().unknownChannels()).append(" channel values were not in the vocabulary and were counted as 其他.\n");
    }
    if (!summary.personalData().isEmpty()) {
      out.append("Personal data masked before loading (去标识化: identity, mobile and bank card numbers): ")
          .append(String.join(", ", new TreeMap<>(summary.personalData()).entrySet().stream()
              .map(entry -> entry.getKey() + " " + entry.getValue()).toList()))
          .append(". Have them removed from the departments' exports.\n");
    }
    for (String failure : summary.failures()) {
      out.append("FAILED: ").append(failure).append('\n');
    }
    return out.toString();
  }
}
