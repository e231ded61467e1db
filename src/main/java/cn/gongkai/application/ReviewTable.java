package cn.gongkai.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Part 四 of the annual report for a year (政府信息公开行政复议、行政诉讼情况): fifteen columns, for each of
 * 行政复议, 行政诉讼 未经复议直接起诉 and 复议后起诉 the cases filed in the year by their result at its end
 * (结果维持, 结果纠正, 其他结果, 尚未审结) and their 总计.
 */
public final class ReviewTable {

  public static final String TOTAL = "总计";

  private final int year;
  private final Map<ReviewCase.Kind, long[]> groups;

  private ReviewTable(int year, Map<ReviewCase.Kind, long[]> groups) {
    this.year = year;
    this.groups = groups;
  }

  public static ReviewTable of(int year, Collection<ReviewCase> cases) {
    Map<ReviewCase.Kind, long[]> groups = emptyGroups();
    LocalDate end = LocalDate.of(year, 12, 31);
    for (ReviewCase reviewCase : cases) {
      if (reviewCase.filedDate().getYear() == year) {
        long[] group = groups.get(reviewCase.kind());
        group[reviewCase.resultAsOf(end).ordinal()]++;
        group[ReviewCase.Result.values().length]++;
      }
    }
    return new ReviewTable(year, groups);
  }

  /** A table as given: a group's four results and 总计, in that order. */
  public static ReviewTable ofCells(int year, Map<ReviewCase.Kind, List<Long>> cells) {
    Map<ReviewCase.Kind, long[]> groups = emptyGroups();
    cells.forEach((kind, counts) -> {
      for (int i = 0; i < counts.size(); i++) {
        groups.get(kind)[i] = counts.get(i);
      }
    });
    return new ReviewTable(year, groups);
  }

  public int year() {
    return year;
  }

  /** The column names of a group: its four results and 总计. */
  public static List<String> columns() {
    List<String> columns = new ArrayList<>(ReviewCase.Result.labels());
    columns.add(TOTAL);
    return columns;
  }

  /** The count of a group's column ({@link #columns()}). */
  public long cell(ReviewCase.Kind kind, String column) {
    int index = columns().indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("no column " + column + " in part 四");
    }
    return groups.get(kind)[index];
  }

  /** The fifteen counts, group after group, as the format's one row prints them. */
  public List<Long> cells() {
    List<Long> cells = new ArrayList<>();
    for (ReviewCase.Kind kind : ReviewCase.Kind.values()) {
      for (long count : groups.get(kind)) {
        cells.add(count);
      }
    }
    return cells;
  }

  /** Each group's 总计 is the sum of its four results; the failures name the group. */
  public List<String> crossChecks() {
    List<String> failures = new ArrayList<>();
    groups.forEach((kind, counts) -> {
      long sum = 0;
      for (int i = 0; i < ReviewCase.Result.values().length; i++) {
        sum += counts[i];
      }
      long total = counts[ReviewCase.Result.values().length];
      if (sum != total) {
        failures.add(kind.key() + ": 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = " + sum + ", but 总计 is " + total);
      }
    });
    return failures;
  }

  private static Map<ReviewCase.Kind, long[]> emptyGroups() {
    Map<ReviewCase.Kind, long[]> groups = new EnumMap<>(ReviewCase.Kind.class);
    for (ReviewCase.Kind kind : ReviewCase.Kind.values()) {
      groups.put(kind, new long[ReviewCase.Result.values().length + 1]);
    }
    return groups;
  }
}
