package cn.gongkai.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts publications on time, late or unknown, one at a time, on a working-day calendar. */
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

  /** @throws MissingCalendarYearException when a year between the two dates has no calendar */
  void count(DatedPublication publication) {
    if (publication.created() == null || publication.created().isAfter(publication.published())) {
      unknown++;
      return;
    }
    int workingDays = calendar.workingDaysAfter(publication.created(), publication.published());
    if (workingDays <= limitWorkingDays) {
      onTime++;
    } else {
      late++;
      lateByDepartment.merge(publication.department(), 1L, Long::sum);
      latePublications.add(new LatePublication(publication.department(), publication.title(), publication.docNo(),
          publication.created(), publication.published(), workingDays));
    }
  }

  TimelinessFigures figures() {
    return new TimelinessFigures(limitWorkingDays, onTime, late, unknown, lateByDepartment, latePublications);
  }
}
