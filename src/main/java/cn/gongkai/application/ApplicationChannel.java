package cn.gongkai.application;

import cn.gongkai.publication.Labelled;
import java.util.List;
import java.util.Optional;

/** How an application for disclosure arrived (申请方式), with the synonyms of SPEC section 9. */
public enum ApplicationChannel implements Labelled {
  IN_PERSON("当面", "现场", "窗口"),
  ONLINE("网络", "网上", "在线", "网站", "政务服务网"),
  LETTER("信函", "邮寄", "挂号信"),
  FAX("传真"),
  EMAIL("电子邮件", "邮箱", "email"),
  OTHER("其他");

  private final String label;
  private final List<String> synonyms;

  ApplicationChannel(String label, String... synonyms) {
    this.label = label;
    this.synonyms = List.of(synonyms);
  }

  @Override
  public String label() {
    return label;
  }

  /** The channel a register's text names, by label or synonym; empty for anything else. */
  public static Optional<ApplicationChannel> parse(String text) {
    return VocabularyText.match(values(), text, value -> value.names());
  }

  private List<String> names() {
    List<String> names = new java.util.ArrayList<>(synonyms);
    names.add(0, label);
    return names;
  }

}
