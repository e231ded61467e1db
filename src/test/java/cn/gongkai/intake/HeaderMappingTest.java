package cn.gongkai.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.gongkai.publication.PublicationField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderMappingTest {

  private final HeaderMapping mapping = HeaderMapping.defaults();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      索引号     | INDEX_NO
      索引编号   | INDEX_NO
      index_no  | INDEX_NO
      标题       | TITLE
      信息名称   | TITLE
      名称       | TITLE
      文件名称   | TITLE
      文件标题   | TITLE
      题名       | TITLE
      title     | TITLE
      文号       | DOC_NO
      发文字号   | DOC_NO
      发文文号   | DOC_NO
      文件编号   | DOC_NO
      doc_no    | DOC_NO
      发布机构   | PUBLISHER
      发文机关   | PUBLISHER
      发布单位   | PUBLISHER
      来源       | PUBLISHER
      publisher | PUBLISHER
      责任部门   | DEPARTMENT
      科室       | DEPARTMENT
      处室       | DEPARTMENT
      承办科室   | DEPARTMENT
      报送单位   | DEPARTMENT
      department | DEPARTMENT
      生成日期   | CREATED_DATE
      成文日期   | CREATED_DATE
      形成日期   | CREATED_DATE
      印发日期   | CREATED_DATE
      发布日期   | PUBLISHED_DATE
      发布时间   | PUBLISHED_DATE
      公开日期   | PUBLISHED_DATE
      公开时间   | PUBLISHED_DATE
      公开方式   | DISCLOSURE
      公开属性   | DISCLOSURE
      公开类型   | DISCLOSURE
      公开渠道   | CHANNELS
      公开载体   | CHANNELS
      发布渠道   | CHANNELS
      公开形式   | CHANNELS
      信息类别   | CATEGORY
      主题分类   | CATEGORY
      类别       | CATEGORY
      分类       | CATEGORY
      信息分类   | CATEGORY
      体裁       | DOC_TYPE
      文种       | DOC_TYPE
      文件类型   | DOC_TYPE
      文件性质   | DOC_TYPE
      有效性     | VALIDITY
      效力状态   | VALIDITY
      时效       | VALIDITY
      废止日期   | REPEALED_DATE
      失效日期   | REPEALED_DATE
      链接       | URL
      网址       | URL
      URL       | URL
      摘要       | SUMMARY
      内容概述   | SUMMARY
      """)
  void mapsEveryDefaultSynonymOfSpecSectionThreeToItsField(String header, PublicationField field) {
    assertThat(mapping.field(header)).contains(field);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(PublicationField.class)
  void mapsEachFieldsChineseLabelToThatField(PublicationField field) {
    assertThat(mapping.field(field.label())).contains(field);
  }

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      '\uFEFF标题'           | TITLE
      ' 发布日期 '            | PUBLISHED_DATE
      '\t发布日期\u3000'      | PUBLISHED_DATE
      TITLE                 | TITLE
      Title                 | TITLE
      ｔｉｔｌｅ              | TITLE
      ＴＩＴＬＥ              | TITLE
      'Doc_No'              | DOC_NO
      ＤＯＣ＿ＮＯ            | DOC_NO
      Url                   | URL
      '\uFEFF  ｉｎｄｅｘ＿ｎｏ ' | INDEX_NO
      """)
  void mapsHeaderSynonymsAfterBomRemovalNfkcTrimmingAndLowerCasing(String header, PublicationField field) {
    assertThat(mapping.field(header)).contains(field);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", " ", "备注", "序号", "标 题", "标题1", "title2", "发布日", "index no", "\uFEFF"})
  void ignoresHeadersThatAreNoSynonym(String header) {
    assertThat(mapping.field(header)).isEmpty();
  }

  @Test
  void givesTheColumnIndexOfEveryRecognisedHeaderAndSkipsUnknownOnes() {
    List<String> headers = List.of("序号", "\uFEFF索引号", "标题", "备注", " 发布日期 ", "科室", "公开渠道");

    Map<PublicationField, Integer> columns = mapping.columns(headers);

    assertThat(columns).containsOnly(
        entry(PublicationField.INDEX_NO, 1),
        entry(PublicationField.TITLE, 2),
        entry(PublicationField.PUBLISHED_DATE, 4),
        entry(PublicationField.DEPARTMENT, 5),
        entry(PublicationField.CHANNELS, 6));
  }

  @Test
  void letsTheFirstColumnWinWhenTwoHeadersMeanTheSameField() {
    List<String> headers = List.of("名称", "发布时间", "标题", "发布日期", "TITLE");

    Map<PublicationField, Integer> columns = mapping.columns(headers);

    assertThat(columns).containsOnly(
        entry(PublicationField.TITLE, 0),
        entry(PublicationField.PUBLISHED_DATE, 1));
  }

  @Test
  void recognisesNothingInAnEmptyOrForeignHeader() {
    assertThat(mapping.columns(List.of())).isEmpty();
    assertThat(mapping.columns(List.of("a", "b", "c"))).isEmpty();
  }
}
