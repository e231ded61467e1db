package cn.gongkai.sample;

import java.util.Random;

/**
 * How many distinct publications each department creates in each year. Departments get their share
 * of the total by weight; each spreads its publications over the years with a growing, jittered
 * trend, as disclosure grew year on year. Counts sum exactly to the spec's distinct publications.
 */
final class PublicationPlan {

  private static final Department[] DEPARTMENTS = Department.values();

  private final int firstYear;
  /** Distinct publications per year (index from firstYear) and department (ordinal). */
  private final int[][] counts;

  private PublicationPlan(int firstYear, int[][] counts) {
    this.firstYear = firstYear;
    this.counts = counts;
  }

  /** The plan of {@code spec}, drawing the yearly jitter from {@code random}. */
  static PublicationPlan of(SampleSpec spec, Random random) {
    int years = spec.lastYear() - spec.firstYear() + 1;
    int[] perDepartment = Apportionment.apportion(spec.distinctPublications(), departmentWeights());
    int[][] counts = new int[years][DEPARTMENTS.length];
    for (Department department : DEPARTMENTS) {
      int[] perYear = Apportionment.apportion(perDepartment[department.ordinal()],
          yearWeights(years, random));
      for (int year = 0; year < years; year++) {
        counts[year][department.ordinal()] = perYear[year];
      }
    }
    return new PublicationPlan(spec.firstYear(), counts);
  }

  /** Distinct publications a department creates in {@code year}. */
  int count(int year, Department department) {
    return counts[year - firstYear][department.ordinal()];
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
      total += year[department.ordinal()];
    }
    return total;
  }

  /** A draw of the departments of {@code year}'s publications, one per publication. */
  DepartmentDraw departmentsOf(int year) {
    return new DepartmentDraw(counts[year - firstYear]);
  }

  private static double[] departmentWeights() {
    double[] weights = new double[DEPARTMENTS.length];
    for (Department department : DEPARTMENTS) {
      weights[department.ordinal()] = department.weight();
    }
    return weights;
  }

  private static double[] yearWeights(int years, Random random) {
    double[] weights = new double[years];
    for (int year = 0; year < years; year++) {
      weights[year] = (1 + 0.12 * year) * (0.85 + 0.3 * random.nextDouble());
    }
    return weights;
  }
}
