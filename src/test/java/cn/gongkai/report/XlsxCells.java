package cn.gongkai.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads what a workbook shows, sheet by sheet, row by row, as text: to compare it with golden CSV files. */
final class XlsxCells {

  private XlsxCells() {}

  /** Each sheet's rows of cell texts, empty cells as "" up to the row's last column. */
  static List<List<List<String>>> sheets(Path workbook) throws IOException {
    List<List<List<String>>> sheets = new ArrayList<>();
    try (InputStream in = Files.newInputStream(workbook); ReadableWorkbook readable = new ReadableWorkbook(in)) {
      for (Sheet sheet : readable.getSheets().toList()) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
          rows.add(texts(row));
        }
        sheets.add(rows);
      }
    }
    return sheets;
  }

  /** A golden CSV's rows, without its byte-order mark, padded like {@link #sheets}: the title row has one cell. */
  static List<List<String>> csvRows(Path csv) {
    try {
      String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : CSVFormat.RFC4180.parse(new java.io.StringReader(text))) {
        rows.add(record.toList());
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      Cell cell = row.getCell(c);
      texts.add(cell == null ? "" : cell.getType() == CellType.NUMBER ? cell.getRawValue() : cell.getText());
    }
    return texts;
  }
}
