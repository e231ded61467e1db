package cn.gongkai.report;

/**
 * Text made safe for a spreadsheet: a cell beginning with = + - or @ would be read as a formula by
 * Excel or WPS (CSV injection), so it is prefixed with an apostrophe, which they show as text.
 */
final class SpreadsheetCell {

  private SpreadsheetCell() {}

  static String neutralized(String text) {
    return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
