package cn.gongkai.aggregate;

import cn.gongkai.application.Application;
import cn.gongkai.application.ApplicationTable;
import cn.gongkai.application.DeadlineFigures;
import cn.gongkai.application.LegacyAppendixRows;
import cn.gongkai.application.ReplyDeadline;
import cn.gongkai.application.ReviewCase;
import cn.gongkai.application.ReviewTable;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of parts 三 and 四 of a year, in the shape of {@code stats --format json} (SPEC section
 * 9), counted from every application and case of the registers.
 */
public final class RegisterFigures {

  private RegisterFigures() {}

  /**
   * Part 三: a row per count, each a column per applicant type and 总计; the cross-checks that fail
   * (empty when the table is consistent); the replies against their limit; the appendix rows of the
   * reports before 2019.
   */
  @JsonPropertyOrder({"columns", "rows", "crossChecks", "deadline", "appendixBefore2019"})
  public record Applications(List<String> columns, Map<String, Map<String, Long>> rows, List<String> crossChecks,
      Deadline deadline, Map<String, Long> appendixBefore2019) {}

  /** The replies of the year against their legal limit, and the late ones by department. */
  @JsonPropertyOrder({"onTime", "extendedOnTime", "overdue", "openPastDeadline", "lateByDepartment"})
  public record Deadline(long onTime, long extendedOnTime, long overdue, long openPastDeadline, long outsideCalendar,
      Map<String, List<DeadlineFigures.Late>> lateByDepartment) {}

  /** Part 四: each group's four results and 总计, and the cross-checks that fail. */
  public record Reviews(Map<String, Map<String, Long>> groups, List<String> crossChecks) {

    /** As SPEC section 9 has it: the groups by name, then the failed cross-checks. */
    @com.fasterxml.jackson.annotation.JsonValue
    public Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>(groups);
      json.put("crossChecks", crossChecks);
      return json;
    }
  }

  public static Applications applications(int year, Collection<Application> applications,
      Collection<ReviewCase> cases, WorkingDayCalendar calendar) {
    ApplicationTable table = ApplicationTable.of(year, applications);
    Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
    for (String key : ApplicationTable.rowKeys()) {
      Map<String, Long> row = new LinkedHashMap<>();
      List<Long> counts = table.row(key);
      for (int i = 0; i < ApplicationTable.COLUMNS.size(); i++) {
        row.put(ApplicationTable.COLUMNS.get(i), counts.get(i));
      }
      rows.put(key, row);
    }
    DeadlineFigures deadline = DeadlineFigures.of(year, applications, new ReplyDeadline(calendar));
    return new Applications(ApplicationTable.COLUMNS, rows, table.crossChecks(),
        new Deadline(deadline.onTime(), deadline.extendedOnTime(), deadline.overdue(), deadline.openPastDeadline(),
            deadline.outsideCalendar(), deadline.lateByDepartment()),
        LegacyAppendixRows.of(year, applications, cases).rows());
  }

  public static Reviews reviews(int year, Collection<ReviewCase> cases) {
    ReviewTable table = ReviewTable.of(year, cases);
    Map<String, Map<String, Long>> groups = new LinkedHashMap<>();
    for (ReviewCase.Kind kind : ReviewCase.Kind.values()) {
      Map<String, Long> group = new LinkedHashMap<>();
      for (String column : ReviewTable.columns()) {
        group.put(column, table.cell(kind, column));
      }
      groups.put(kind.key(), group);
    }
    return new Reviews(groups, new ArrayList<>(table.crossChecks()));
  }
}
