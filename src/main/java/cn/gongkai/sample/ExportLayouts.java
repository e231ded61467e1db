package cn.gongkai.sample;

import static cn.gongkai.publication.PublicationField.CATEGORY;
import static cn.gongkai.publication.PublicationField.CHANNELS;
import static cn.gongkai.publication.PublicationField.CREATED_DATE;
import static cn.gongkai.publication.PublicationField.DEPARTMENT;
import static cn.gongkai.publication.PublicationField.DISCLOSURE;
import static cn.gongkai.publication.PublicationField.DOC_NO;
import static cn.gongkai.publication.PublicationField.DOC_TYPE;
import static cn.gongkai.publication.PublicationField.INDEX_NO;
import static cn.gongkai.publication.PublicationField.PUBLISHED_DATE;
import static cn.gongkai.publication.PublicationField.PUBLISHER;
import static cn.gongkai.publication.PublicationField.REPEALED_DATE;
import static cn.gongkai.publication.PublicationField.TITLE;
import static cn.gongkai.publication.PublicationField.URL;
import static cn.gongkai.publication.PublicationField.VALIDITY;

import cn.gongkai.publication.PublicationField;
import java.util.List;

/**
 * The export layout of each department, differing as the systems of real departments do: other
 * header words, other date formats, columns some keep and others lack. Only the office lists the
 * responsible department, since its export gathers records of every department; every file has an
 * index number, a title and a published date.
 */
final class ExportLayouts {

  private ExportLayouts() {
  }

  /** The layout {@code department}'s file is written in. */
  static ExportLayout of(Department department) {
    return switch (department) {
      case OFFICE -> new ExportLayout(List.of(
          c(INDEX_NO, "索引号"), c(TITLE, "标题"), c(DOC_NO, "文号"), c(PUBLISHER, "发布机构"),
          c(DEPARTMENT, "责任部门"), c(CREATED_DATE, "生成日期"), c(PUBLISHED_DATE, "发布日期"),
          c(DISCLOSURE, "公开方式"), c(CHANNELS, "公开渠道"), c(CATEGORY, "信息类别"),
          c(DOC_TYPE, "体裁")), DateStyle.ISO, DateStyle.ISO, false);
      case POLICY_REGULATION -> new ExportLayout(List.of(
          c(INDEX_NO, "索引号"), c(TITLE, "文件名称"), c(DOC_NO, "发文字号"), c(PUBLISHER, "发文机关"),
          c(CREATED_DATE, "成文日期"), c(PUBLISHED_DATE, "公开日期"), c(DISCLOSURE, "公开属性"),
          c(CHANNELS, "公开载体"), c(CATEGORY, "主题分类"), c(DOC_TYPE, "文件性质"),
          c(VALIDITY, "效力状态"), c(REPEALED_DATE, "废止日期")),
          DateStyle.CHINESE, DateStyle.CHINESE, false);
      case SOCIAL_ASSISTANCE_SECTION -> new ExportLayout(List.of(
          c(INDEX_NO, "索引号"), c(TITLE, "信息名称"), c(DOC_NO, "发文字号"), c(CREATED_DATE, "生成日期"),
          c(PUBLISHED_DATE, "公开日期"), c(DISCLOSURE, "公开方式"), c(CHANNELS, "公开渠道"),
          c(CATEGORY, "主题分类")), DateStyle.SLASHED, DateStyle.SLASHED, false);
      case ELDERLY_CARE -> new ExportLayout(List.of(
          c(INDEX_NO, "索引编号"), c(TITLE, "标题"), c(DOC_NO, "文号"), c(PUBLISHER, "发布机构"),
          c(PUBLISHED_DATE, "发布日期"), c(CHANNELS, "公开渠道"), c(CATEGORY, "信息类别"),
          c(URL, "链接")), DateStyle.ISO, DateStyle.ISO, false);
      case SOCIAL_AFFAIRS -> new ExportLayout(List.of(
          c(INDEX_NO, "索引号"), c(TITLE, "题名"), c(DOC_NO, "文号"), c(PUBLISHER, "发布单位"),
          c(CREATED_DATE, "形成日期"), c(PUBLISHED_DATE, "发布时间"), c(CHANNELS, "公开形式"),
          c(CATEGORY, "分类"), c(DOC_TYPE, "文种"), c(VALIDITY, "有效性"), c(REPEALED_DATE, "失效日期")),
          DateStyle.ISO_WITH_TIME, DateStyle.ISO, true);
    };
  }

  private static ExportColumn c(PublicationField field, String header) {
    return new ExportColumn(field, header);
  }
}
