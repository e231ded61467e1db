package cn.gongkai.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an inbox file is an application register or a case register, by its headers (SPEC section
 * 9): an application number or an application result column makes an application register; a case
 * number, or a case type with a case result, a case register. Anything else is a publication list.
 */
public enum RegisterKind {
  APPLICATIONS(RegisterField.applicationFields()),
  REVIEWS(RegisterField.caseFields());

  private final List<RegisterField> fields;

  RegisterKind(List<RegisterField> fields) {
    this.fields = fields;
  }

  public List<RegisterField> fields() {
    return fields;
  }

  /** The kind of register {@code headers} are of; empty for a publication list. */
  public static Optional<RegisterKind> detect(List<String> headers) {
    Map<RegisterField, Integer> applications = APPLICATIONS.columns(headers);
    if (applications.containsKey(RegisterField.APPLICATION_NO) || applications.containsKey(RegisterField.RESULT)) {
      return Optional.of(APPLICATIONS);
    }
    Map<RegisterField, Integer> cases = REVIEWS.columns(headers);
    if (cases.containsKey(RegisterField.CASE_NO)
        || (cases.containsKey(RegisterField.CASE_KIND) && cases.containsKey(RegisterField.CASE_RESULT))) {
      return Optional.of(REVIEWS);
    }
    return Optional.empty();
  }

  /** For each of this register's fields found in {@code headers}, its column: the first that names it. */
  public Map<RegisterField, Integer> columns(List<String> headers) {
    Map<RegisterField, Integer> columns = new EnumMap<>(RegisterField.class);
    for (int i = 0; i < headers.size(); i++) {
      String header = VocabularyText.normalize(headers.get(i).replace("\uFEFF", ""));
      for (RegisterField field : fields) {
        if (field.headers().stream().map(VocabularyText::normalize).anyMatch(header::equals)) {
          columns.putIfAbsent(field, i);
          break;
        }
      }
    }
    return columns;
  }
}
