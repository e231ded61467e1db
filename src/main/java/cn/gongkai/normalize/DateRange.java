package cn.gongkai.normalize;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
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
 * @param earliestYear the first year accepted
 * @param yearsAhead how many years after the clock's year are accepted, 0 or more
 * @param clock the run's clock, read for every date so that a long-running {@code serve} moves on at New Year
 */
public record DateRange(int earliestYear, int yearsAhead, Clock clock) {

  /** The defaults of configuration ({@code gongkai.intake.dates}). */
  public static final int DEFAULT_EARLIEST_YEAR = 1949;
  public static final int DEFAULT_YEARS_AHEAD = 1;

  public DateRange {
    Objects.requireNonNull(clock, "clock");
    if (yearsAhead < 0) {
      throw new IllegalArgumentException("gongkai.intake.dates.latest-years-ahead must be 0 or more, was " + yearsAhead);
    }
    if (earliestYear > Year.now(clock).getValue()) {
      throw new IllegalArgumentException("gongkai.intake.dates.earliest-year must not be after this year, was "
          + earliestYear);
    }
  }

  /** 1949 to next year on the system clock. */
  public static DateRange defaults() {
    return new DateRange(DEFAULT_EARLIEST_YEAR, DEFAULT_YEARS_AHEAD, Clock.systemDefaultZone());
  }

  /** The last year accepted, as of now on the run's clock. */
  public int latestYear() {
    return Year.now(clock).getValue() + yearsAhead;
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
