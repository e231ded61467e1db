package cn.gongkai.normalize;

import static cn.gongkai.normalize.SourceRowBuilder.FILE;
import static cn.gongkai.normalize.SourceRowBuilder.LINE;
import static cn.gongkai.normalize.SourceRowBuilder.RAW;
import static cn.gongkai.normalize.SourceRowBuilder.aRow;
import static cn.gongkai.publication.PublicationField.CREATED_DATE;
import static cn.gongkai.publication.PublicationField.DISCLOSURE;
import static cn.gongkai.publication.PublicationField.PUBLISHED_DATE;
import static cn.gongkai.publication.PublicationField.REPEALED_DATE;
import static cn.gongkai.publication.PublicationField.TITLE;
import static cn.gongkai.publication.PublicationField.VALIDITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rows the clerk has to correct: the reason, the words they read, and the evidence. */
class RowRejectionTest {

  private final RowNormalizer normalizer = new RowNormalizer();

  @Test
  void rejectsARowWithMoreColumnsThanTheHeaderAndSaysWhy() {
    Rejection rejection = rejectionOf(aRow().withColumns(7, 6));

    assertThat(rejection.reason()).isEqualTo(RejectionReason.WRONG_COLUMN_COUNT);
    assertThat(rejection.message()).isEqualTo(
        "表头有6列，这一行却有7列。通常是某个字段里有未加引号的逗号或换行，"
            + "请给该字段加上英文双引号，或删去其中的逗号和换行后重新导出");
  }

  @Test
  void rejectsARowWithFewerColumnsThanTheHeader() {
    assertThat(rejectionOf(aRow().withColumns(3, 6)).message()).startsWith("表头有6列，这一行却有3列。");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {" ", "\u3000\u00A0", "\uFEFF"})
  @NullAndEmptySource
  void rejectsARowWithoutTitle(String title) {
    Rejection rejection = rejectionOf(aRow().with(TITLE, title));

    assertThat(rejection.reason()).isEqualTo(RejectionReason.MISSING_TITLE);
    assertThat(rejection.message()).isEqualTo("标题为空，请填写该条信息的标题");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {" ", "\u3000", "无", "—"})
  @NullAndEmptySource
  void rejectsARowWithoutPublishedDate(String date) {
    Rejection rejection = rejectionOf(aRow().with(PUBLISHED_DATE, date));

    assertThat(rejection.reason()).isEqualTo(RejectionReason.MISSING_PUBLISHED_DATE);
    assertThat(rejection.message()).isEqualTo("发布日期为空，请填写实际发布日期，如2019-03-01");
  }

  @Test
  void rejectsFebruaryThirtiethAsImpossible() {
    Rejection rejection = rejectionOf(aRow().with(PUBLISHED_DATE, " 2019-02-30 "));

    assertThat(rejection.reason()).isEqualTo(RejectionReason.IMPOSSIBLE_DATE);
    assertThat(rejection.message()).isEqualTo("发布日期“2019-02-30”不存在（2019年2月只有28天），请改为实际发布日期");
  }

  @Test
  void rejectsAnUnreadablePublishedDateQuotingItAsWritten() {
    Rejection rejection = rejectionOf(aRow().with(PUBLISHED_DATE, "２０１９年３月"));

    assertThat(rejection.reason()).isEqualTo(RejectionReason.UNPARSEABLE_DATE);
    assertThat(rejection.message()).isEqualTo("发布日期“２０１９年３月”无法识别，请写成2019-03-01、2019/3/1、"
        + "2019.3.1、2019年3月1日或20190301这样的完整日期");
  }

  @Test
  void rejectsAnImpossibleCreatedDateNamingThatField() {
    Rejection rejection = rejectionOf(aRow().with(CREATED_DATE, "2019/13/01"));

    assertThat(rejection.reason()).isEqualTo(RejectionReason.IMPOSSIBLE_DATE);
    assertThat(rejection.message()).isEqualTo("生成日期“2019/13/01”不存在（一年只有12个月），请改为实际生成日期");
  }

  @Test
  void rejectsAnUnreadableRepealedDateNamingThatField() {
    Rejection rejection = rejectionOf(aRow().with(REPEALED_DATE, "2019年底"));

    assertThat(rejection.reason()).isEqualTo(RejectionReason.UNPARSEABLE_DATE);
    assertThat(rejection.message()).startsWith("废止日期“2019年底”无法识别，");
  }

  @Test
  void rejectsAnUnknownDisclosureListingTheAcceptedValues() {
    Rejection rejection = rejectionOf(aRow().with(DISCLOSURE, "部分公开"));

    assertThat(rejection.reason()).isEqualTo(RejectionReason.UNKNOWN_DISCLOSURE);
    assertThat(rejection.message())
        .isEqualTo("公开方式“部分公开”无法识别，请填写主动公开、依申请公开或不予公开（留空即为主动公开）");
  }

  @Test
  void rejectsAnUnknownValidityListingTheAcceptedValues() {
    Rejection rejection = rejectionOf(aRow().with(VALIDITY, "部分修改"));

    assertThat(rejection.reason()).isEqualTo(RejectionReason.UNKNOWN_VALIDITY);
    assertThat(rejection.message()).isEqualTo("有效性“部分修改”无法识别，请填写有效、废止或失效（不清楚可留空）");
  }

  static Stream<Arguments> oneFaultOfEachReason() {
    return Stream.of(
        Arguments.of(RejectionReason.WRONG_COLUMN_COUNT, aRow().withColumns(5, 4)),
        Arguments.of(RejectionReason.MISSING_TITLE, aRow().with(TITLE, "")),
        Arguments.of(RejectionReason.MISSING_PUBLISHED_DATE, aRow().with(PUBLISHED_DATE, null)),
        Arguments.of(RejectionReason.UNPARSEABLE_DATE, aRow().with(PUBLISHED_DATE, "去年")),
        Arguments.of(RejectionReason.IMPOSSIBLE_DATE, aRow().with(CREATED_DATE, "20190230")),
        Arguments.of(RejectionReason.UNKNOWN_DISCLOSURE, aRow().with(DISCLOSURE, "内部")),
        Arguments.of(RejectionReason.UNKNOWN_VALIDITY, aRow().with(VALIDITY, "待定")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneFaultOfEachReason")
  void everyRejectionCarriesTheFileTheLineAndTheRawRow(
      RejectionReason reason, SourceRowBuilder row) {
    Rejection rejection = rejectionOf(row);

    assertThat(rejection.reason()).isEqualTo(reason);
    assertThat(rejection.file()).isEqualTo(FILE);
    assertThat(rejection.line()).isEqualTo(LINE);
    assertThat(rejection.raw()).isEqualTo(RAW);
  }

  @Test
  void reportsOnlyTheFirstFaultOfARow() {
    Rejection rejection = rejectionOf(aRow().with(TITLE, " ").with(PUBLISHED_DATE, "2019-02-30"));

    assertThat(rejection.reason()).isEqualTo(RejectionReason.MISSING_TITLE);
  }

  private Rejection rejectionOf(SourceRowBuilder row) {
    return catchThrowableOfType(RowRejectedException.class, () -> normalizer.normalize(row.build()))
        .rejection();
  }
}
