package cn.gongkai.sample;

import java.util.List;
import java.util.Random;

/**
 * How many distinct publications each department creates in each year. Departments get their share
 * of the total by weight; each spreads its publications over the years with a growing, jittered
 * trend, as disclosure grew year on year. Counts sum exactly to the spec's distinct publications.
 */
final class PublicationPlan {

  private final int firstYear;
  private final List<Department> departments;
  /** Distinct publications per year (index from firstYear) and department (index). */
  private final int[][] counts;

  private PublicationPlan(int firstYear, List<Department> departments, int[][] counts) {
    this.firstYear = firstYear;
    this.departments = departments;
    this.counts = counts;
  }

  /** The plan of {@code spec} for {@code bureau}, drawing the yearly jitter from {@code random}. */
  static PublicationPlan of(SampleSpec spec, Bureau bureau, Random random) {
    List<Department> departments = bureau.departments();
    int years = spec.lastYear() - spec.firstYear() + 1;
    int[] perDepartment = Apportionment.apportion(spec.distinctPublications(),
        departments.stream().mapToDouble(Department::weight).toArray());
    int[][] counts = new int[years][departments.size()];
    for (Department department : departments) {
      int[] perYear = Apportionment.apportion(perDepartment[department.index()],
          yearWeights(years, random));
      for (int year = 0; year < years; year++) {
        counts[year][department.index()] = perYear[year];
      }
    }
    return new PublicationPlan(spec.firstYear(), departments, counts);
  }

  /** Distinct publications created in {@code year}, all departments together. */
  int count(int year) {
    int total = 0;
    for (int count : counts[year - firstYear]) {
      total += count;
    }
    return total;
  }

  /** Distinct publications of a department over all years. */
  int total(Department department) {
    int total = 0;
    for (int[] year : counts) {
      total += year[department.index()];
    }
    return total;
  }

  /** A draw of the departments of {@code year}'s publications, one per publication. */
  DepartmentDraw departmentsOf(int year) {
    return new DepartmentDraw(departments, counts[year - firstYear]);
  }

  private static double[] yearWeights(int years, Random random) {
    double[] weights = new double[years];
    for (int year = 0; year < years; year++) {
      weights[year] = (1 + 0.12 * year) * (0.85 + 0.3 * random.nextDouble());
    }
    return weights;
  }
}
