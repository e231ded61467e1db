package cn.gongkai.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts publications on time, late or unknown on a working-day calendar, a group of publications
 * with the same two dates at a time, and lists the late ones it is given.
 */
final class TimelinessTally {

  private final WorkingDayCalendar calendar;
  private final int limitWorkingDays;
  private final Map<String, Long> lateByDepartment = new HashMap<>();
  private final List<LatePublication> latePublications = new ArrayList<>();
  private long onTime;
  private long late;
  private long unknown;

  TimelinessTally(WorkingDayCalendar calendar, int limitWorkingDays) {
    this.calendar = calendar;
    this.limitWorkingDays = limitWorkingDays;
  }

  /**
   * Counts the publications made on {@code created} (or {@code null}) and published on {@code published}.
   *
   * @param byDepartment how many of them each department published
   * @return whether they are late: then the caller lists each with {@link #listLate}
   * @throws MissingCalendarYearException when a year between the two dates has no calendar
   */
  boolean count(LocalDate created, LocalDate published, Map<String, Long> byDepartment) {
    long publications = byDepartment.values().stream().mapToLong(Long::longValue).sum();
    if (!measurable(created, published)) {
      unknown += publications;
      return false;
    }
    if (calendar.workingDaysAfter(created, published) <= limitWorkingDays) {
      onTime += publications;
      return false;
    }
    late += publications;
    byDepartment.forEach((department, count) -> lateByDepartment.merge(department, count, Long::sum));
    return true;
  }

  /** Lists one publication of a group {@link #count} found late. */
  void listLate(DatedPublication publication) {
    latePublications.add(new LatePublication(publication.department(), publication.title(), publication.docNo(),
        publication.created(), publication.published(),
        calendar.workingDaysAfter(publication.created(), publication.published())));
  }

  TimelinessFigures figures() {
    return new TimelinessFigures(limitWorkingDays, onTime, late, unknown, lateByDepartment, latePublications);
  }

  /** A delay is measured from a 生成日期 on or before the 发布日期; without one there is none. */
  private static boolean measurable(LocalDate created, LocalDate published) {
    return created != null && !created.isAfter(published);
  }
}
