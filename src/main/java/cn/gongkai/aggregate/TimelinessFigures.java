package cn.gongkai.aggregate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many of a year's publications were published within the legal time limit of their 生成日期
 * (SPEC section 7), in working days of the Chinese calendar.
 *
 * @param limitWorkingDays the limit: at most this many working days after 生成日期
 * @param outsideCalendar publications made before the calendar's first year: their delay cannot be measured
 * @param unknown publications without a 生成日期, or with one after their 发布日期: no delay to measure
 * @param calendarFirstYear the calendar's first year (2007 for holiday-cn's data)
 * @param lateByDepartment department to how many of its publications were late, by name
 * @param latePublications every late publication, department by department (the report lists them)
 * @param outsideCalendarPublications every publication outside the calendar, department by department
 */
@JsonPropertyOrder({"limitWorkingDays", "onTime", "late", "outsideCalendar", "unknown", "calendarFirstYear",
    "lateByDepartment", "latePublications", "outsideCalendarPublications"})
public record TimelinessFigures(int limitWorkingDays, long onTime, long late, long outsideCalendar, long unknown,
    int calendarFirstYear, Map<String, Long> lateByDepartment, List<LatePublication> latePublications,
    List<OutsideCalendarPublication> outsideCalendarPublications) {

  public TimelinessFigures {
    lateByDepartment = new TreeMap<>(lateByDepartment);
    latePublications = latePublications.stream().sorted(LatePublication.BY_DEPARTMENT).toList();
    outsideCalendarPublications = outsideCalendarPublications.stream()
        .sorted(OutsideCalendarPublication.BY_DEPARTMENT).toList();
  }
}
