package cn.gongkai.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 三 of the annual report for a year (收到和处理政府信息公开申请情况): a row per count, a column per
 * applicant type and 总计. Counted from the applications (SPEC section 9):
 * <ul>
 *   <li>一、本年新收: received in the year;
 *   <li>二、上年结转: received before it and not answered before it began;
 *   <li>三、本年度办理结果: answered in the year, a row per result, and （七）总计 their sum;
 *   <li>四、结转下年度继续办理: received by the end of the year and not answered by then.
 * </ul>
 * Each count is taken from the applications on its own, so the format's cross-checks ({@link
 * #crossChecks()}) test the data and the counting, not a subtraction.
 */
public final class ApplicationTable {

  public static final String RECEIVED = "本年新收";
  public static final String CARRIED_IN = "上年结转";
  public static final String TOTAL = "总计";
  public static final String CARRIED_OUT = "结转下年度继续办理";
  /** The columns, in the format's order: the six applicant types, then 总计. */
  public static final List<String> COLUMNS;

  static {
    List<String> columns = new ArrayList<>();
    for (ApplicantType type : ApplicantType.values()) {
      columns.add(type.label());
    }
    columns.add(TOTAL);
    COLUMNS = List.copyOf(columns);
  }

  private final int year;
  private final Map<String, long[]> rows;

  private ApplicationTable(int year, Map<String, long[]> rows) {
    this.year = year;
    this.rows = rows;
  }

  /** The keys of the rows, in the format's order. */
  public static List<String> rowKeys() {
    List<String> keys = new ArrayList<>(List.of(RECEIVED, CARRIED_IN));
    for (ApplicationResult result : ApplicationResult.values()) {
      keys.add(result.key());
    }
    keys.add(TOTAL);
    keys.add(CARRIED_OUT);
    return keys;
  }

  /** Counts the table of {@code year} from every application of the registers. */
  public static ApplicationTable of(int year, Collection<Application> applications) {
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    Map<String, long[]> rows = emptyRows();
    for (Application application : applications) {
      int column = application.applicantType().ordinal();
      LocalDate received = application.receivedDate();
      if (received.getYear() == year) {
        count(rows.get(RECEIVED), column);
      }
      if (received.isBefore(start) && !application.answeredBy(start.minusDays(1))) {
        count(rows.get(CARRIED_IN), column);
      }
      if (application.replyDate() != null && application.replyDate().getYear() == year) {
        count(rows.get(application.result().key()), column);
        count(rows.get(TOTAL), column);
      }
      if (!received.isAfter(end) && !application.answeredBy(end)) {
        count(rows.get(CARRIED_OUT), column);
      }
    }
    return new ApplicationTable(year, rows);
  }

  /**
   * A table as given, e.g. figures an office typed in: {@code cells} maps a row key to its seven
   * counts in {@link #COLUMNS} order; rows left out are zero.
   */
  public static ApplicationTable ofCells(int year, Map<String, List<Long>> cells) {
    Map<String, long[]> rows = emptyRows();
    cells.forEach((key, counts) -> {
      long[] row = rows.get(key);
      if (row == null || counts.size() != COLUMNS.size()) {
        throw new IllegalArgumentException("row '" + key + "' with " + counts.size() + " counts: expected one of "
            + rowKeys() + " with " + COLUMNS.size());
      }
      for (int i = 0; i < row.length; i++) {
        row[i] = counts.get(i);
      }
    });
    return new ApplicationTable(year, rows);
  }

  public int year() {
    return year;
  }

  /** The count in a row (a key of {@link #rowKeys()}) and a column (of {@link #COLUMNS}). */
  public long cell(String row, String column) {
    long[] counts = rows.get(row);
    int index = COLUMNS.indexOf(column);
    if (counts == null || index < 0) {
      throw new IllegalArgumentException("no cell (" + row + ", " + column + ")");
    }
    return counts[index];
  }

  /** A row's seven counts, in {@link #COLUMNS} order. */
  public List<Long> row(String row) {
    return java.util.Arrays.stream(rows.get(row)).boxed().toList();
  }

  /**
   * The format's cross-checks, each failure naming its cells: in every column 一 + 二 = （七）总计 + 四,
   * and （七）总计 is the sum of the result rows; in every row 总计 is the sum of the six applicant
   * columns. Empty when the table is consistent.
   */
  public List<String> crossChecks() {
    List<String> failures = new ArrayList<>();
    int totalColumn = COLUMNS.size() - 1;
    for (int column = 0; column < COLUMNS.size(); column++) {
      String name = COLUMNS.get(column);
      long received = rows.get(RECEIVED)[column];
      long carriedIn = rows.get(CARRIED_IN)[column];
      long total = rows.get(TOTAL)[column];
      long carriedOut = rows.get(CARRIED_OUT)[column];
      if (received + carriedIn != total + carriedOut) {
        failures.add("column " + name + ": 一、本年新收 (" + received + ") + 二、上年结转 (" + carriedIn + ") = "
            + (received + carriedIn) + ", but （七）总计 (" + total + ") + 四、结转下年度继续办理 (" + carriedOut + ") = "
            + (total + carriedOut));
      }
      long results = 0;
      for (ApplicationResult result : ApplicationResult.values()) {
        results += rows.get(result.key())[column];
      }
      if (results != total) {
        failures.add("column " + name + ": the results add up to " + results + ", but （七）总计 is " + total);
      }
    }
    rows.forEach((key, counts) -> {
      long sum = 0;
      for (int column = 0; column < totalColumn; column++) {
        sum += counts[column];
      }
      if (sum != counts[totalColumn]) {
        failures.add("row " + key + ": the six applicant columns add up to " + sum + ", but 总计 is "
            + counts[totalColumn]);
      }
    });
    return failures;
  }

  private static Map<String, long[]> emptyRows() {
    Map<String, long[]> rows = new LinkedHashMap<>();
    for (String key : rowKeys()) {
      rows.put(key, new long[COLUMNS.size()]);
    }
    return rows;
  }

  private static void count(long[] row, int column) {
    row[column]++;
    row[row.length - 1]++;
  }
}
