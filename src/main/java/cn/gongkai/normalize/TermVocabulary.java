package cn.gongkai.normalize;

import cn.gongkai.publication.Disclosure;
import cn.gongkai.publication.DocType;
import cn.gongkai.publication.Labelled;
import cn.gongkai.publication.Nfkc;
import cn.gongkai.publication.Validity;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words exports use for the values of one closed vocabulary: each value's official label plus
 * the synonyms clerks write. Terms are compared after NFKC, without spaces and with latin
 * lower-cased, so {@code 依申请 公开} and {@code ＡＰＰ} match {@code 依申请公开} and {@code app}.
 */
final class TermVocabulary<E extends Enum<E> & Labelled> {

  static final TermVocabulary<Disclosure> DISCLOSURE =
      new TermVocabulary<>(
          Disclosure.class,
          Map.of(
              Disclosure.PROACTIVE, List.of("主动"),
              Disclosure.ON_REQUEST, List.of("依申请", "申请公开"),
              Disclosure.NOT_DISCLOSED, List.of("不公开", "不予")));

  /** Only the two regulatory genres are named; every other genre (通知, 公告, 意见) is 其他. */
  static final TermVocabulary<DocType> DOC_TYPE =
      new TermVocabulary<>(
          DocType.class,
          Map.of(
              DocType.RULE, List.of("政府规章", "部门规章", "地方政府规章"),
              DocType.NORMATIVE_DOCUMENT, List.of("规范性文件"),
              DocType.OTHER, List.of("其它")));

  static final TermVocabulary<Validity> VALIDITY =
      new TermVocabulary<>(
          Validity.class,
          Map.of(
              Validity.VALID, List.of("现行有效"),
              Validity.REPEALED, List.of("已废止"),
              Validity.EXPIRED, List.of("已失效", "过期", "已过期")));

  private final Class<E> type;
  private final Map<String, E> terms = new HashMap<>();

  /** @param synonyms what else each value may be called; every value is also known by its label */
  TermVocabulary(Class<E> type, Map<E, List<String>> synonyms) {
    this.type = type;
    for (E value : type.getEnumConstants()) {
      terms.put(key(value.label()), value);
      synonyms.getOrDefault(value, List.of()).forEach(synonym -> terms.put(key(synonym), value));
    }
  }

  /** The value {@code text} names; empty when it names none (also for null or blank text). */
  Optional<E> find(String text) {
    return Optional.ofNullable(valueOf(text));
  }

  /** The value {@code text} names; {@code null} when it names none (also for null or blank text). */
  E valueOf(String text) {
    // a blank text has the key "", which no term has: the keys are made of what fold keeps
    return text == null ? null : terms.get(key(text));
  }

  /** Every term by its key, for tests. */
  Map<String, E> terms() {
    return Collections.unmodifiableMap(terms);
  }

  /** The official labels for a clerk, e.g. {@code 有效、废止或失效}. */
  String labels() {
    List<String> labels = Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList();
    String allButLast = String.join("、", labels.subList(0, labels.size() - 1));
    return labels.size() == 1 ? labels.get(0) : allButLast + "或" + labels.get(labels.size() - 1);
  }

  /**
   * NFKC without any space, latin lower-cased. Folding first (NFKC, then trimmed) would change
   * nothing more: NFKC is idempotent and the trimmed spaces are removed anyway.
   */
  private static String key(String term) {
    return RawText.withoutSpaces(Nfkc.normalize(term)).toLowerCase(Locale.ROOT);
  }
}
