package cn.gongkai.load;

import cn.gongkai.classify.Classification;
import cn.gongkai.classify.PublicationText;
import java.util.Objects;

/**
 * A loaded publication as classification sees it: what the chain reads, and the category it has now.
 *
 * @param index the concrete index holding it, for updates that do not go through the alias
 * @param basis the stored categoryBasis; {@code null} for a publication never classified
 * @param confidence the stored categoryConfidence; {@code null} unless the model decided
 */
public record ClassifiedPublication(String id, String index, PublicationText text, String category, String basis,
    Double confidence) {

  /** Whether {@code classification} is what the publication already has. */
  public boolean has(Classification classification) {
    return classification.category().equals(category) && classification.basis().label().equals(basis)
        && Objects.equals(round(classification.confidence()), round(confidence));
  }

  /** Confidences as stored (a float): compared to four places, so a re-run does not rewrite them all. */
  private static Long round(Double confidence) {
    return confidence == null ? null : Math.round(confidence * 10_000);
  }
}
