package cn.gongkai.aggregate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * China's working days, by which timeliness counts "published within N working days of createdDate"
 * (SPEC section 7): Monday to Friday, less the public holidays of the State Council's yearly notice,
 * plus the weekend days it makes working days (调休). Each notice is data, holiday-cn's
 * {@code <year>.json} in config/calendar, so a new year is a new file, not a code change.
 *
 * <p>A day its year's file does not list follows the week. A year without a file, or whose file lists
 * no days yet, is never guessed that way: asking about it throws {@link MissingCalendarYearException}.
 * Immutable, so one instance serves every thread.
 */
public final class WorkingDayCalendar {

  private final Path directory;
  // Bit (day of year - 1) is set for a working day: a date is one lookup, a span one cardinality per year.
  private final Map<Integer, BitSet> workingDays;
  private final Set<Integer> unpublished;
  private final SortedSet<Integer> years;

  private WorkingDayCalendar(Path directory, Map<Integer, BitSet> workingDays, Set<Integer> unpublished) {
    this.directory = directory;
    this.workingDays = Map.copyOf(workingDays);
    this.unpublished = Set.copyOf(unpublished);
    this.years = Collections.unmodifiableSortedSet(new TreeSet<>(workingDays.keySet()));
  }

  /**
   * Reads every {@code <year>.json} directly in {@code directory}; other files are ignored.
   *
   * @throws CalendarException naming the directory when it is missing or holds no year's file, or listing
   *     every problem of every file: not JSON, a "year" other than its name, a day that is not a date or
   *     not in that year (the December before is allowed, for a New Year holiday starting then), a date
   *     listed twice in a file, or listed by two files as both a day off and a working day
   */
  public static WorkingDayCalendar load(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new CalendarException(List.of(directory + ": the working-day calendar folder does not exist"
          + " (create it and put each year's <year>.json in it, " + CalendarFiles.SOURCE + ")"));
    }
    CalendarFiles files = CalendarFiles.read(directory);
    if (!files.problems().isEmpty()) {
      throw new CalendarException(files.problems());
    }
    return new WorkingDayCalendar(directory, files.workingDays(), files.unpublished());
  }

  /**
   * Whether {@code date} is a working day.
   *
   * @throws MissingCalendarYearException when the calendar has no days for its year
   */
  public boolean isWorkingDay(LocalDate date) {
    return workingDaysOf(date.getYear()).get(date.getDayOfYear() - 1);
  }

  /**
   * How many working days d there are with {@code from < d <= to}: 0 when {@code to} is not after
   * {@code from}; 1 from an ordinary Friday to the next Monday. Only the days counted need a calendar.
   *
   * @throws MissingCalendarYearException when the calendar has no days for a year of that span
   */
  public int workingDaysAfter(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    LocalDate first = from.plusDays(1);
    int count = 0;
    for (int year = first.getYear(); year <= to.getYear(); year++) {
      int start = year == first.getYear() ? first.getDayOfYear() - 1 : 0;
      int end = year == to.getYear() ? to.getDayOfYear() : LocalDate.of(year, 12, 31).getDayOfYear();
      count += workingDaysOf(year).get(start, end).cardinality();
    }
    return count;
  }

  /** The years it answers for, ascending; a year whose file lists no days yet is not among them. */
  public SortedSet<Integer> years() {
    return years;
  }

  private BitSet workingDaysOf(int year) {
    BitSet days = workingDays.get(year);
    if (days != null) {
      return days;
    }
    Path file = directory.resolve(year + ".json");
    throw unpublished.contains(year)
        ? MissingCalendarYearException.unpublished(year, file)
        : MissingCalendarYearException.absent(year, file);
  }
}
