package cn.gongkai.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

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
