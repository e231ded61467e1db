package cn.gongkai.classify;

import cn.gongkai.publication.Nfkc;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a rule requires of one field: any of its keywords, or a match of its regular expression.
 * Text and keywords are compared after NFKC, so full-width and half-width forms are the same.
 *
 * @param keywords NFKC-normalized; empty when the condition has none
 * @param pattern the regular expression, found anywhere in the text after NFKC; {@code null} when
 *     none. It is not normalized itself (NFKC would turn an escaped \（ into a group): the taxonomy
 *     refuses one with full-width characters
 */
public record TextCondition(List<String> keywords, Pattern pattern) {

  public static final TextCondition NONE = new TextCondition(List.of(), null);

  public TextCondition {
    keywords = keywords.stream().map(TextCondition::normal).toList();
  }

  /** Whether the condition says anything; one that does not holds for any text. */
  boolean isSet() {
    return !keywords.isEmpty() || pattern != null;
  }

  /** Whether {@code text} (null for a missing field) has a keyword or matches the pattern. */
  boolean matches(String text) {
    return matchesNormal(text == null ? null : normal(text));
  }

  /** {@link #matches} of a text already {@link #normal}: null for a missing field. */
  boolean matchesNormal(String normal) {
    if (normal == null) {
      return false;
    }
    for (String keyword : keywords) {
      if (normal.contains(keyword)) {
        return true;
      }
    }
    return pattern != null && pattern.matcher(normal).find();
  }

  static String normal(String text) {
    return Nfkc.normalize(text);
  }
}
