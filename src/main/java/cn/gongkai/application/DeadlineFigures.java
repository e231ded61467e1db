package cn.gongkai.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The replies of a year against their legal limit: those answered in the year on time (within 20
 * working days), on time within an extension's 40, or overdue; and those received by its end, still
 * unanswered, whose limit has passed. The overdue and open-past-deadline ones are listed by
 * department, for the office to follow up. Those received before the working-day calendar begins
 * are counted apart ({@code outsideCalendar}): a year's figures never stop for one old application.
 */
public record DeadlineFigures(long onTime, long extendedOnTime, long overdue, long openPastDeadline,
    long outsideCalendar, Map<String, List<Late>> lateByDepartment) {

  /** An application answered late, or not answered past its limit. */
  public record Late(String applicationNo, LocalDate receivedDate, LocalDate lastDay, LocalDate replyDate,
      ReplyDeadline.Status status) {}

  public static DeadlineFigures of(int year, Collection<Application> applications, ReplyDeadline deadline) {
    LocalDate end = LocalDate.of(year, 12, 31);
    long onTime = 0;
    long extendedOnTime = 0;
    long overdue = 0;
    long openPast = 0;
    long outsideCalendar = 0;
    Map<String, List<Late>> late = new TreeMap<>();
    for (Application application : applications) {
      boolean answeredInYear = application.replyDate() != null && application.replyDate().getYear() == year;
      boolean openAtEnd = !application.receivedDate().isAfter(end) && !application.answeredBy(end);
      if (!answeredInYear && !openAtEnd) {
        continue;
      }
      ReplyDeadline.Status status = deadline.status(application, end);
      switch (status) {
        case ON_TIME -> onTime++;
        case EXTENDED_ON_TIME -> extendedOnTime++;
        case OVERDUE -> overdue++;
        case OPEN_PAST_DEADLINE -> openPast++;
        case OUTSIDE_CALENDAR -> outsideCalendar++;
        case OPEN -> { }
      }
      if (status == ReplyDeadline.Status.OVERDUE || status == ReplyDeadline.Status.OPEN_PAST_DEADLINE) {
        late.computeIfAbsent(application.department() == null ? "" : application.department(), d -> new ArrayList<>())
            .add(new Late(application.applicationNo(), application.receivedDate(), deadline.lastDay(application),
                application.answeredBy(end) ? application.replyDate() : null, status)); // a later reply is not yet known
      }
    }
    late.values().forEach(list -> list.sort(Comparator.comparing(Late::receivedDate)));
    return new DeadlineFigures(onTime, extendedOnTime, overdue, openPast, outsideCalendar, late);
  }
}
