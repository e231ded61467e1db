package cn.gongkai.normalize;

import static cn.gongkai.normalize.SourceRowBuilder.aRow;
import static cn.gongkai.publication.PublicationField.CREATED_DATE;
import static cn.gongkai.publication.PublicationField.PUBLISHED_DATE;
import static cn.gongkai.publication.PublicationField.REPEALED_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gongkai.publication.PublicationField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates that cannot be true of a government export (a year before 1949, or after next year: a typo
 * such as 1019 for 2019) are rejected at intake, naming the accepted years, in every date of a row.
 */
class DateRangeTest {

  /** The run's clock: a night of 2026, so "next year" is 2027. */
  private static final Clock NIGHT_OF_2026 = Clock.fixed(Instant.parse("2026-12-07T17:30:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final DateRange RANGE = new DateRange(1949, 1, NIGHT_OF_2026);

  private final RowNormalizer normalizer = new RowNormalizer(RANGE);

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      发布日期 | 1019-03-01
      发布日期 | 2099-01-01
      生成日期 | 1019-03-01
      生成日期 | 2099-01-01
      废止日期 | 1948-12-31
      废止日期 | 1019-03-01
      """)
  void rejectsAYearThatCannotBeTrueNamingTheAcceptedRange(String label, String date) {
    PublicationField field = switch (label) {
      case "发布日期" -> PUBLISHED_DATE;
      case "生成日期" -> CREATED_DATE;
      default -> REPEALED_DATE;
    };

    Rejection rejection = rejectionOf(field, date);

    assertThat(rejection.reason()).isEqualTo(RejectionReason.DATE_OUT_OF_RANGE);
    String range = field == REPEALED_DATE ? "应在1949年或之后" : "应在1949年至2027年之间";
    assertThat(rejection.message()).isEqualTo(label + "“" + date + "”的年份超出可能的范围（" + range + "），"
        + "请核对后改为实际" + label);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1949-10-01", "2027-12-31", "2019-05-10"})
  void acceptsEveryDayFromTheFirstToTheLastYearOfTheRange(String date) throws Exception {
    assertThat(normalizer.normalize(aRow().with(CREATED_DATE, date).with(PUBLISHED_DATE, date).build())
        .record().createdDate()).isEqualTo(LocalDate.parse(date));
  }

  @Test
  void aRepealDateMayLieYearsAheadSinceADocumentsTermOfValiditySetsIt() throws Exception {
    // 有效期五年: the 失效日期 is known, and years after the run; 9999-12-31 is a common 长期有效
    for (String date : new String[] {"2030-12-31", "9999-12-31"}) {
      assertThat(normalizer.normalize(aRow().with(REPEALED_DATE, date).build()).record().repealedDate())
          .isEqualTo(LocalDate.parse(date));
    }
  }

  @Test
  void theLatestYearFollowsTheRunsClock() {
    Clock newYearsEve = Clock.fixed(Instant.parse("2027-12-31T15:59:59Z"), ZoneId.of("Asia/Shanghai"));
    Clock newYear = Clock.fixed(Instant.parse("2027-12-31T16:00:00Z"), ZoneId.of("Asia/Shanghai"));

    assertThat(new DateRange(1949, 1, newYearsEve).latestYear()).isEqualTo(2028);
    assertThat(new DateRange(1949, 1, newYear).latestYear()).isEqualTo(2029);
  }

  /** A long-running serve: the same range, its clock moving over New Year, then set back. */
  @Test
  void oneRangeMovesOnWhenItsClockCrossesNewYear() {
    Instant[] now = {Instant.parse("2027-12-31T15:59:59.999Z")};
    Clock moving = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneId.of("Asia/Shanghai");
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Instant instant() {
        return now[0];
      }
    };
    DateRange range = new DateRange(1949, 1, moving);

    assertThat(range.latestYear()).isEqualTo(2028);
    now[0] = Instant.parse("2027-12-31T16:00:00Z");
    assertThat(range.latestYear()).isEqualTo(2029);
    now[0] = Instant.parse("2027-06-30T00:00:00Z");
    assertThat(range.latestYear()).as("the clock set back").isEqualTo(2028);
  }

  private Rejection rejectionOf(PublicationField field, String date) {
    SourceRowBuilder row = aRow().with(field, date);
    return catchThrowableOfType(RowRejectedException.class, () -> normalizer.normalize(row.build())).rejection();
  }
}
