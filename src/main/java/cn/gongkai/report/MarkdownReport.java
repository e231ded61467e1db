package cn.gongkai.report;

import java.util.List;

/** The report as one Markdown document: a heading, then each table under its title. */
final class MarkdownReport {

  private MarkdownReport() {}

  static String render(String heading, List<ReportTable> tables) {
    StringBuilder out = new StringBuilder("# ").append(heading).append("\n");
    for (ReportTable table : tables) {
      out.append("\n## ").append(table.title()).append("\n\n");
      row(out, table.header());
      out.append("|").append(" --- |".repeat(table.header().size())).append('\n');
      table.rows().forEach(row -> row(out, row));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    // a | inside a cell would split it; Markdown escapes it with a backslash
    cells.forEach(cell -> out.append(' ').append(cell.replace("|", "\\|")).append(" |"));
    out.append('\n');
  }
}
