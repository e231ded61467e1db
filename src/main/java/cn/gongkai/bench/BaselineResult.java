package cn.gongkai.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * What the raw baseline measured.
 *
 * @param probes one load of the slice per shape tried, in the order tried
 * @param load the timed load of every document in the fastest shape, refresh included
 */
public record BaselineResult(String index, List<BulkLoad> probes, BulkLoad load) {

  public BaselineResult {
    Objects.requireNonNull(index, "index");
    probes = List.copyOf(probes);
    Objects.requireNonNull(load, "load");
  }

  @JsonProperty("chosen")
  public BulkShape chosen() {
    return load.shape();
  }
}
