package cn.gongkai.intake;

import cn.gongkai.publication.PublicationField;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the data rows of one export file, each with the line it starts on. Blank lines are not rows:
 * they are skipped and not counted. The first record is the header.
 */
public final class SourceFileReader implements Closeable {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private final InboxFile file;
  private final SourceDefaults defaults;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<PublicationField, Integer> columns;
  private final int headerWidth;
  private long nextLine;

  public SourceFileReader(InboxFile file, SourceDefaults defaults, HeaderMapping mapping) throws IOException {
    this.file = file;
    this.defaults = defaults;
    Reader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8);
    this.parser = FORMAT.parse(reader);
    this.records = parser.iterator();
    List<String> header = records.hasNext() ? records.next().toList() : List.of();
    this.columns = mapping.columns(header);
    this.headerWidth = header.size();
    this.nextLine = parser.getCurrentLineNumber() + 1;
  }

  /** The recognised columns of this file's header. */
  public Map<PublicationField, Integer> columns() {
    return columns;
  }

  /** The next data row, or {@code null} at the end of the file. */
  public SourceRow next() {
    while (records.hasNext()) {
      long line = nextLine;
      CSVRecord record = records.next();
      nextLine = parser.getCurrentLineNumber() + 1;
      if (!isBlank(record)) {
        return toRow(record, line);
      }
    }
    return null;
  }

  private SourceRow toRow(CSVRecord record, long line) {
    Map<PublicationField, String> values = new EnumMap<>(PublicationField.class);
    columns.forEach((field, column) -> {
      if (column < record.size()) {
        values.put(field, record.get(column));
      }
    });
    return new SourceRow(file.name(), line, values, significantWidth(record), headerWidth,
        FORMAT.format(record.values()), defaults);
  }

  /** The row's width, not counting blank cells beyond the header (some exports pad rows with commas). */
  private int significantWidth(CSVRecord record) {
    int width = record.size();
    while (width > headerWidth && record.get(width - 1).isBlank()) {
      width--;
    }
    return width;
  }

  private static boolean isBlank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
