package cn.gongkai.application;

import cn.gongkai.aggregate.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * The legal time limit of a reply (条例 article 33): within 20 working days of receipt, or 40 when the
 * reply was extended, counted on the working-day calendar from the day after receipt.
 */
public final class ReplyDeadline {

  public static final int WORKING_DAYS = 20;
  public static final int EXTENDED_WORKING_DAYS = 40;

  /** Where an application stands against its limit at the end of a year. */
  public enum Status {
    /** answered within 20 working days */
    ON_TIME,
    /** answered after 20 but within the 40 of a recorded extension */
    EXTENDED_ON_TIME,
    /** answered after its limit */
    OVERDUE,
    /** not answered by the end of the year, and its limit passed before that */
    OPEN_PAST_DEADLINE,
    /** not answered by the end of the year, still within its limit */
    OPEN,
    /**
     * received before the calendar's first year (2007: the State Council's notices kept as data
     * start there), so its limit cannot be counted in working days; counted apart, never guessed
     */
    OUTSIDE_CALENDAR
  }

  private final WorkingDayCalendar calendar;

  public ReplyDeadline(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** The last day of the limit: the 20th (or 40th) working day after receipt. */
  public LocalDate lastDay(Application application) {
    int limit = application.extended() ? EXTENDED_WORKING_DAYS : WORKING_DAYS;
    LocalDate day = application.receivedDate();
    int counted = 0;
    while (counted < limit) {
      day = day.plusDays(1);
      if (calendar.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** How {@code application} stands at the end of {@code asOf} (a reply after it counts as none yet). */
  public Status status(Application application, LocalDate asOf) {
    if (calendar.years().isEmpty() || application.receivedDate().getYear() < calendar.years().first()) {
      return Status.OUTSIDE_CALENDAR;
    }
    LocalDate lastDay = lastDay(application);
    if (application.answeredBy(asOf)) {
      if (!application.replyDate().isAfter(lastDay)) {
        return calendar.workingDaysAfter(application.receivedDate(), application.replyDate()) <= WORKING_DAYS
            ? Status.ON_TIME : Status.EXTENDED_ON_TIME;
      }
      return Status.OVERDUE;
    }
    return asOf.isAfter(lastDay) ? Status.OPEN_PAST_DEADLINE : Status.OPEN;
  }
}
