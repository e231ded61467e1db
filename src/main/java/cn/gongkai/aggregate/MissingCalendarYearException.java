package cn.gongkai.aggregate;

import java.nio.file.Path;

/**
 * A date falls in a year the working-day calendar has no holidays for. Counting such a year by its
 * weekdays alone would silently treat the Spring Festival as working days, so it stops instead and
 * names the file to add.
 */
public final class MissingCalendarYearException extends RuntimeException {

  private static final String SOURCE = CalendarFiles.SOURCE;

  private final int year;

  private MissingCalendarYearException(int year, String message) {
    super(message);
    this.year = year;
  }

  /** No file for {@code year}: {@code file} is where it belongs. */
  static MissingCalendarYearException absent(int year, Path file) {
    return new MissingCalendarYearException(year, "No working-day calendar for " + year + ": add " + file
        + " (holiday-cn's file of that year, " + SOURCE + ")");
  }

  /** {@code file} exists but lists no days: holiday-cn's placeholder before the State Council's notice. */
  static MissingCalendarYearException unpublished(int year, Path file) {
    return new MissingCalendarYearException(year, "No working-day calendar for " + year + ": " + file
        + " lists no days yet (the holidays are not announced); replace it with holiday-cn's file of that year"
        + " once they are (" + SOURCE + ")");
  }

  /** The year without a calendar. */
  public int year() {
    return year;
  }
}
