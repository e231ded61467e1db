package cn.gongkai.sample;

import cn.gongkai.publication.PublicationField;
import java.util.List;
import java.util.Objects;

/**
 * A department (科室) of the sample bureau, exporting one file named after it in its own layout.
 *
 * @param index its place in the {@link Bureau}: 0 for the office (办公室), whose file also re-exports the others' rows
 * @param layout its export layout, a category column included even when its system has none
 *     ({@link #categoryColumn()}): whether the file gets one is decided with the undeclared share
 */
record Department(int index, DepartmentProfile profile, ExportLayout layout) {

  Department {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(layout, "layout");
    if (index < 0 || !layout.has(PublicationField.CATEGORY)) {
      throw new IllegalArgumentException("a department needs an index from 0 and a full layout: "
          + profile.label());
    }
  }

  /** Whether this is the office, which re-exports. */
  boolean isOffice() {
    return index == 0;
  }

  /** The department's name, as in its file name and in the office's 责任部门 column. */
  String label() {
    return profile.label();
  }

  /** The export file this department writes into the inbox. */
  String fileName() {
    return label() + ".csv";
  }

  /** Relative share of the bureau's distinct publications. */
  double weight() {
    return profile.weight();
  }

  /** How readily its clerks declare a category, relative to the other departments. */
  double declaredShare() {
    return profile.declaredShare();
  }

  /** Whether its export system has a category column. */
  boolean categoryColumn() {
    return profile.categoryColumn();
  }

  /** The categories this department publishes in, with their frequencies. */
  WeightedChoice<SampleCategory> categories() {
    return profile.categories();
  }

  /** The programmes (业务) this department runs, named in its titles. */
  List<String> programmes() {
    return profile.programmes();
  }
}
