package cn.gongkai.intake;

import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The text of a row as the clerk would find it in the file, built only when it is needed (for a
 * rejection): formatting every row would cost the pipeline time for the few that are rejected.
 */
public sealed interface RawRow {

  String text();

  /** A parsed row, formatted back as a record of its file's format. */
  record Cells(List<String> cells, char delimiter) implements RawRow {

    public Cells {
      cells = List.copyOf(cells);
    }

    @Override
    public String text() {
      return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().format(cells.toArray());
    }
  }

  /** A line that could not be parsed, as it stands in the file. */
  record Verbatim(String text) implements RawRow {}
}
