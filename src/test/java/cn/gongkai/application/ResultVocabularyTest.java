package cn.gongkai.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResultVocabularyTest {

  /** The format's own wording (国办公开办函〔2021〕30号), as /work/shared/reference keeps it. */
  private static final Path FORMAT = Path.of("src/test/resources/reference/annual-report-format-2021.json");

  private final ResultVocabulary vocabulary = ResultVocabulary.defaults();

  /**
   * Every result row of part 三 as the format prints it, each written the ways a clerk copies it:
   * as printed, without its numbering, after its group (or part heading), without its note in brackets.
   */
  static Stream<Arguments> everyPrintedRowLabel() throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    JsonMapper.builder().build().readTree(FORMAT.toFile()).path("table3_收到和处理政府信息公开申请情况")
        .path("rows_in_order").forEach(row -> {
          if (row.path("key").asString().matches("r[1-6].*")) {
            rows.add(row);
          }
        });
    assertThat(rows).hasSize(ApplicationResult.values().length); // the format's rows, in the enum's order
    List<Arguments> cases = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ApplicationResult result = ApplicationResult.values()[i];
      String label = rows.get(i).path("label").asString();
      String group = rows.get(i).path("group").asString();
      String unnumbered = label.replaceFirst("^（[一二三四五六七]）|^\\d+\\.", "");
      String withoutNote = label.replaceFirst("（[^（）]*）$", "");
      for (String written : new LinkedHashSet<>(List.of(label, unnumbered, group + label, group + " " + label,
          group.replaceFirst("^（[一二三四五六七]）", "") + "-" + unnumbered, withoutNote,
          withoutNote.replaceFirst("^（[一二三四五六七]）", "")))) {
        cases.add(Arguments.of(written, result));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("everyPrintedRowLabel")
  void everyRowLabelOfTheFormatIsReadAsPrintedNumberedOrNotWithItsGroupAndItsNote(String written,
      ApplicationResult row) {
    assertThat(vocabulary.parse(written)).contains(row);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      部分公开（区分处理）                | PARTLY_DISCLOSED
      （二）部分公开（区分处理）          | PARTLY_DISCLOSED
      部分公开(区分处理的,只计这一情形)   | PARTLY_DISCLOSED
      区分处理                            | PARTLY_DISCLOSED
      同意部分公开                        | PARTLY_DISCLOSED
      同意公开                            | DISCLOSED
      全部公开                            | DISCLOSED
      国家秘密                            | STATE_SECRET
      不予公开：属于国家秘密              | STATE_SECRET
      法律法规禁止公开                    | FORBIDDEN_BY_LAW
      三安全一稳定                        | ENDANGERS_SECURITY
      第三方合法权益                      | THIRD_PARTY
      三类内部事务信息                    | INTERNAL_AFFAIRS
      内部事务信息                        | INTERNAL_AFFAIRS
      过程性信息                          | PROCESS_INFORMATION
      行政执法案卷                        | ENFORCEMENT_FILE
      行政查询事项                        | ADMINISTRATIVE_QUERY
      信息不存在                          | NOT_HELD
      本机关不掌握                        | NOT_HELD
      需另行制作                          | WOULD_NEED_MAKING
      申请内容不明确                      | STILL_UNCLEAR
      信访举报投诉                        | PETITION
      重复申请                            | REPEATED
      公开出版物                          | PUBLISHED_MATERIAL
      大量反复申请                        | VEXATIOUS
      重新出具已获取信息                  | CONFIRMATION
      逾期不补正                          | NOT_CORRECTED
      逾期未缴费                          | FEE_UNPAID
      其他处理-其他                       | OTHER
      """)
  void commonShorteningsMapOntoTheirRows(String written, ApplicationResult row) {
    assertThat(vocabulary.parse(written)).contains(row);
  }

  @Test
  void anUnknownResultIsRefusedNamingTheClosestRowFirstThenEveryRow() {
    RegisterRowParser parser = new RegisterRowParser(vocabulary, "办公室");
    Map<RegisterField, String> row = new java.util.EnumMap<>(Map.of(RegisterField.APPLICATION_NO, "A1",
        RegisterField.RECEIVED_DATE, "2024-03-01", RegisterField.APPLICANT_TYPE, "自然人",
        RegisterField.RESULT, "不予公开（涉及国家秘密）", RegisterField.REPLY_DATE, "2024-03-10"));

    RegisterRejection rejection = parser.application(row).rejection();

    assertThat(vocabulary.closest("不予公开（涉及国家秘密）")).contains(ApplicationResult.STATE_SECRET);
    assertThat(rejection.reason()).isEqualTo(RegisterRejection.Reason.UNKNOWN_VALUE);
    assertThat(rejection.message()).startsWith("办理结果“不予公开（涉及国家秘密）”无法识别，最接近的是“不予公开-属于国家秘密”"
        + "（即格式中的“（三）不予公开 1.属于国家秘密”），如是请照此填写；否则请填写以下之一：予以公开；部分公开；")
        .endsWith("其他处理-其他");
    assertThat(vocabulary.closest("需要另外制作的信息")).contains(ApplicationResult.WOULD_NEED_MAKING);
    assertThat(vocabulary.closest("不予公开")).as("a group alone: one of its rows, never 予以公开")
        .hasValueSatisfying(closest -> assertThat(closest.group()).isEqualTo("不予公开"));
    assertThat(vocabulary.closest("已办结")).as("nothing alike: no row suggested").isEmpty();
  }

  @Test
  void theFormatsRowsAreReadHoweverTheyAreNumberedOrPunctuated() {
    assertThat(vocabulary.parse("（三）不予公开 1.属于国家秘密")).contains(ApplicationResult.STATE_SECRET);
    assertThat(vocabulary.parse("不予公开-属于国家秘密")).contains(ApplicationResult.STATE_SECRET);
    assertThat(vocabulary.parse("3.危及\"三安全一稳定\"")).contains(ApplicationResult.ENDANGERS_SECURITY);
    assertThat(vocabulary.parse("（六）其他处理 3.其他")).contains(ApplicationResult.OTHER);
    assertThat(vocabulary.parse(" 予以公开 ")).contains(ApplicationResult.DISCLOSED);
  }

  @Test
  void commonWordingsMapOntoTheirRows() {
    assertThat(vocabulary.parse("同意公开")).contains(ApplicationResult.DISCLOSED);
    assertThat(vocabulary.parse("同意部分公开")).contains(ApplicationResult.PARTLY_DISCLOSED);
    assertThat(vocabulary.parse("信息不存在")).contains(ApplicationResult.NOT_HELD);
    assertThat(vocabulary.parse("重复申请")).contains(ApplicationResult.REPEATED);
  }

  @Test
  void aTextNamingNoRowIsNotGuessed() {
    assertThat(vocabulary.parse("已办结")).isEmpty();
    assertThat(vocabulary.parse("")).isEmpty();
    assertThat(ResultVocabulary.acceptedValues()).hasSize(21).startsWith("予以公开", "部分公开", "不予公开-属于国家秘密")
        .endsWith("其他处理-其他");
  }

  @Test
  void theOfficesOwnSynonymsAreReadAndOneNamingNoRowIsRefusedWithTheRows() {
    ResultVocabulary own = new ResultVocabulary(Map.of("已答复（公开）", "予以公开"));
    assertThat(own.parse("已答复(公开)")).contains(ApplicationResult.DISCLOSED);

    assertThatThrownBy(() -> new ResultVocabulary(Map.of("不公开", "不予公开")))
        .hasMessageContaining("'不公开' -> '不予公开'")
        .hasMessageContaining("不予公开-属于国家秘密");
  }

  @Test
  void applicantTypesAndChannelsReadTheirSynonyms() {
    assertThat(ApplicantType.parse("律师事务所")).contains(ApplicantType.LEGAL_SERVICE);
    assertThat(ApplicantType.parse("公民")).contains(ApplicantType.NATURAL_PERSON);
    assertThat(ApplicationChannel.parse("政务服务网")).contains(ApplicationChannel.ONLINE);
    assertThat(ApplicationChannel.parse("Email")).contains(ApplicationChannel.EMAIL);
    assertThat(ApplicationChannel.parse("挂号信")).contains(ApplicationChannel.LETTER);
    assertThat(ApplicationChannel.parse("电话")).isEmpty();
  }
}
