package cn.gongkai.bench;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The CPU time spent during one timed section, from {@code /proc/<pid>/stat} read at its start and
 * its end (10 ms resolution).
 *
 * @param applicationSeconds this process's CPU, user and system, every thread (JIT compilers and
 *     collector included)
 * @param nodeSeconds the local Elasticsearch node's process (all its nodes', for a local cluster);
 *     {@code null} when not measured
 * @param nodeNotMeasured why the node's CPU is not known, e.g. {@code external cluster}; {@code null}
 *     when it is
 */
public record CpuUse(double applicationSeconds, @JsonInclude(JsonInclude.Include.ALWAYS) Double nodeSeconds,
    String nodeNotMeasured) {

  public CpuUse {
    if (!(applicationSeconds >= 0) || Double.isInfinite(applicationSeconds)) {
      throw new IllegalArgumentException("CPU seconds are finite and 0 or more, were " + applicationSeconds);
    }
    if ((nodeSeconds == null) == (nodeNotMeasured == null)) {
      throw new IllegalArgumentException("either the node's CPU or why it was not measured, not both or neither");
    }
    if (nodeSeconds != null && !(nodeSeconds >= 0)) {
      throw new IllegalArgumentException("the node's CPU seconds are 0 or more, were " + nodeSeconds);
    }
  }

  /** Application CPU per item (row or document) in microseconds; {@code null} for no items. */
  Double applicationMicrosPer(long items) {
    return items > 0 ? applicationSeconds * 1e6 / items : null;
  }
}
