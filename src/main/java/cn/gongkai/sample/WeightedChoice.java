package cn.gongkai.sample;

import java.util.List;
import java.util.Random;

/** A fixed list of values picked at random in proportion to their weights. */
final class WeightedChoice<T> {

  private final List<T> values;
  private final double[] cumulative;

  private WeightedChoice(List<T> values, double[] weights) {
    if (values.isEmpty() || values.size() != weights.length) {
      throw new IllegalArgumentException("need one positive weight per value, and a value");
    }
    this.values = List.copyOf(values);
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] > 0)) {
        throw new IllegalArgumentException("weights must be positive: " + weights[i]);
      }
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  /** Values with their weights, in the same order; weights need not sum to 1. */
  static <T> WeightedChoice<T> of(List<T> values, double... weights) {
    return new WeightedChoice<>(values, weights);
  }

  /** One value, drawing exactly one double from {@code random}. */
  T pick(Random random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length - 1; i++) {
      if (target < cumulative[i]) {
        return values.get(i);
      }
    }
    return values.get(values.size() - 1);
  }

}
