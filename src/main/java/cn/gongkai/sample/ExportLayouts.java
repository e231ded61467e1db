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
import java.util.ArrayList;
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

  /** The layout of the core department of {@code index}, 0 (the office) to 4. */
  static ExportLayout core(int index) {
    return switch (index) {
      case 0 -> new ExportLayout(List.of(
          c(INDEX_NO, "索引号"), c(TITLE, "标题"), c(DOC_NO, "文号"), c(PUBLISHER, "发布机构"),
          c(DEPARTMENT, "责任部门"), c(CREATED_DATE, "生成日期"), c(PUBLISHED_DATE, "发布日期"),
          c(DISCLOSURE, "公开方式"), c(CHANNELS, "公开渠道"), c(CATEGORY, "信息类别"),
          c(DOC_TYPE, "体裁")), DateStyle.ISO, DateStyle.ISO, false);
      case 1 -> new ExportLayout(List.of(
          c(INDEX_NO, "索引号"), c(TITLE, "文件名称"), c(DOC_NO, "发文字号"), c(PUBLISHER, "发文机关"),
          c(CREATED_DATE, "成文日期"), c(PUBLISHED_DATE, "公开日期"), c(DISCLOSURE, "公开属性"),
          c(CHANNELS, "公开载体"), c(CATEGORY, "主题分类"), c(DOC_TYPE, "文件性质"),
          c(VALIDITY, "效力状态"), c(REPEALED_DATE, "废止日期")),
          DateStyle.CHINESE, DateStyle.CHINESE, false);
      case 2 -> new ExportLayout(List.of(
          c(INDEX_NO, "索引号"), c(TITLE, "信息名称"), c(DOC_NO, "发文字号"), c(CREATED_DATE, "生成日期"),
          c(PUBLISHED_DATE, "公开日期"), c(DISCLOSURE, "公开方式"), c(CHANNELS, "公开渠道"),
          c(CATEGORY, "主题分类")), DateStyle.SLASHED, DateStyle.SLASHED, false);
      case 3 -> new ExportLayout(List.of(
          c(INDEX_NO, "索引编号"), c(TITLE, "标题"), c(DOC_NO, "文号"), c(PUBLISHER, "发布机构"),
          c(PUBLISHED_DATE, "发布日期"), c(CHANNELS, "公开渠道"), c(CATEGORY, "信息类别"),
          c(URL, "链接")), DateStyle.ISO, DateStyle.ISO, false);
      case 4 -> new ExportLayout(List.of(
          c(INDEX_NO, "索引号"), c(TITLE, "题名"), c(DOC_NO, "文号"), c(PUBLISHER, "发布单位"),
          c(CREATED_DATE, "形成日期"), c(PUBLISHED_DATE, "发布时间"), c(CHANNELS, "公开形式"),
          c(CATEGORY, "分类"), c(DOC_TYPE, "文种"), c(VALIDITY, "有效性"), c(REPEALED_DATE, "失效日期")),
          DateStyle.ISO_WITH_TIME, DateStyle.ISO, true);
      default -> throw new IllegalArgumentException("no core department " + index);
    };
  }

  /**
   * The layout of a further department ({@code index} from 5): header words, optional columns,
   * date styles and bracket habit each cycle with a different period, so neighbouring departments
   * rarely share a layout. A category column is always there; {@link CategoryDeclarations} drops it
   * for a department whose system has none.
   */
  static ExportLayout derived(int index) {
    List<ExportColumn> columns = new ArrayList<>();
    columns.add(c(INDEX_NO, pick(index, 1, "索引号", "索引编号")));
    columns.add(c(TITLE, pick(index, 1, "标题", "信息名称", "名称", "文件名称", "文件标题", "题名")));
    columns.add(c(DOC_NO, pick(index, 2, "文号", "发文字号", "发文文号", "文件编号")));
    if (index % 4 != 1) {
      columns.add(c(PUBLISHER, pick(index, 3, "发布机构", "发文机关", "发布单位", "来源")));
    }
    if (index % 4 != 3) {
      columns.add(c(CREATED_DATE, pick(index, 1, "生成日期", "成文日期", "形成日期", "印发日期")));
    }
    columns.add(c(PUBLISHED_DATE, pick(index, 4, "发布日期", "发布时间", "公开日期", "公开时间")));
    if (index % 2 == 0) {
      columns.add(c(DISCLOSURE, pick(index, 2, "公开方式", "公开属性", "公开类型")));
    }
    columns.add(c(CHANNELS, pick(index, 2, "公开渠道", "公开载体", "发布渠道", "公开形式")));
    columns.add(c(CATEGORY, pick(index, 1, "信息类别", "主题分类", "类别", "分类", "信息分类")));
    if (index % 3 != 0) {
      columns.add(c(DOC_TYPE, pick(index, 3, "体裁", "文种", "文件类型", "文件性质")));
    }
    if (index % 3 == 1) {
      columns.add(c(VALIDITY, pick(index, 1, "有效性", "效力状态", "时效")));
      columns.add(c(REPEALED_DATE, pick(index, 1, "废止日期", "失效日期")));
    }
    if (index % 5 == 2) {
      columns.add(c(URL, pick(index, 1, "链接", "网址")));
    }
    DateStyle published = DateStyle.values()[index % DateStyle.values().length];
    DateStyle others = published == DateStyle.ISO_WITH_TIME ? DateStyle.ISO : published;
    return new ExportLayout(columns, published, others, index % 4 == 1);
  }

  /** The header of the index's turn, the turn advancing every {@code period} departments. */
  private static String pick(int index, int period, String... headers) {
    return headers[(index / period) % headers.length];
  }

  private static ExportColumn c(PublicationField field, String header) {
    return new ExportColumn(field, header);
  }
}
