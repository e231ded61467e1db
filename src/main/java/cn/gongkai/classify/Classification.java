package cn.gongkai.classify;

import java.util.Objects;

/**
 * The category a publication is counted under, and why (SPEC section 6): {@code declared},
 * {@code rule:<id>}, {@code model} or {@code default}.
 */
public record Classification(String category, String basis) {

  public static final String DEFAULT_CATEGORY = "其他";

  public Classification {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(basis, "basis");
  }

  public static Classification declared(String category) {
    return new Classification(category, "declared");
  }

  public static Classification byDefault() {
    return new Classification(DEFAULT_CATEGORY, "default");
  }
}
