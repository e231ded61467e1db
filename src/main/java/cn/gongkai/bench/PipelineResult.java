package cn.gongkai.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One run of the whole ingest job, timed from outside: read, normalize, deduplicate, classify, load,
 * refresh, near-duplicates, classification, reconciliation, registration.
 *
 * @param seconds the job's wall time, as {@code IngestRunner.run} took it
 * @param inputBytes the bytes of the inbox's files (all of them, read or skipped)
 * @param publications the documents of the publications index after the run
 * @param files the inbox's files; {@code filesSkipped} of them were skipped as already ingested
 * @param stages the job's steps, as its job repository recorded them
 * @param heap the application's heap during the run
 * @param cpu the CPU the application and the node used from just before the job to just after it
 */
public record PipelineResult(
    double seconds, String status, long executionId, long rowsRead, long loaded, long merged, long rejected,
    long inputBytes, long publications, int files, int filesSkipped, List<StageTime> stages, HeapUsage heap,
    CpuUse cpu) {

  public PipelineResult {
    if (!(seconds > 0)) {
      throw new IllegalArgumentException("a run takes a positive time, took " + seconds);
    }
    Objects.requireNonNull(status, "status");
    stages = List.copyOf(stages);
    Objects.requireNonNull(heap, "heap");
    Objects.requireNonNull(cpu, "cpu");
  }

  /** The application's CPU per row read, in microseconds; {@code null} when no row was read. */
  @JsonProperty("applicationCpuMicrosPerRow")
  public Double applicationCpuMicrosPerRow() {
    return cpu.applicationMicrosPer(rowsRead);
  }

  @JsonProperty("rowsPerSecond")
  public double rowsPerSecond() {
    return rowsRead / seconds;
  }

  /** Final publication documents per second: the unit of the raw baseline. */
  @JsonProperty("docsPerSecond")
  public double docsPerSecond() {
    return publications / seconds;
  }

  /** Megabytes (10^6 bytes) of input per second. */
  @JsonProperty("inputMegabytesPerSecond")
  public double inputMegabytesPerSecond() {
    return inputBytes / 1e6 / seconds;
  }
}
