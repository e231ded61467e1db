package cn.gongkai.intake;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the records of one inbox file, publication list or register alike, each with the line it
 * starts on. Blank lines are not records: they are skipped and not counted, and so are lines of
 * only spaces and records whose every cell is blank (what a spreadsheet writes for rows that were
 * cleared). The first record that is not blank is the header.
 *
 * <p>Bad data never stops the file: a record the CSV parser cannot make sense of (a quote opened and
 * never closed, text after a closing quote) comes back with a {@link RowDefect} for the line it
 * starts on, and reading goes on from the next line, from the text already read; a record with
 * bytes its encoding cannot decode carries a defect too, when the file is known to have such bytes.
 */
public final class CsvRecordReader implements Closeable {

  private static final char REPLACEMENT = '\uFFFD';

  private final CSVFormat format;
  private final boolean flagsUndecodable;
  private final CountingStream bytes;
  private final ReplayableText text;
  private final List<String> header;
  private CSVParser parser;
  private Iterator<CSVRecord> records;
  private long lineOffset;
  private long nextLine = 1;

  /**
   * @param flagsUndecodable whether a record holding U+FFFD (bytes the charset could not decode) is defective
   * @throws CSVException when even the header is not a CSV record
   */
  public CsvRecordReader(Path file, Charset charset, char delimiter, boolean flagsUndecodable) throws IOException {
    this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    this.flagsUndecodable = flagsUndecodable;
    this.bytes = new CountingStream(Files.newInputStream(file));
    try {
      this.text = new ReplayableText(withoutByteOrderMark(bytes, charset));
      open();
      this.header = readHeader();
    } catch (IOException | RuntimeException e) {
      bytes.close(); // a file that is not CSV is looked at again every night: its stream must not leak
      throw e;
    }
  }

  /** The header's cells, as written; empty for an empty file. */
  public List<String> header() {
    return header;
  }

  /** The next record that is not blank, or {@code null} at the end of the file. */
  public CsvRecord next() throws IOException {
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
      text.release(nextLine);
      if (!isBlank(record)) {
        List<String> cells = List.of(record.values()); // immutable already: the record keeps it as it is
        return new CsvRecord(line, cells, significantWidth(cells), undecodable(cells), null);
      }
    }
  }

  /** Bytes of the file read so far (a little ahead of the records returned, by the read buffers): for progress. */
  public long bytesRead() {
    return bytes.count;
  }

  private List<String> readHeader() throws IOException {
    try {
      while (records.hasNext()) {
        CSVRecord record = records.next();
        nextLine = parser.getCurrentLineNumber() + 1;
        text.release(nextLine);
        if (!isBlank(record)) {
          return record.toList();
        }
      }
      return List.of();
    } catch (UncheckedIOException e) {
      throw csvProblem(e);
    }
  }

  /** The record starting at {@code line} is not CSV: report its first line, parse on from the next. */
  private CsvRecord malformed(long line, CSVException problem) throws IOException {
    String verbatim = text.line(line);
    text.restartAt(line + 1);
    open();
    lineOffset = line;
    nextLine = line + 1;
    return CsvRecord.malformed(line, describe(problem), verbatim);
  }

  /** A parser from where the text is now; the one it replaces read the same text and holds nothing else. */
  private void open() throws IOException {
    parser = format.parse(text);
    records = parser.iterator();
  }

  private RowDefect undecodable(List<String> cells) {
    if (!flagsUndecodable) {
      return null;
    }
    for (int column = 0; column < cells.size(); column++) {
      if (cells.get(column).indexOf(REPLACEMENT) >= 0) {
        return new RowDefect(RowDefect.Kind.UNDECODABLE_BYTES, "第" + (column + 1) + "列");
      }
    }
    return null;
  }

  /** The record's width, not counting blank cells beyond the header. */
  private int significantWidth(List<String> cells) {
    int width = cells.size();
    while (width > header.size() && cells.get(width - 1).isBlank()) {
      width--;
    }
    return width;
  }

  /** The file's text, without a UTF-8 byte-order mark: before a quoted header it would hide the quote. */
  private static BufferedReader withoutByteOrderMark(InputStream in, Charset charset) throws IOException {
    var decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
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
    for (String cell : record.values()) {
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    text.close();
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
