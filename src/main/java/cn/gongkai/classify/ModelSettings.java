package cn.gongkai.classify;

/**
 * How the statistical model is trained and trusted.
 *
 * @param threshold the least confidence at which the model decides a category, in (0, 1]
 * @param smoothing the additive smoothing of feature counts, above 0: smaller trusts rare bigrams more
 */
public record ModelSettings(double threshold, double smoothing) {

  public ModelSettings {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("the model threshold must be in (0, 1], was " + threshold);
    }
    if (!(smoothing > 0)) {
      throw new IllegalArgumentException("the model smoothing must be above 0, was " + smoothing);
    }
  }
}
