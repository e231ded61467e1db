package cn.gongkai.classify;

import java.util.Objects;

/** The category a publication is counted under, and why. */
public record Classification(String category, ClassificationBasis basis) {

  public Classification {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(basis, "basis");
  }

  /** The model's confidence when the model decided; {@code null} otherwise. */
  public Double confidence() {
    return basis instanceof ClassificationBasis.Model model ? model.confidence() : null;
  }
}
