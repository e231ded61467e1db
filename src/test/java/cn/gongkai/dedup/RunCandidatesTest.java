package cn.gongkai.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.support.StableId;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** What a first load keeps of its publications for the near-duplicate search. */
class RunCandidatesTest {

  private final RunCandidates candidates = new RunCandidates();

  @Test
  void listsEachPublishersMonthsOnceInTheIndexsOrder() {
    add("b", "乙局", "2019-03-02");
    add("a", "甲局", "2019-03-31");
    add("c", "乙局", "2019-01-15");
    add("d", "乙局", "2019-03-20");
    add("e", "\uD840\uDC00局", "2019-03-20"); // beyond the BMP: after 乙 in UTF-8, before it in UTF-16
    add("f", "\uFF21局", "2019-03-20");

    assertThat(candidates.months()).extracting(RunCandidates.PublisherMonth::publisher,
        month -> month.month().toString()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("乙局", "2019-01"), org.assertj.core.groups.Tuple.tuple("乙局", "2019-03"),
            org.assertj.core.groups.Tuple.tuple("甲局", "2019-03"), org.assertj.core.groups.Tuple.tuple("\uFF21局", "2019-03"),
            org.assertj.core.groups.Tuple.tuple("\uD840\uDC00局", "2019-03"));
  }

  @Test
  void findsAPublishersPublicationsBetweenTwoDaysBothIncluded() {
    add("a", "甲局", "2019-02-25");
    add("b", "甲局", "2019-02-26");
    add("c", "乙局", "2019-03-01");
    add("d", "甲局", "2019-04-03");
    add("e", "甲局", "2019-04-04");

    assertThat(candidates.between("甲局", LocalDate.parse("2019-02-26"), LocalDate.parse("2019-04-03")))
        .extracting(NearDuplicateCandidate::id).containsExactly(StableId.of("b"), StableId.of("d"));
    assertThat(candidates.between("丙局", LocalDate.parse("2019-01-01"), LocalDate.parse("2019-12-31"))).isEmpty();
    assertThat(candidates.between("乙局", LocalDate.parse("2019-03-01"), LocalDate.parse("2019-03-01")))
        .singleElement().satisfies(candidate -> {
          assertThat(candidate.publishedDate()).isEqualTo(LocalDate.parse("2019-03-01"));
          assertThat(candidate.title()).isEqualTo("标题c");
          assertThat(YearMonth.from(candidate.publishedDate())).isEqualTo(YearMonth.of(2019, 3));
        });
  }

  private void add(String key, String publisher, String date) {
    PublicationRecord row = DeduplicatorTest.row(null, "标题" + key, null, date, "a.csv", 2).record();
    assertThat(candidates.add(StableId.of(key), PublicationKeysTest.withPublisher(row, publisher))).isTrue();
  }
}
