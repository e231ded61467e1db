package cn.gongkai.classify;

import java.util.Objects;

/**
 * A publication whose category someone who knows it has written down, for evaluating the chain.
 *
 * @param text the publication as the chain sees it, with no declared category
 * @param category the right category, a category of the taxonomy
 * @param line where it is in the labelled file, for messages
 */
public record LabelledTitle(PublicationText text, String category, long line) {

  public LabelledTitle {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
    text = text.undeclared();
  }
}
