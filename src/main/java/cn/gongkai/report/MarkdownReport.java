package cn.gongkai.report;

import java.util.List;
import java.util.regex.Pattern;

/** The report as one Markdown document: a heading, then each table under its title. */
final class MarkdownReport {

  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

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
    cells.forEach(cell -> out.append(' ').append(escaped(cell)).append(" |"));
    out.append('\n');
  }

  /**
   * A | inside a cell would split it, and a line break (a quoted CSV title may hold one) would end
   * the table: Markdown escapes the first with a backslash, and a table cell shows the second as {@code <br>}.
   */
  private static String escaped(String cell) {
    return LINE_BREAK.matcher(cell.replace("|", "\\|")).replaceAll("<br>");
  }
}
