package cn.gongkai.aggregate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The holiday-cn files of one calendar folder, read whole: the days each lists and every problem found,
 * each naming its file and the fix, so that an operator corrects them all at once.
 */
final class CalendarFiles {

  static final String SOURCE = "https://github.com/NateScarlet/holiday-cn";
  private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");
  // Jackson names an unclosed bracket's start by a source it redacts: noise for a clerk, the line is given.
  private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");
  // Without it a key written twice ("year" twice) would silently keep the last value.
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Whether a listed day is a day off, and which file lists it. */
  private record Listing(Path file, boolean offDay) {}

  private final List<String> problems = new ArrayList<>();
  private final Map<LocalDate, Listing> listed = new HashMap<>();
  private final Set<Integer> years = new TreeSet<>();
  private final Set<Integer> unpublished = new TreeSet<>();

  private CalendarFiles() {}

  /** Reads every {@code <year>.json} directly in {@code directory}, an existing folder, in name order. */
  static CalendarFiles read(Path directory) {
    CalendarFiles files = new CalendarFiles();
    List<Path> yearFiles = yearFiles(directory, files.problems);
    if (yearFiles.isEmpty() && files.problems.isEmpty()) {
      files.problems.add(directory + ": holds no <year>.json (add holiday-cn's file of each year, " + SOURCE + ")");
    }
    yearFiles.forEach(file -> files.readFile(file, yearOf(file)));
    return files;
  }

  /** Every problem found, each naming its file; empty when the calendar can be used. */
  List<String> problems() {
    return problems;
  }

  /** Years whose file lists no days: holiday-cn's placeholder until the State Council's notice is out. */
  Set<Integer> unpublished() {
    return unpublished;
  }

  /** Per year with days, a set bit at (day of year - 1) for each working day. */
  Map<Integer, BitSet> workingDays() {
    Map<Integer, BitSet> byYear = new HashMap<>();
    years.forEach(year -> byYear.put(year, weekdays(year)));
    // A December day listed by the next year's file (2018-12-31 by 2019.json) corrects its own year;
    // one whose year has no file (2006-12-30 by 2007.json) has nothing to correct and stays unknown.
    listed.forEach((date, listing) -> Optional.ofNullable(byYear.get(date.getYear()))
        .ifPresent(days -> days.set(date.getDayOfYear() - 1, !listing.offDay())));
    return byYear;
  }

  private static List<Path> yearFiles(Path directory, List<String> problems) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(Files::isRegularFile)
          .filter(file -> YEAR_FILE.matcher(file.getFileName().toString()).matches())
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      problems.add(directory + ": cannot be listed: " + e.getMessage());
      return List.of();
    }
  }

  private static int yearOf(Path yearFile) {
    return Integer.parseInt(yearFile.getFileName().toString().substring(0, 4));
  }

  private static BitSet weekdays(int year) {
    BitSet days = new BitSet(366);
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      days.set(day.getDayOfYear() - 1, day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0);
    }
    return days;
  }

  private void readFile(Path file, int year) {
    Optional<JsonNode> root = parse(file);
    if (root.isEmpty() || !declares(file, year, root.get())) {
      return;
    }
    JsonNode days = root.get().get("days");
    if (days == null || !days.isArray()) {
      add(file, "has no \"days\" list (take holiday-cn's " + year + ".json unchanged, " + SOURCE + ")");
    } else if (days.isEmpty()) {
      unpublished.add(year);
    } else {
      years.add(year);
      days.forEach(day -> readDay(file, year, day));
    }
  }

  private Optional<JsonNode> parse(Path file) {
    try {
      return Optional.of(JSON.readTree(Files.readAllBytes(file)));
    } catch (IOException e) {
      add(file, "cannot be read: " + e);
    } catch (JacksonException e) {
      String message = START_MARKER.matcher(e.getOriginalMessage()).replaceAll("");
      add(file, "is not valid JSON: " + message + at(e.getLocation())
          + " (replace it with holiday-cn's " + file.getFileName() + " unchanged, " + SOURCE + ")");
    }
    return Optional.empty();
  }

  private boolean declares(Path file, int year, JsonNode root) {
    JsonNode declared = root.get("year");
    if (declared != null && declared.isInt() && declared.intValue() == year) {
      return true;
    }
    add(file, declared == null || !declared.isInt()
        ? "has no \"year\": " + year + " (take holiday-cn's " + year + ".json unchanged, " + SOURCE + ")"
        : "\"year\" is " + declared.intValue() + " but the file is named " + file.getFileName()
            + " (name it " + declared.intValue() + ".json, or take holiday-cn's " + year + ".json)");
    return false;
  }

  private void readDay(Path file, int year, JsonNode day) {
    Optional<LocalDate> date = date(file, year, day);
    if (date.isEmpty()) {
      return;
    }
    JsonNode offDay = day.get("isOffDay");
    if (offDay != null && offDay.isBoolean()) {
      list(file, date.get(), offDay.booleanValue());
    } else {
      add(file, "day " + date.get() + " needs \"isOffDay\": true (a day off) or false (a working day)");
    }
  }

  private Optional<LocalDate> date(Path file, int year, JsonNode day) {
    JsonNode text = day.get("date");
    if (text == null || !text.isString()) {
      add(file, "day " + day + " has no \"date\" (write \"date\": \"" + year + "-10-01\")");
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(text.stringValue());
      // A notice may start the New Year holiday in December: 2019's gives 2018-12-30 and 2018-12-31.
      if (date.getYear() == year || (date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER)) {
        return Optional.of(date);
      }
      add(file, "day " + date + " is not in " + year + " (move it to " + date.getYear() + ".json; only a"
          + " New Year holiday may start in the December before)");
    } catch (DateTimeParseException e) {
      add(file, "day \"" + text.stringValue() + "\" is not a date (write yyyy-MM-dd, e.g. " + year + "-10-01)");
    }
    return Optional.empty();
  }

  private void list(Path file, LocalDate date, boolean offDay) {
    Listing earlier = listed.putIfAbsent(date, new Listing(file, offDay));
    if (earlier == null || (!earlier.file().equals(file) && earlier.offDay() == offDay)) {
      return; // two notices agreeing on a December day do not contradict each other
    }
    add(file, "day " + date + " is listed twice (" + (earlier.file().equals(file) ? "in this file"
        : "also in " + earlier.file() + ", as " + (earlier.offDay() ? "a day off" : "a working day"))
        + "); keep one");
  }

  private void add(Path file, String problem) {
    problems.add(file + ": " + problem);
  }

  private static String at(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1
        ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
