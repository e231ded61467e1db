package cn.gongkai.application;

import cn.gongkai.publication.Labelled;
import java.util.List;
import java.util.Optional;

/**
 * Who applied (申请人类型): the six applicant columns of part 三 of the 2021 format, in its order. 自然人
 * is a natural person; the other five are the kinds of 法人或其他组织.
 */
public enum ApplicantType implements Labelled {
  NATURAL_PERSON("自然人", "个人", "公民"),
  BUSINESS("商业企业", "企业", "公司"),
  RESEARCH("科研机构"),
  PUBLIC_INTEREST("社会公益组织"),
  LEGAL_SERVICE("法律服务机构", "律师事务所"),
  OTHER("其他");

  private final String label;
  private final List<String> synonyms;

  ApplicantType(String label, String... synonyms) {
    this.label = label;
    this.synonyms = List.of(synonyms);
  }

  @Override
  public String label() {
    return label;
  }

  /** The type a register's text names, by label or synonym; empty for anything else. */
  public static Optional<ApplicantType> parse(String text) {
    return VocabularyText.match(values(), text, value -> value.names());
  }

  private List<String> names() {
    List<String> names = new java.util.ArrayList<>(synonyms);
    names.add(0, label);
    return names;
  }

}
