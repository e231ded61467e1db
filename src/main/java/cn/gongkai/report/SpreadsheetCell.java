package cn.gongkai.report;

/**
 * Text made safe for a spreadsheet: a cell beginning with = + - or @ would be read as a formula by
 * Excel or WPS (CSV injection), and so would one beginning with a TAB or a carriage return, which
 * spreadsheets drop before looking at the next character (OWASP lists all six). Such a cell is
 * prefixed with an apostrophe, which they show as text.
 */
final class SpreadsheetCell {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetCell() {}

  static String neutralized(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
