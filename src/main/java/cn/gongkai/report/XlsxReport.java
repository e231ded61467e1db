package cn.gongkai.report;

import cn.gongkai.support.TextPrefix;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report as one workbook, a sheet per table: its title in bold on the first row, the header in
 * bold, then the rows, counts as numbers (so the office can sum them) and text neutralized like the
 * CSV's, since a clerk may copy a cell into a sheet that evaluates it.
 */
final class XlsxReport {

  private static final Pattern COUNT = Pattern.compile("\\d{1,15}");
  private static final int SHEET_NAME_LENGTH = 31; // Excel's limit
  private static final int FIRST_COLUMN_WIDTH = 36;
  private static final int COLUMN_WIDTH = 16;

  private XlsxReport() {}

  static Path write(Path file, List<ReportTable> tables) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "Gongkai", "1.0");
      for (ReportTable table : tables) {
        sheet(workbook.newWorksheet(sheetName(table)), table);
      }
      workbook.finish();
    }
    return file;
  }

  private static void sheet(Worksheet sheet, ReportTable table) {
    sheet.value(0, 0, SpreadsheetCell.neutralized(table.title()));
    sheet.style(0, 0).bold().set();
    for (int c = 0; c < table.header().size(); c++) {
      sheet.value(1, c, SpreadsheetCell.neutralized(table.header().get(c)));
      sheet.style(1, c).bold().set();
      sheet.width(c, c == 0 ? FIRST_COLUMN_WIDTH : COLUMN_WIDTH);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      List<String> row = table.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        cell(sheet, r + 2, c, row.get(c));
      }
    }
  }

  private static void cell(Worksheet sheet, int row, int column, String text) {
    if (COUNT.matcher(text).matches()) {
      sheet.value(row, column, Long.parseLong(text));
    } else {
      sheet.value(row, column, SpreadsheetCell.neutralized(text)); // empty too: the office's cell to fill
    }
  }

  /** Sheet names are at most 31 characters and may not hold : \ / ? * [ ]. */
  private static String sheetName(ReportTable table) {
    String name = table.title().replaceAll("[:\\\\/?*\\[\\]]", " ");
    return name.length() > SHEET_NAME_LENGTH ? TextPrefix.of(name, SHEET_NAME_LENGTH) : name;
  }
}
