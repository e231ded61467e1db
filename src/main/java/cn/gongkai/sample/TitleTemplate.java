package cn.gongkai.sample;

import java.util.Objects;

/**
 * A title pattern whose {@code {key}} placeholders a {@link TitleComposer} fills, and how the
 * publications it names are numbered.
 */
record TitleTemplate(String pattern, NumberPolicy numbering) {

  TitleTemplate {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(numbering, "numbering");
    if (pattern.isBlank()) {
      throw new IllegalArgumentException("a title pattern must not be blank");
    }
  }
}
