package cn.gongkai.sample;

/** Splits a whole number into parts proportional to weights (largest remainder method). */
final class Apportionment {

  private Apportionment() {
  }

  /**
   * Parts summing exactly to {@code total}, each the floor of its proportional share plus at most
   * one; the leftover units go to the largest remainders, the lower index winning a tie.
   */
  static int[] apportion(int total, double[] weights) {
    double sum = 0;
    for (double weight : weights) {
      sum += weight;
    }
    int[] parts = new int[weights.length];
    double[] remainders = new double[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = total * weights[i] / sum;
      parts[i] = (int) Math.floor(exact);
      remainders[i] = exact - parts[i];
      given += parts[i];
    }
    for (; given < total; given++) {
      int largest = 0;
      for (int i = 1; i < remainders.length; i++) {
        largest = remainders[i] > remainders[largest] ? i : largest;
      }
      parts[largest]++;
      remainders[largest] = -1;
    }
    return parts;
  }
}
