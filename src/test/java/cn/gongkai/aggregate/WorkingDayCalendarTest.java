package cn.gongkai.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The working-day calendar as shipped in config/calendar, and what an operator is told about bad files. */
class WorkingDayCalendarTest {

  private static final WorkingDayCalendar SHIPPED = WorkingDayCalendar.load(Path.of("config/calendar"));

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0} working: {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      2018-12-29 | true  | Saturday worked for 元旦 2019, listed by 2019.json
      2018-12-31 | false | Monday off for 元旦 2019, listed by 2019.json
      2019-02-02 | true  | Saturday worked for 春节
      2019-02-04 | false | Monday, 春节
      2019-10-01 | false | Tuesday, 国庆节
      2020-01-19 | true  | Sunday worked for 春节
      2020-01-31 | false | Friday, 春节 extended
      2020-06-28 | true  | Sunday worked for 端午节
      2021-02-07 | true  | Sunday worked for 春节
      2021-02-11 | false | Thursday, 春节
      2021-09-21 | false | Tuesday, 中秋节
      2022-01-29 | true  | Saturday worked for 春节
      2022-01-31 | false | Monday, 春节
      2022-10-09 | true  | Sunday worked for 国庆节
      2023-01-27 | false | Friday, 春节
      2023-01-28 | true  | Saturday worked for 春节
      2023-06-22 | false | Thursday, 端午节
      2024-02-04 | true  | Sunday worked for 春节
      2024-02-12 | false | Monday, 春节
      2024-06-10 | false | Monday, 端午节
      2025-01-26 | true  | Sunday worked for 春节
      2025-01-28 | false | Tuesday, 春节
      2025-10-08 | false | Wednesday, 国庆节、中秋节
      2025-10-11 | true  | Saturday worked for 国庆节
      """)
  void followsTheHolidaysAndAdjustedWorkingDaysOfEachYearsFile(LocalDate date, boolean working, String why) {
    assertThat(SHIPPED.isWorkingDay(date)).isEqualTo(working);
  }

  @Test
  void anOrdinarySaturdayIsOff() {
    assertThat(SHIPPED.isWorkingDay(LocalDate.of(2024, 3, 9))).isFalse();
  }

  @Test
  void anOrdinaryTuesdayIsOn() {
    assertThat(SHIPPED.isWorkingDay(LocalDate.of(2024, 3, 12))).isTrue();
  }

  @Test
  void answersForEveryShippedYear() {
    assertThat(SHIPPED.years()).containsAll(IntStream.rangeClosed(2007, 2026).boxed().toList());
  }

  @Test
  void countsThreeWorkingDaysAcrossTheSpringFestivalOf2024() {
    // 2024.json: 02-10 to 02-17 off, Sunday 02-18 worked; so Friday 02-09, 02-18 and Monday 02-19
    assertThat(SHIPPED.workingDaysAfter(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 19))).isEqualTo(3);
  }

  @Test
  void countsAcrossTheNewYearWithoutNewYearsDay() {
    // 2024-12-31, 2025-01-02 and 2025-01-03; 2025-01-01 is off
    assertThat(SHIPPED.workingDaysAfter(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3))).isEqualTo(3);
  }

  @Test
  void countsTheDecemberDaysOfANewYearHolidayListedByTheNextYearsFile() {
    // Saturday 2018-12-29 worked, 12-30 to 2019-01-01 off, Wednesday 2019-01-02 worked
    assertThat(SHIPPED.workingDaysAfter(LocalDate.of(2018, 12, 28), LocalDate.of(2019, 1, 2))).isEqualTo(2);
  }

  @Test
  void reachesTwentyWorkingDaysOnTheFourthFridayOfAnOrdinaryMonth() {
    LocalDate createdFriday = LocalDate.of(2024, 3, 1);

    assertThat(SHIPPED.workingDaysAfter(createdFriday, LocalDate.of(2024, 3, 28))).isEqualTo(19);
    assertThat(SHIPPED.workingDaysAfter(createdFriday, LocalDate.of(2024, 3, 29))).isEqualTo(20);
  }

  @Test
  void countsOnlyTheDaysAfterTheStartUpToTheEnd() {
    LocalDate friday = LocalDate.of(2024, 3, 8);

    assertThat(SHIPPED.workingDaysAfter(friday, LocalDate.of(2024, 3, 11))).isEqualTo(1);
    assertThat(SHIPPED.workingDaysAfter(friday, friday)).isZero();
    assertThat(SHIPPED.workingDaysAfter(LocalDate.of(2024, 3, 11), friday)).isZero();
  }

  @Test
  void refusesADateOfAYearWithoutAFileAndNamesTheFileToAdd() {
    MissingCalendarYearException missing = catchThrowableOfType(MissingCalendarYearException.class,
        () -> SHIPPED.isWorkingDay(LocalDate.of(2031, 3, 4)));

    assertThat(missing.year()).isEqualTo(2031);
    assertThat(missing).hasMessage("No working-day calendar for 2031: add " + Path.of("config/calendar/2031.json")
        + " (holiday-cn's file of that year, https://github.com/NateScarlet/holiday-cn)");
    assertThatThrownBy(() -> SHIPPED.workingDaysAfter(LocalDate.of(2031, 1, 5), LocalDate.of(2031, 2, 5)))
        .isInstanceOf(MissingCalendarYearException.class).hasMessageContaining("2031.json");
  }

  @Test
  void refusesASpanReachingIntoAYearWithoutAFileButNotOneStartingAtItsLastDay() throws IOException {
    write("2024.json", 2024, day("2024-01-01", true));
    WorkingDayCalendar calendar = WorkingDayCalendar.load(folder);

    assertThatThrownBy(() -> calendar.workingDaysAfter(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 10)))
        .isInstanceOf(MissingCalendarYearException.class)
        .hasMessageStartingWith("No working-day calendar for 2025: add " + folder.resolve("2025.json"));
    assertThat(calendar.workingDaysAfter(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 3))).isEqualTo(2);
  }

  @Test
  void treatsAYearWhoseFileListsNoDaysYetAsMissing() throws IOException {
    write("2026.json", 2026, day("2026-01-01", true));
    write("2027.json", 2027);
    WorkingDayCalendar calendar = WorkingDayCalendar.load(folder);

    assertThat(calendar.years()).containsExactly(2026);
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 1)))
        .isInstanceOf(MissingCalendarYearException.class)
        .hasMessageContaining(folder.resolve("2027.json") + " lists no days yet");
  }

  @Test
  void appliesAgreeingListingsOfOneDayByTwoFiles() throws IOException {
    write("2023.json", 2023, day("2023-12-31", false));
    write("2024.json", 2024, day("2023-12-31", false), day("2024-01-01", true));

    assertThat(WorkingDayCalendar.load(folder).isWorkingDay(LocalDate.of(2023, 12, 31))).isTrue();
  }

  @Test
  void reportsEveryProblemOfEveryFileTogether() throws IOException {
    Files.writeString(folder.resolve("2020.json"), "{\"year\": 2020, \"days\": [");
    write("2021.json", 2022, day("2022-01-01", true));
    write("2022.json", 2022, day("2023-01-05", true), day("2022-02-30", true));
    write("2023.json", 2023, day("2023-10-02", true), day("2023-10-02", true));
    write("2024.json", 2024, day("2024-01-01", true));
    Files.writeString(folder.resolve("README.md"), "not a year's file, ignored");

    CalendarException problems = catchThrowableOfType(CalendarException.class,
        () -> WorkingDayCalendar.load(folder));

    assertThat(problems.getMessage()).startsWith("5 problems in the working-day calendar");
    assertThat(problems.problems()).satisfiesExactly(
        json -> assertThat(json).startsWith(file("2020.json") + "is not valid JSON: ")
            .endsWith("(replace it with holiday-cn's 2020.json unchanged, https://github.com/NateScarlet/holiday-cn)"),
        year -> assertThat(year).isEqualTo(file("2021.json") + "\"year\" is 2022 but the file is named 2021.json"
            + " (name it 2022.json, or take holiday-cn's 2021.json)"),
        outside -> assertThat(outside).isEqualTo(file("2022.json") + "day 2023-01-05 is not in 2022"
            + " (move it to 2023.json; only a New Year holiday may start in the December before)"),
        notADate -> assertThat(notADate).isEqualTo(file("2022.json")
            + "day \"2022-02-30\" is not a date (write yyyy-MM-dd, e.g. 2022-10-01)"),
        twice -> assertThat(twice).isEqualTo(file("2023.json")
            + "day 2023-10-02 is listed twice (in this file); keep one"));
  }

  @Test
  void reportsTwoFilesContradictingEachOtherOnADay() throws IOException {
    write("2023.json", 2023, day("2023-12-30", true));
    write("2024.json", 2024, day("2023-12-30", false));

    assertThatThrownBy(() -> WorkingDayCalendar.load(folder)).isInstanceOf(CalendarException.class)
        .hasMessage(file("2024.json") + "day 2023-12-30 is listed twice (also in " + folder.resolve("2023.json")
            + ", as a day off); keep one");
  }

  @Test
  void namesAMissingFolder() {
    Path missing = folder.resolve("calendar");

    assertThatThrownBy(() -> WorkingDayCalendar.load(missing)).isInstanceOf(CalendarException.class)
        .hasMessageStartingWith(missing + ": the working-day calendar folder does not exist");
  }

  private String file(String name) {
    return folder.resolve(name) + ": ";
  }

  private void write(String name, int year, String... days) throws IOException {
    Files.writeString(folder.resolve(name),
        "{\"year\": " + year + ", \"papers\": [], \"days\": [" + String.join(", ", days) + "]}");
  }

  private static String day(String date, boolean offDay) {
    return "{\"name\": \"节日\", \"date\": \"" + date + "\", \"isOffDay\": " + offDay + "}";
  }
}
