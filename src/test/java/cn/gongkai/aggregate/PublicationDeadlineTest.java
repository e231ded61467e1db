package cn.gongkai.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** One 生成日期 per 发布日期 divides the late from the on time, exactly as counting each delay would. */
class PublicationDeadlineTest {

  private static final WorkingDayCalendar SHIPPED = WorkingDayCalendar.load(Path.of("config/calendar"));

  @ParameterizedTest
  @ValueSource(ints = {0, 3, 20})
  void dividesLateFromOnTimeAsEachDelayCountedAloneWould(int limit) {
    Random random = new Random(limit);
    for (int i = 0; i < 3_000; i++) {
      LocalDate published = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(7 * 365));
      LocalDate created = published.minusDays(random.nextInt(80));
      PublicationDeadline deadline = PublicationDeadline.of(published, limit, SHIPPED);

      boolean late = SHIPPED.workingDaysAfter(created, published) > limit;
      assertThat(!created.isAfter(deadline.latestLate())).as("made %s, published %s, limit %d", created, published, limit)
          .isEqualTo(late);
    }
  }

  @Test
  void countsTheSpringFestivalAsDaysOff() {
    // made 02-08, published 03-12 is 19 working days (02-10..17 off, Sunday 02-18 worked): 02-07 is 20, on time; 02-06 late
    PublicationDeadline deadline = PublicationDeadline.of(LocalDate.of(2024, 3, 12), 20, SHIPPED);

    assertThat(deadline.latestLate()).isEqualTo(LocalDate.of(2024, 2, 6));
    assertThat(deadline.missingYear()).isNull();
  }

  @Test
  void judgesOnlyWhatTheKnownDaysDecideWhenTheCalendarLacksAYear() {
    // holiday-cn's 2027 file lists no days yet: published on 2027-01-05, only a publication made that day is judged
    PublicationDeadline deadline = PublicationDeadline.of(LocalDate.of(2027, 1, 5), 20, SHIPPED);

    assertThat(deadline.latestLate()).isNull();
    assertThat(deadline.knownFrom()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(deadline.missingYear().year()).isEqualTo(2027);
    assertThat(deadline.missingYear()).hasMessageContaining("2027.json");
  }
}
