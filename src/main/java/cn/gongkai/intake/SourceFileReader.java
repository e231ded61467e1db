package cn.gongkai.intake;

import cn.gongkai.publication.PublicationField;
import java.io.Closeable;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;

/**
 * Reads the data rows of one publication list, each with the line it starts on, its recognised
 * columns as fields. The records come from a {@link CsvRecordReader}, which registers are read with
 * too: blank lines are no rows, and a record that is not CSV, or holds undecodable bytes, is a row
 * with its {@link RowDefect}, which the normalizer rejects; reading goes on from the next line.
 */
public final class SourceFileReader implements Closeable {

  private final InboxFile file;
  private final ReadPlan plan;
  private final CsvRecordReader records;
  private final List<String> header;
  private final Map<PublicationField, Integer> columns;
  /** The same, as two arrays: walked for every row, where the map's entry iterator allocates. */
  private final PublicationField[] mappedFields;
  private final int[] mappedColumns;

  /** @throws CSVException when even the header is not a CSV record (the file is then closed) */
  public SourceFileReader(InboxFile file, ReadPlan plan) throws IOException {
    this.file = file;
    this.plan = plan;
    this.records = new CsvRecordReader(file.path(), plan.charset(), plan.delimiter(), plan.flagsUndecodable());
    this.header = records.header();
    this.columns = plan.mapping().columns(header);
    this.mappedFields = columns.keySet().toArray(new PublicationField[0]);
    this.mappedColumns = new int[mappedFields.length];
    for (int i = 0; i < mappedFields.length; i++) {
      mappedColumns[i] = columns.get(mappedFields[i]);
    }
  }

  public List<String> header() {
    return header;
  }

  /** The recognised columns of this file's header. */
  public Map<PublicationField, Integer> columns() {
    return columns;
  }

  /** The next data row, or {@code null} at the end of the file. */
  public SourceRow next() throws IOException {
    CsvRecord record = records.next();
    if (record == null) {
      return null;
    }
    if (record.verbatim() != null) {
      return new SourceRow(file.name(), record.line(), Map.of(), 0, header.size(),
          new RawRow.Verbatim(record.verbatim()), plan.defaults(), record.defect());
    }
    Map<PublicationField, String> values = new EnumMap<>(PublicationField.class);
    for (int i = 0; i < mappedFields.length; i++) {
      String cell = record.cell(mappedColumns[i]);
      if (cell != null) {
        values.put(mappedFields[i], cell);
      }
    }
    return new SourceRow(file.name(), record.line(), values, record.width(), header.size(),
        new RawRow.Cells(record.cells(), plan.delimiter()), plan.defaults(), record.defect());
  }

  /** Bytes of the file read so far (a little ahead of the rows returned, by the read buffers): for progress. */
  public long bytesRead() {
    return records.bytesRead();
  }

  @Override
  public void close() throws IOException {
    records.close();
  }
}
