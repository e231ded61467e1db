package cn.gongkai.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rule the register load keeps one row of an application or case by (RegisterLoadTasklet calls it). */
class RegisterDeduplicationTest {

  private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 1);

  @Test
  void anAnsweredApplicationIsNotReplacedByALaterExportOfItStillOpen() {
    assertThat(RegisterDeduplication.replaces(answered("予以公开"), open())).isFalse();
  }

  @Test
  void anOpenApplicationIsReplacedByItsAnswer() {
    assertThat(RegisterDeduplication.replaces(open(), answered("予以公开"))).isTrue();
  }

  @Test
  void betweenRowsAsAdvancedTheLaterOneWithTheOfficesCorrectionsIsKept() {
    assertThat(RegisterDeduplication.replaces(answered("予以公开"), answered("部分公开"))).isTrue();
    assertThat(RegisterDeduplication.replaces(open(), open())).isTrue();
  }

  @Test
  void aClosedCaseIsNotReplacedByALaterRowStillPendingButAPendingOneIsByItsDecision() {
    ReviewCase pending = new ReviewCase("复2024-1", ReviewCase.Kind.REVIEW, RECEIVED, ReviewCase.Result.PENDING, null);
    ReviewCase closed = new ReviewCase("复2024-1", ReviewCase.Kind.REVIEW, RECEIVED, ReviewCase.Result.UPHELD,
        RECEIVED.plusMonths(2));

    assertThat(RegisterDeduplication.replaces(closed, pending)).isFalse();
    assertThat(RegisterDeduplication.replaces(pending, closed)).isTrue();
    assertThat(RegisterDeduplication.replaces(closed, closed)).isTrue();
  }

  private static Application open() {
    return new Application("A1", RECEIVED, ApplicationChannel.ONLINE, ApplicantType.NATURAL_PERSON, "申请公开某文件",
        null, null, false, null, "办公室");
  }

  private static Application answered(String result) {
    return new Application("A1", RECEIVED, ApplicationChannel.ONLINE, ApplicantType.NATURAL_PERSON, "申请公开某文件",
        ResultVocabulary.defaults().parse(result).orElseThrow(), RECEIVED.plusDays(10), false, null, "办公室");
  }
}
