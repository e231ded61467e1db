package cn.gongkai.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One timed load of pre-serialized bulk bodies, refresh included.
 *
 * @param bytes the bulk bodies' bytes (action lines and sources)
 */
public record BulkLoad(BulkShape shape, long documents, long bytes, double seconds) {

  public BulkLoad {
    if (documents < 0 || bytes < 0 || !(seconds > 0)) {
      throw new IllegalArgumentException("a load has documents and bytes of 0 or more and a positive time; was "
          + documents + ", " + bytes + ", " + seconds);
    }
  }

  @JsonProperty("docsPerSecond")
  public double docsPerSecond() {
    return documents / seconds;
  }

  /** Megabytes (10^6 bytes) of bulk body per second. */
  @JsonProperty("megabytesPerSecond")
  public double megabytesPerSecond() {
    return bytes / 1e6 / seconds;
  }
}
