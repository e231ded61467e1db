package cn.gongkai.sample;

import java.util.Random;

/**
 * Draws departments without replacement from fixed counts (one year's plan), so that the
 * departments' publications interleave at random while each gets exactly its count.
 */
final class DepartmentDraw {

  private static final Department[] DEPARTMENTS = Department.values();

  private final int[] remaining;
  private int total;

  DepartmentDraw(int[] countsByOrdinal) {
    this.remaining = countsByOrdinal.clone();
    for (int count : remaining) {
      total += count;
    }
  }

  /** The department of the next publication, in proportion to what each has left. */
  Department next(Random random) {
    if (total == 0) {
      throw new IllegalStateException("every planned publication was drawn");
    }
    int target = random.nextInt(total);
    int ordinal = 0;
    while (target >= remaining[ordinal]) {
      target -= remaining[ordinal];
      ordinal++;
    }
    remaining[ordinal]--;
    total--;
    return DEPARTMENTS[ordinal];
  }
}
