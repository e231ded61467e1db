package cn.gongkai.classify;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the taxonomy is and how far the model is trusted. The taxonomy is read afresh by each run,
 * so an edited taxonomy applies to the next run without a restart.
 */
public record ClassificationSettings(Path taxonomyFile, ModelSettings model) {

  public ClassificationSettings {
    Objects.requireNonNull(taxonomyFile, "taxonomyFile");
    Objects.requireNonNull(model, "model");
  }

  /** The taxonomy as the file says now. @throws TaxonomyException listing every problem of the file */
  public Taxonomy loadTaxonomy() {
    return TaxonomyFile.load(taxonomyFile);
  }
}
