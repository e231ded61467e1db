package cn.gongkai.normalize;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date that exists but cannot be true of an export, its year outside the {@link DateRange}
 * (1019-03-01 for 2019-03-01). Expected and frequent, so it carries no stack trace.
 */
public final class DateOutOfRangeException extends Exception {

  private final transient LocalDate date;
  private final String why;

  /** @param why the accepted years, in Chinese for the clerk (应在1949年至2027年之间) */
  DateOutOfRangeException(LocalDate date, String why) {
    super(Objects.requireNonNull(why, "why"), null, false, false);
    this.date = date;
    this.why = why;
  }

  /** The date as read. */
  public LocalDate date() {
    return date;
  }

  /** The accepted years, in Chinese for the clerk, e.g. {@code 应在1949年至2027年之间}. */
  public String why() {
    return why;
  }
}
