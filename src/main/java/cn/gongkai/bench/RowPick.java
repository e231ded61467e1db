package cn.gongkai.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rows of the loaded inbox a nightly inbox re-exports: {@code wanted} rows spread over the
 * files in proportion to their rows (largest remainders), and within each file evenly spaced from
 * its first row to its last, so every year and department of the loaded rows is among them.
 */
final class RowPick {

  private RowPick() {}

  /**
   * @param rowsPerFile the data rows of each file, 0 or more each
   * @param wanted how many rows to pick, 0 or more; all of them when the files hold fewer
   * @return for each file, the 0-based indices of its rows picked, ascending, without repeats
   */
  static List<int[]> spread(int[] rowsPerFile, int wanted) {
    if (wanted < 0) {
      throw new IllegalArgumentException("wanted must be 0 or more, was " + wanted);
    }
    long total = 0;
    for (int rows : rowsPerFile) {
      if (rows < 0) {
        throw new IllegalArgumentException("a file has 0 rows or more, was " + rows);
      }
      total += rows;
    }
    int[] shares = shares(rowsPerFile, total, (int) Math.min(wanted, total));
    List<int[]> picks = new ArrayList<>();
    for (int file = 0; file < rowsPerFile.length; file++) {
      picks.add(evenlySpaced(rowsPerFile[file], shares[file]));
    }
    return picks;
  }

  /** {@code wanted} split in proportion to the rows; the remainders go to the largest fractions. */
  private static int[] shares(int[] rowsPerFile, long total, int wanted) {
    int[] shares = new int[rowsPerFile.length];
    double[] fractions = new double[rowsPerFile.length];
    int given = 0;
    for (int file = 0; file < rowsPerFile.length; file++) {
      double exact = total == 0 ? 0 : (double) wanted * rowsPerFile[file] / total;
      shares[file] = (int) Math.floor(exact);
      fractions[file] = exact - shares[file];
      given += shares[file];
    }
    for (; given < wanted; given++) {
      int best = -1;
      for (int file = 0; file < rowsPerFile.length; file++) {
        if (shares[file] < rowsPerFile[file] && (best < 0 || fractions[file] > fractions[best])) {
          best = file;
        }
      }
      shares[best]++;
      fractions[best] = -1;
    }
    return shares;
  }

  /** Row {@code floor((i + 1/2) * rows / count)} for each i: the middles of {@code count} equal stretches. */
  private static int[] evenlySpaced(int rows, int count) {
    int[] picked = new int[count];
    for (int i = 0; i < count; i++) {
      picked[i] = (int) ((2L * i + 1) * rows / (2L * count));
    }
    return picked;
  }
}
