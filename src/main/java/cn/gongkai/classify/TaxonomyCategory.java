package cn.gongkai.classify;

import java.util.List;
import java.util.Objects;

/**
 * A category of the taxonomy, as the reports name it, with the other names departments declare it
 * by (工作信息 for 工作动态).
 */
public record TaxonomyCategory(String name, List<String> synonyms) {

  public TaxonomyCategory {
    Objects.requireNonNull(name, "name");
    synonyms = List.copyOf(synonyms);
  }
}
