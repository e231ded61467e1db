package cn.gongkai.intake;

import cn.gongkai.publication.PublicationField;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the data rows of one export file, each with the line it starts on. Blank lines are not rows:
 * they are skipped and not counted, and so are lines of only spaces and rows whose every cell is
 * blank (what a spreadsheet writes for rows that were cleared). The first row that is not blank is
 * the header.
 *
 * <p>Bad data never stops the file: a record the CSV parser cannot make sense of (a quote opened
 * and never closed) becomes a row with a {@link RowDefect} for the line it starts on, and reading
 * goes on from the next line; a row with undecodable bytes carries a defect too.
 */
public final class SourceFileReader implements Closeable {

  private static final char REPLACEMENT = '\uFFFD';

  private final InboxFile file;
  private final ReadPlan plan;
  private final CSVFormat format;
  private final List<String> header;
  private final Map<PublicationField, Integer> columns;
  private CSVParser parser;
  private Iterator<CSVRecord> records;
  private long lineOffset;
  private long nextLine = 1;
  private CountingStream bytes;

  /** @throws CSVException when even the header is not a CSV record */
  public SourceFileReader(InboxFile file, ReadPlan plan) throws IOException {
    this.file = file;
    this.plan = plan;
    this.format = CSVFormat.RFC4180.builder().setDelimiter(plan.delimiter()).setIgnoreEmptyLines(false).get();
    open(reader());
    this.header = readHeader();
    this.columns = plan.mapping().columns(header);
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
    while (true) {
      long line = nextLine;
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return null;
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        return malformed(line, csvProblem(e));
      }
      nextLine = lineOffset + parser.getCurrentLineNumber() + 1;
      if (!isBlank(record)) {
        return toRow(record, line);
      }
    }
  }

  private List<String> readHeader() throws IOException {
    try {
      while (records.hasNext()) {
        CSVRecord record = records.next();
        nextLine = parser.getCurrentLineNumber() + 1;
        if (!isBlank(record)) {
          return record.toList();
        }
      }
      return List.of();
    } catch (UncheckedIOException e) {
      throw csvProblem(e);
    }
  }

  /** The record starting at {@code line} is not CSV: report its first line, read on after it. */
  private SourceRow malformed(long line, CSVException problem) throws IOException {
    BufferedReader reader = reader();
    for (long skipped = 1; skipped < line; skipped++) {
      reader.readLine();
    }
    String text = reader.readLine();
    open(reader);
    lineOffset = line;
    nextLine = line + 1;
    RowDefect defect = new RowDefect(RowDefect.Kind.MALFORMED_CSV, describe(problem));
    return new SourceRow(file.name(), line, Map.of(), 0, header.size(),
        new RawRow.Verbatim(text == null ? "" : text), plan.defaults(), defect);
  }

  private SourceRow toRow(CSVRecord record, long line) {
    Map<PublicationField, String> values = new EnumMap<>(PublicationField.class);
    columns.forEach((field, column) -> {
      if (column < record.size()) {
        values.put(field, record.get(column));
      }
    });
    List<String> cells = record.toList();
    return new SourceRow(file.name(), line, values, significantWidth(cells), header.size(),
        new RawRow.Cells(cells, plan.delimiter()), plan.defaults(), undecodable(cells));
  }

  private RowDefect undecodable(List<String> cells) {
    if (!plan.flagsUndecodable()) {
      return null;
    }
    for (int column = 0; column < cells.size(); column++) {
      if (cells.get(column).indexOf(REPLACEMENT) >= 0) {
        return new RowDefect(RowDefect.Kind.UNDECODABLE_BYTES, "第" + (column + 1) + "列");
      }
    }
    return null;
  }

  /** The row's width, not counting blank cells beyond the header (some exports pad rows with commas). */
  private int significantWidth(List<String> cells) {
    int width = cells.size();
    while (width > header.size() && cells.get(width - 1).isBlank()) {
      width--;
    }
    return width;
  }

  /** The file's text, without a UTF-8 byte-order mark: before a quoted header it would hide the quote. */
  private BufferedReader reader() throws IOException {
    var decoder = plan.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    bytes = new CountingStream(Files.newInputStream(file.path()));
    BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, decoder), 64 * 1024);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  private void open(BufferedReader reader) throws IOException {
    if (parser != null) {
      parser.close();
    }
    parser = format.parse(reader);
    records = parser.iterator();
  }

  /** Commons CSV's words for the two ways a record goes wrong, in the clerk's words. */
  private static String describe(CSVException problem) {
    String message = String.valueOf(problem.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "开头的双引号没有配对的结束引号";
    }
    if (message.contains("Invalid character between encapsulated token and delimiter")) {
      return "结束引号后面紧跟着其他字符";
    }
    return message;
  }

  private static CSVException csvProblem(UncheckedIOException e) {
    if (e.getCause() instanceof CSVException problem) {
      return problem;
    }
    throw e; // the disk, not the data: nothing a clerk can fix, the step fails
  }

  private static boolean isBlank(CSVRecord record) {
    for (String cell : record) {
      if (!cell.isBlank() && !cell.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        return false;
      }
    }
    return true;
  }

  /** Bytes of the file read so far (a little ahead of the rows returned, by the read buffers): for progress. */
  public long bytesRead() {
    return bytes.count;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** Counts what is read through it. */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count += Math.max(n, 0);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
