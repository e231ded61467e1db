package cn.gongkai.classify;

/**
 * How many titles one stage of the chain (rules, model, default) decided, and how many of those it
 * got right: how far each stage can be trusted.
 */
public record BasisTally(int decided, int correct) {

  public static final BasisTally NONE = new BasisTally(0, 0);

  BasisTally plus(boolean right) {
    return new BasisTally(decided + 1, correct + (right ? 1 : 0));
  }

  /** The share of its decisions that were right; 0 when it decided none. */
  public double accuracy() {
    return decided == 0 ? 0 : (double) correct / decided;
  }
}
