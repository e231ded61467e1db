package cn.gongkai.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;

/**
 * A given number of random creation dates within one year, handed out in ascending order without
 * holding them all: each is the next order statistic of uniform draws, mapped through the year's
 * uneven rhythm (little around the Spring Festival, a rush in December).
 */
final class CreatedDateSequence {

  private static final double[] MONTH_WEIGHTS =
      {0.8, 0.55, 1.0, 1.0, 1.0, 1.05, 0.95, 0.9, 1.0, 0.85, 1.0, 1.3};
  private static final double TOTAL_WEIGHT = 11.4;

  private final int year;
  private final Random random;
  private int remaining;
  /** The largest draw not yet handed out, counted from the end of the year. */
  private double fromEnd = 1.0;

  CreatedDateSequence(int year, int count, Random random) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    this.year = year;
    this.remaining = count;
    this.random = random;
  }

  boolean hasNext() {
    return remaining > 0;
  }

  /** The next date, never before the previous one. */
  LocalDate next() {
    if (remaining == 0) {
      throw new IllegalStateException("all " + year + " dates were handed out");
    }
    fromEnd *= Math.pow(random.nextDouble(), 1.0 / remaining);
    remaining--;
    return dayAt(1.0 - fromEnd);
  }

  /** The day at quantile {@code share} (0..1) of the year's rhythm; monotone in {@code share}. */
  private LocalDate dayAt(double share) {
    double target = share * TOTAL_WEIGHT;
    int month = 0;
    while (month < 11 && target >= MONTH_WEIGHTS[month]) {
      target -= MONTH_WEIGHTS[month];
      month++;
    }
    YearMonth yearMonth = YearMonth.of(year, month + 1);
    int length = yearMonth.lengthOfMonth();
    int day = (int) Math.min(length - 1, Math.floor(target / MONTH_WEIGHTS[month] * length));
    return yearMonth.atDay(Math.max(0, day) + 1);
  }
}
