package cn.gongkai.aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Counts publications on time, late or unknown, one at a time, on a working-day calendar. */
final class TimelinessTally {

  private final WorkingDayCalendar calendar;
  private final int limitWorkingDays;
  private final Map<String, Long> lateByDepartment = new HashMap<>();
  private long onTime;
  private long late;
  private long unknown;

  TimelinessTally(WorkingDayCalendar calendar, int limitWorkingDays) {
    this.calendar = calendar;
    this.limitWorkingDays = limitWorkingDays;
  }

  /**
   * @param created the 生成日期, or {@code null}
   * @throws MissingCalendarYearException when a year between the two dates has no calendar
   */
  void count(String department, LocalDate created, LocalDate published) {
    if (created == null || created.isAfter(published)) {
      unknown++;
    } else if (calendar.workingDaysAfter(created, published) <= limitWorkingDays) {
      onTime++;
    } else {
      late++;
      lateByDepartment.merge(department, 1L, Long::sum);
    }
  }

  TimelinessFigures figures() {
    return new TimelinessFigures(limitWorkingDays, onTime, late, unknown, lateByDepartment);
  }
}
