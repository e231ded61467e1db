package cn.gongkai.publication;

import java.util.List;

/**
 * The fields of the canonical publication record, with the header synonyms of SPEC section 3.
 * Synonyms are compared after header normalization (BOM removed, NFKC, trimmed, latin lower-cased).
 */
public enum PublicationField {
  INDEX_NO("indexNo", "索引号", "索引号", "索引编号", "index_no"),
  TITLE("title", "标题", "标题", "信息名称", "名称", "文件名称", "文件标题", "题名", "title"),
  DOC_NO("docNo", "文号", "文号", "发文字号", "发文文号", "文件编号", "doc_no"),
  PUBLISHER("publisher", "发布机构", "发布机构", "发文机关", "发布单位", "来源", "publisher"),
  DEPARTMENT("department", "责任部门", "责任部门", "科室", "处室", "承办科室", "报送单位", "department"),
  CREATED_DATE("createdDate", "生成日期", "生成日期", "成文日期", "形成日期", "印发日期"),
  PUBLISHED_DATE("publishedDate", "发布日期", "发布日期", "发布时间", "公开日期", "公开时间"),
  DISCLOSURE("disclosure", "公开方式", "公开方式", "公开属性", "公开类型"),
  CHANNELS("channels", "公开渠道", "公开渠道", "公开载体", "发布渠道", "公开形式"),
  CATEGORY("category", "信息类别", "信息类别", "主题分类", "类别", "分类", "信息分类"),
  DOC_TYPE("docType", "体裁", "体裁", "文种", "文件类型", "文件性质"),
  VALIDITY("validity", "有效性", "有效性", "效力状态", "时效"),
  REPEALED_DATE("repealedDate", "废止日期", "废止日期", "失效日期"),
  URL("url", "链接", "链接", "网址", "url"),
  SUMMARY("summary", "摘要", "摘要", "内容概述");

  private final String key;
  private final String label;
  private final List<String> defaultSynonyms;

  PublicationField(String key, String label, String... defaultSynonyms) {
    this.key = key;
    this.label = label;
    this.defaultSynonyms = List.of(defaultSynonyms);
  }

  /** The field's name in configuration, JSON and Elasticsearch ({@code publishedDate}). */
  public String key() {
    return key;
  }

  /** The field named {@code name}, by its key ({@code publishedDate}) or Chinese label ({@code 发布日期}). */
  public static java.util.Optional<PublicationField> byName(String name) {
    for (PublicationField field : values()) {
      if (field.key.equals(name) || field.label.equals(name)) {
        return java.util.Optional.of(field);
      }
    }
    return java.util.Optional.empty();
  }

  /** The Chinese field name used in messages to clerks. */
  public String label() {
    return label;
  }

  /** The header names recognised when no source configures its own, already normalized. */
  public List<String> defaultSynonyms() {
    return defaultSynonyms;
  }
}
