package cn.gongkai.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal. Chinese characters take two columns on a terminal, so widths
 * are display widths, not string lengths. The first column is left-aligned, the others right-aligned.
 */
final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  private final List<Integer> separatorsBefore = new ArrayList<>();

  TextTable row(Object... cells) {
    String[] text = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      text[i] = String.valueOf(cells[i]);
    }
    rows.add(text);
    return this;
  }

  /** A rule under everything added so far. */
  TextTable rule() {
    separatorsBefore.add(rows.size());
    return this;
  }

  String render() {
    int[] widths = widths();
    StringBuilder out = new StringBuilder();
    for (int r = 0; r <= rows.size(); r++) {
      if (separatorsBefore.contains(r)) {
        out.append("-".repeat(totalWidth(widths))).append('\n');
      }
      if (r < rows.size()) {
        appendRow(out, rows.get(r), widths);
      }
    }
    return out.toString();
  }

  private void appendRow(StringBuilder out, String[] row, int[] widths) {
    for (int c = 0; c < row.length; c++) {
      String padding = " ".repeat(widths[c] - displayWidth(row[c]));
      out.append(c == 0 ? row[c] + padding : "  " + padding + row[c]);
    }
    out.append('\n');
  }

  private int[] widths() {
    int columns = rows.stream().mapToInt(row -> row.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], displayWidth(row[c]));
      }
    }
    return widths;
  }

  private static int totalWidth(int[] widths) {
    int total = 0;
    for (int width : widths) {
      total += width;
    }
    return total + 2 * Math.max(0, widths.length - 1);
  }

  static int displayWidth(String text) {
    return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  private static boolean isWide(int codePoint) {
    return (codePoint >= 0x1100 && codePoint <= 0x115F)
        || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
        || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
        || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
  }
}
