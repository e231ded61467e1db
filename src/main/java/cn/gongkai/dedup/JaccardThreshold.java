package cn.gongkai.dedup;

/**
 * A minimum Jaccard index and the bounds it puts on set sizes and overlaps, which let the
 * {@link NearDuplicateFinder} skip pairs that cannot reach it.
 *
 * <p>Every bound is derived from the same floating-point test as the final check ({@code
 * (double) overlap / union >= value}), never from {@code Math.ceil(value * size)}: {@code 0.56 * 25}
 * is {@code 14.000000000000002} in binary although {@code 14 / 25} is {@code 0.56}, and rounding it up
 * would shorten a prefix and lose a true pair. Division is correctly rounded, hence monotonic, so a
 * pair passing the final test also passes every bound below.
 *
 * @param value in (0, 1]
 */
record JaccardThreshold(double value) {

  JaccardThreshold {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + value);
    }
  }

  /** Whether a similarity reaches the threshold (the threshold itself included). */
  boolean reachedBy(double similarity) {
    return similarity >= value;
  }

  /**
   * Whether two sets of these sizes could reach the threshold at all: the Jaccard index is at most
   * {@code min / max}, reached when the smaller set lies inside the larger.
   */
  boolean admitsSizes(int sizeA, int sizeB) {
    return reachedBy((double) Math.min(sizeA, sizeB) / Math.max(sizeA, sizeB));
  }

  /**
   * The least overlap a set of {@code size} elements (at least 1) must have with any set it reaches
   * the threshold with: the union is at least {@code size}, so {@code overlap / size} is at least the
   * similarity.
   */
  int minOverlap(int size) {
    int overlap = Math.max(1, (int) (value * size) - 1);
    while (!reachedBy((double) overlap / size)) {
      overlap++;
    }
    return overlap;
  }

  /**
   * How many of a set's first elements, in the global order, must hold at least one element of every
   * set it reaches the threshold with (see {@link PrefixIndex}).
   */
  int prefixLength(int size) {
    return size - minOverlap(size) + 1;
  }
}
