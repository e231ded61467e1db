package cn.gongkai.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  private final ResultVocabulary vocabulary = ResultVocabulary.defaults();

  @Test
  void theFormatsRowsAreReadHoweverTheyAreNumberedOrPunctuated() {
    assertThat(vocabulary.parse("（三）不予公开 1.属于国家秘密")).contains(ApplicationResult.STATE_SECRET);
    assertThat(vocabulary.parse("不予公开-属于国家秘密")).contains(ApplicationResult.STATE_SECRET);
    assertThat(vocabulary.parse("3.危及\"三安全一稳定\"")).contains(ApplicationResult.ENDANGERS_SECURITY);
    assertThat(vocabulary.parse("（六）其他处理 3.其他")).contains(ApplicationResult.OTHER);
    assertThat(vocabulary.parse(" 予以公开 ")).contains(ApplicationResult.DISCLOSED);
  }

  /**
   * Every result row of part 三 as the format prints it, read from the test resources' copy of the
   * format (国办公开办函〔2021〕30号, as in shared/reference) so it cannot drift: the label alone, with its group, and with the
   * group's numbering, in the order the rows are printed, which is the order of the enum.
   */
  static Stream<Arguments> printedLabels() throws Exception {
    JsonNode rows = JsonMapper.builder().build()
        .readTree(Files.readString(Path.of("src/test/resources/reference/annual-report-format-2021.json")))
        .path("table3_收到和处理政府信息公开申请情况").path("rows_in_order");
    List<Arguments> labels = new ArrayList<>();
    int row = 0;
    for (JsonNode printed : rows) {
      String key = printed.path("key").asString();
      if (!key.startsWith("r") || key.equals("r7_total")) {
        continue;
      }
      ApplicationResult result = ApplicationResult.values()[row++];
      String label = printed.path("label").asString();
      String group = printed.path("group").asString();
      labels.add(Arguments.of(label, result));
      if (group.startsWith("（") && !group.contains("本年度")) {
        labels.add(Arguments.of(group + label, result));
        labels.add(Arguments.of(group + " " + label, result));
      } else {
        labels.add(Arguments.of("三、本年度办理结果" + label, result));
      }
    }
    assertThat(row).as("every result row of the format").isEqualTo(ApplicationResult.values().length);
    return labels.stream();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("printedLabels")
  void everyRowLabelIsReadAsTheFormatPrintsIt(String label, ApplicationResult row) {
    assertThat(vocabulary.parse(label)).contains(row);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      部分公开（区分处理的，只计这一情形，不计其他情形）| PARTLY_DISCLOSED
      （二）部分公开（区分处理的，只计这一情形，不计其他情形）| PARTLY_DISCLOSED
      部分公开（区分处理）| PARTLY_DISCLOSED
      部分公开(区分处理) | PARTLY_DISCLOSED
      （一）予以公开 | DISCLOSED
      （四）无法提供 1.本机关不掌握相关政府信息 | NOT_HELD
      不予处理（重复申请）| REPEATED
      （五）不予处理-2.重复申请 | REPEATED
      """)
  void theOfficialLabelsAndTheirUsualShorteningsAreRead(String label, ApplicationResult row) {
    assertThat(vocabulary.parse(label)).contains(row);
  }

  @Test
  void anUnknownResultNamesTheClosestRowFirst() {
    assertThat(ResultVocabulary.closest("属国家秘密不公开")).contains(ApplicationResult.STATE_SECRET);
    assertThat(ResultVocabulary.acceptedValuesClosestFirst("信息不掌握无法提供")).first()
        .isEqualTo("无法提供-本机关不掌握相关政府信息");
    assertThat(ResultVocabulary.acceptedValuesClosestFirst("信息不掌握无法提供")).hasSize(21);
    assertThat(RegisterRejection.unknownResult("重复的申请").message())
        .startsWith("办理结果“重复的申请”无法识别，最接近的是“（五）不予处理 2.重复申请”（不予处理-重复申请）；请填写以下之一：不予处理-重复申请；予以公开");
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
