package cn.gongkai.sample;

import java.util.List;
import java.util.Random;

/**
 * Draws departments without replacement from fixed counts (one year's plan), so that the
 * departments' publications interleave at random while each gets exactly its count.
 */
final class DepartmentDraw {

  private final List<Department> departments;
  private final int[] remaining;
  private int total;

  /** @param countsByIndex how many publications each of {@code departments}, by index, has */
  DepartmentDraw(List<Department> departments, int[] countsByIndex) {
    this.departments = departments;
    this.remaining = countsByIndex.clone();
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
    int index = 0;
    while (target >= remaining[index]) {
      target -= remaining[index];
      index++;
    }
    remaining[index]--;
    total--;
    return departments.get(index);
  }
}
