package cn.gongkai.classify;

import java.util.Objects;

/**
 * A taxonomy rule: publications whose fields meet all its conditions, and whose title has none of
 * its excluded words, belong to its category. Conditions it does not set hold for anything, but a
 * rule sets at least one.
 *
 * @param priority higher is tried first; rules of equal priority in file order
 */
public record CategoryRule(String id, String category, int priority, TextCondition title, TextCondition docNo,
    TextCondition docType, TextCondition titleExcludes) {

  public CategoryRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    if (!title.isSet() && !docNo.isSet() && !docType.isSet()) {
      throw new IllegalArgumentException("rule " + id + " sets no condition");
    }
  }

  boolean matches(PublicationText text) {
    return matches(NormalText.of(text));
  }

  boolean matches(NormalText text) {
    return holds(title, text.title()) && holds(docNo, text.docNo()) && holds(docType, text.docType())
        && !titleExcludes.matchesNormal(text.title());
  }

  private static boolean holds(TextCondition condition, String normal) {
    return !condition.isSet() || condition.matchesNormal(normal);
  }
}
