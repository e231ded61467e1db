package cn.gongkai.report;

import java.util.List;
import java.util.Objects;

/**
 * One table of the annual report, as every format writes it: a title, a header row and rows of
 * cells, all text. An empty cell is one the office fills in itself (no data feeds it).
 *
 * @param id a short name for file names ({@code appendix}, {@code categories})
 */
public record ReportTable(String id, String title, List<String> header, List<List<String>> rows) {

  public ReportTable {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(title + ": a row of " + row.size() + " cells under " + header.size()
            + " columns: " + row);
      }
    }
  }
}
