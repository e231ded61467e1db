package cn.gongkai.report;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV, the way a clerk opens it in Excel or WPS: UTF-8 with a byte-order mark (else
 * Excel reads GBK), the title on the first line, and cells that could start a formula neutralized.
 */
final class CsvReport {

  private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.RFC4180).get();

  private CsvReport() {}

  static String render(ReportTable table) throws IOException {
    StringWriter out = new StringWriter().append('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(SpreadsheetCell.neutralized(table.title()));
      printer.printRecord(table.header().stream().map(SpreadsheetCell::neutralized).toList());
      for (var row : table.rows()) {
        printer.printRecord(row.stream().map(SpreadsheetCell::neutralized).toList());
      }
    }
    return out.toString();
  }
}
