package cn.gongkai.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * How close the pipeline comes to the physical limit: its throughput over the raw baseline's, both
 * in final publication documents per second. For the same documents this is the baseline's time
 * over the pipeline's.
 */
public record ThroughputRatio(double pipelineDocsPerSecond, double rawDocsPerSecond) {

  public ThroughputRatio {
    if (!(pipelineDocsPerSecond >= 0) || !(rawDocsPerSecond > 0) || Double.isInfinite(pipelineDocsPerSecond)
        || Double.isInfinite(rawDocsPerSecond)) {
      throw new IllegalArgumentException("throughputs must be finite, the baseline's above 0; were "
          + pipelineDocsPerSecond + " and " + rawDocsPerSecond);
    }
  }

  @JsonProperty("value")
  public double value() {
    return pipelineDocsPerSecond / rawDocsPerSecond;
  }

  /** The bench's last line (SPEC section 8), two decimals whatever the locale. */
  public String line() {
    return String.format(Locale.ROOT, "pipeline/raw-bulk ratio: %.2f", value());
  }
}
