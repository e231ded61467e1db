package cn.gongkai.aggregate;

import java.time.LocalDate;

/**
 * What the time limit means for the publications of one 发布日期: made (生成日期) on or before
 * {@code latestLate}, they were late; made after it (and not after the 发布日期), on time. The delay
 * only grows the earlier a publication was made, so one date divides them; Elasticsearch can then
 * count each side with a range query, where it cannot compute a delay in working days.
 *
 * <p>Made before {@code outsideBefore}, their delay needs days before the calendar's first year,
 * which no calendar file will ever give (holiday-cn begins in 2007): they are counted apart, outside
 * the calendar, and never stop the year's figures. When the calendar lacks a later year the count
 * back needs, {@code latestLate} is {@code null}: the publications made from {@code knownFrom} on are
 * on time (the days counted are all known), those made before it and from {@code outsideBefore} on
 * cannot be judged, and counting them is the error {@code missingYear}, which names the file to add.
 */
record PublicationDeadline(LocalDate published, LocalDate latestLate, LocalDate knownFrom,
    LocalDate outsideBefore, MissingCalendarYearException missingYear) {

  /** Counts back {@code limitWorkingDays} working days from {@code published} on {@code calendar}. */
  static PublicationDeadline of(LocalDate published, int limitWorkingDays, WorkingDayCalendar calendar) {
    // made the day before the calendar's first day, the days counted are all in it
    LocalDate measurableFrom = calendar.years().isEmpty() ? LocalDate.of(1, 1, 1)
        : LocalDate.of(calendar.years().first(), 1, 1).minusDays(1);
    int counted = 0;
    LocalDate day = published;
    while (true) {
      try {
        counted += calendar.isWorkingDay(day) ? 1 : 0; // made the day before, this day is counted
      } catch (MissingCalendarYearException e) {
        return new PublicationDeadline(published, null, day, day.isBefore(measurableFrom) ? day : measurableFrom, e);
      }
      day = day.minusDays(1);
      if (counted > limitWorkingDays) {
        return new PublicationDeadline(published, day, null, measurableFrom, null);
      }
    }
  }
}
