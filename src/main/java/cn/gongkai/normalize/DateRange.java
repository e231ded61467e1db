package cn.gongkai.normalize;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The years a date typed into an export can be true of: from {@code earliestYear} (1949 by default,
 * before which no office of the People's Republic made a record) to {@code yearsAhead} after the
 * year of the run's clock (next year by default: a 生成日期 or 收到日期 is never in the future, but a
 * run on New Year's Eve meets dates of the next day). A date outside is a typo (1019 for 2019, 2091
 * for 2019) that would otherwise be counted as a real delay of centuries, or stop the figures of a
 * year whose calendar has no such year. The one rule every date of a publication or register row is
 * held to; a 废止日期 (失效日期) only to its earliest year, since a document's term of validity sets it
 * years ahead.
 *
 * <p>The clock is read for every date, so that a long-running {@code serve} moves on at New Year;
 * its year is worked out again only when the clock leaves the year last found (a load checks
 * millions of dates, and the year of an instant costs a time-zone lookup and its rules each time).
 */
public final class DateRange {

  /** The defaults of configuration ({@code gongkai.intake.dates}). */
  public static final int DEFAULT_EARLIEST_YEAR = 1949;
  public static final int DEFAULT_YEARS_AHEAD = 1;

  private final int earliestYear;
  private final int yearsAhead;
  private final Clock clock;
  private volatile YearOfClock current;

  /** A year of the clock, and the instants (epoch milliseconds) it starts at and ends before. */
  private record YearOfClock(int year, long startsAt, long endsAt) {

    static YearOfClock at(long millis, ZoneId zone) {
      int year = LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone).getYear();
      return new YearOfClock(year, Year.of(year).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli(),
          Year.of(year + 1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli());
    }

    boolean holds(long millis) {
      return millis >= startsAt && millis < endsAt;
    }
  }

  /**
   * @param earliestYear the first year accepted
   * @param yearsAhead how many years after the clock's year are accepted, 0 or more
   * @param clock the run's clock
   */
  public DateRange(int earliestYear, int yearsAhead, Clock clock) {
    this.earliestYear = earliestYear;
    this.yearsAhead = yearsAhead;
    this.clock = Objects.requireNonNull(clock, "clock");
    if (yearsAhead < 0) {
      throw new IllegalArgumentException("gongkai.intake.dates.latest-years-ahead must be 0 or more, was " + yearsAhead);
    }
    if (earliestYear > clockYear()) {
      throw new IllegalArgumentException("gongkai.intake.dates.earliest-year must not be after this year, was "
          + earliestYear);
    }
  }

  /** 1949 to next year on the system clock. */
  public static DateRange defaults() {
    return new DateRange(DEFAULT_EARLIEST_YEAR, DEFAULT_YEARS_AHEAD, Clock.systemDefaultZone());
  }

  public int earliestYear() {
    return earliestYear;
  }

  public int yearsAhead() {
    return yearsAhead;
  }

  public Clock clock() {
    return clock;
  }

  /** The last year accepted, as of now on the run's clock. */
  public int latestYear() {
    return clockYear() + yearsAhead;
  }

  /** The year of the clock now. */
  private int clockYear() {
    long now = clock.millis();
    YearOfClock known = current;
    if (known == null || !known.holds(now)) {
      known = YearOfClock.at(now, clock.getZone());
      current = known;
    }
    return known.year();
  }

  /**
   * @throws DateOutOfRangeException when {@code date}'s year is before the earliest or after the latest year
   */
  public void check(LocalDate date) throws DateOutOfRangeException {
    int latest = latestYear();
    if (date.getYear() < earliestYear || date.getYear() > latest) {
      throw new DateOutOfRangeException(date, "应在" + earliestYear + "年至" + latest + "年之间");
    }
  }

  /** @throws DateOutOfRangeException when {@code date}'s year is before the earliest year */
  public void checkNotBefore(LocalDate date) throws DateOutOfRangeException {
    if (date.getYear() < earliestYear) {
      throw new DateOutOfRangeException(date, "应在" + earliestYear + "年或之后");
    }
  }
}
