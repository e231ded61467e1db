package cn.gongkai.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * What the raw baseline measured.
 *
 * @param probes one load of the slice per shape tried, in the order tried
 * @param load the timed load of every document in the fastest shape, refresh included
 * @param cpu the CPU the application and the node used during that load (not the probes)
 */
public record BaselineResult(String index, List<BulkLoad> probes, BulkLoad load, CpuUse cpu) {

  public BaselineResult {
    Objects.requireNonNull(index, "index");
    probes = List.copyOf(probes);
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(cpu, "cpu");
  }

  /** The application's CPU per document of the timed load, in microseconds; {@code null} for no documents. */
  @JsonProperty("applicationCpuMicrosPerDocument")
  public Double applicationCpuMicrosPerDocument() {
    return cpu.applicationMicrosPer(load.documents());
  }

  @JsonProperty("chosen")
  public BulkShape chosen() {
    return load.shape();
  }
}
