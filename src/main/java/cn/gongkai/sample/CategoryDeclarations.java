package cn.gongkai.sample;

import cn.gongkai.publication.PublicationField;
import java.util.List;
import java.util.Random;

/**
 * Which rows declare their category, so that exactly {@link SampleSpec#undeclaredRows()} rows do
 * not, however the layouts differ.
 *
 * <p>A row of a file without a category column declares nothing. A department whose system has
 * no such column ({@link Department#categoryColumn()}) exports without one as long as its rows fit
 * in the undeclared rows (in department order); otherwise its file gets the column after all, since
 * the share asked for wins over the layout. The undeclared rows left are shared among the files
 * with a column in proportion to their rows and to how often their clerks leave it blank
 * ({@code 1 - declaredShare}), never more than a file has; within a file, every row is equally
 * likely to be one of them (drawn without replacement, so the count is exact).
 */
final class CategoryDeclarations {

  private final ExportLayout[] layouts;
  private final int[] blanksLeft;
  private final int[] rowsLeft;

  private CategoryDeclarations(ExportLayout[] layouts, int[] blanks, int[] rows) {
    this.layouts = layouts;
    this.blanksLeft = blanks;
    this.rowsLeft = rows;
  }

  /**
   * @param rows the rows each department's file will hold, by department index
   * @param undeclared the rows that must declare nothing, at most the sum of {@code rows}
   */
  static CategoryDeclarations of(List<Department> departments, int[] rows, int undeclared) {
    int count = departments.size();
    ExportLayout[] layouts = new ExportLayout[count];
    int[] blanks = new int[count];
    int left = undeclared;
    for (Department department : departments) {
      int index = department.index();
      boolean columnless = !department.categoryColumn() && rows[index] <= left;
      layouts[index] = columnless ? department.layout().without(PublicationField.CATEGORY)
          : department.layout();
      if (columnless) {
        blanks[index] = rows[index];
        left -= rows[index];
      }
    }
    double[] propensity = new double[count];
    for (Department department : departments) {
      boolean column = layouts[department.index()].has(PublicationField.CATEGORY);
      propensity[department.index()] = column ? 1 - department.declaredShare() : 0;
    }
    shareOut(left, rows, propensity, blanks);
    return new CategoryDeclarations(layouts, blanks, rows.clone());
  }

  /** The layout {@code department}'s file is written in. */
  ExportLayout layoutOf(Department department) {
    return layouts[department.index()];
  }

  /** Whether the next row of {@code department}'s file declares its category. */
  boolean declares(Department department, Random random) {
    int index = department.index();
    if (rowsLeft[index] <= 0) {
      throw new IllegalStateException("more rows than planned for " + department.label());
    }
    boolean blank = random.nextInt(rowsLeft[index]) < blanksLeft[index];
    rowsLeft[index]--;
    blanksLeft[index] -= blank ? 1 : 0;
    return !blank;
  }

  /**
   * Adds {@code total} blanks to {@code blanks}, in proportion to rows times propensity, no
   * department beyond its rows: a department that would overflow is filled, and the rest shared
   * again among the others.
   */
  private static void shareOut(int total, int[] rows, double[] propensity, int[] blanks) {
    double[] weights = new double[rows.length];
    int left = total;
    while (left > 0) {
      for (int i = 0; i < rows.length; i++) {
        weights[i] = blanks[i] < rows[i] ? rows[i] * propensity[i] : 0;
      }
      int[] parts = Apportionment.apportion(left, weights);
      boolean overflowed = false;
      for (int i = 0; i < rows.length; i++) {
        if (blanks[i] + parts[i] > rows[i]) {
          left -= rows[i] - blanks[i];
          blanks[i] = rows[i];
          overflowed = true;
        }
      }
      if (!overflowed) {
        for (int i = 0; i < rows.length; i++) {
          blanks[i] += parts[i];
        }
        left = 0;
      }
    }
  }
}
