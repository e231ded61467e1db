package cn.gongkai.intake;

import java.util.List;

/**
 * One record of an inbox file, before any column means anything: its cells, or, for a record that
 * is not CSV, the text of the line it starts on.
 *
 * @param line the physical line the record starts on (1-based, the header is line 1)
 * @param cells the cells as written (not trimmed); empty for a record that is not CSV
 * @param width how many cells it has, not counting blank cells beyond the header's width (some
 *     exports pad rows with commas)
 * @param defect what made it unreadable, or {@code null}
 * @param verbatim the line as it stands in the file, for a record that is not CSV; else {@code null}
 */
public record CsvRecord(long line, List<String> cells, int width, RowDefect defect, String verbatim) {

  public CsvRecord {
    cells = List.copyOf(cells);
  }

  static CsvRecord malformed(long line, String detail, String verbatim) {
    return new CsvRecord(line, List.of(), 0, new RowDefect(RowDefect.Kind.MALFORMED_CSV, detail), verbatim);
  }

  /** The cell of {@code column}, or {@code null} when the record is too short to reach it. */
  public String cell(int column) {
    return column < cells.size() ? cells.get(column) : null;
  }
}
