package cn.gongkai.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The application's heap during one phase.
 *
 * @param maxBytes the most the heap may grow to ({@code -Xmx}, {@link Runtime#maxMemory()})
 * @param sampledPeakBytes the most heap in use seen by sampling every 50 ms
 * @param poolPeakBytes the sum of each heap pool's own peak since the phase started: an upper bound,
 *     since the pools (eden, survivor, old) peak at different moments
 * @param collections garbage collections during the phase, all collectors together
 * @param collectionMillis time spent in them, as the collectors account it
 */
public record HeapUsage(long maxBytes, long sampledPeakBytes, long poolPeakBytes, long collections,
    long collectionMillis) {

  public HeapUsage {
    if (maxBytes < 0 || sampledPeakBytes < 0 || poolPeakBytes < 0 || collections < 0 || collectionMillis < 0) {
      throw new IllegalArgumentException("heap figures must be 0 or more");
    }
  }

  /** The peak reported: the larger of the two ways of measuring it. */
  @JsonProperty("peakBytes")
  public long peakBytes() {
    return Math.max(sampledPeakBytes, poolPeakBytes);
  }
}
