package cn.gongkai.sample;

import java.util.List;
import java.util.Objects;

/**
 * What shapes a department's publications, whatever its place in the bureau: its name, its share of
 * the bureau's publications, how readily its clerks declare a category, the categories it publishes
 * in and the programmes (业务) its titles name.
 *
 * @param weight relative share of the bureau's distinct publications, positive
 * @param declaredShare how readily its clerks fill in the category column, in (0, 1): relative, the
 *     spec's undeclared share fixes the overall level (see {@link CategoryDeclarations})
 * @param categoryColumn whether its export system has a category column at all
 */
record DepartmentProfile(
    String label,
    double weight,
    double declaredShare,
    WeightedChoice<SampleCategory> categories,
    List<String> programmes,
    boolean categoryColumn) {

  DepartmentProfile {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(categories, "categories");
    programmes = List.copyOf(programmes);
    if (label.isBlank() || !(weight > 0) || !(declaredShare > 0 && declaredShare < 1)
        || programmes.isEmpty()) {
      throw new IllegalArgumentException("a department needs a name, a positive weight, a declared "
          + "share strictly between 0 and 1 and programmes: " + label);
    }
  }

  /**
   * The {@code round}-th section of the same work, as large bureaus split a busy 科 (社会救助科 →
   * 社会救助二科), with a smaller share of the publications.
   *
   * @throws IllegalArgumentException unless the label ends with 科 and {@code round} is 2..9
   */
  DepartmentProfile numbered(int round) {
    if (!label.endsWith("科") || round < 2 || round > 9) {
      throw new IllegalArgumentException("only a 科 has numbered sections 2..9: " + label + round);
    }
    String numbered = label.substring(0, label.length() - 1) + TitleComposer.chinese(round) + "科";
    return new DepartmentProfile(numbered, weight * 0.6, declaredShare, categories, programmes,
        categoryColumn);
  }
}
