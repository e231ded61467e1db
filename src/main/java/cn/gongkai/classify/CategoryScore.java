package cn.gongkai.classify;

/**
 * How well the chain does on one category.
 *
 * @param support how many labelled titles truly belong to it
 * @param predicted how many titles the chain put in it
 */
public record CategoryScore(String category, int support, int predicted, int correct) {

  /** Of the titles put in the category, the share that belong there; 0 when none were. */
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  /** Of the titles that belong to the category, the share put there; 0 when there are none. */
  public double recall() {
    return support == 0 ? 0 : (double) correct / support;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
