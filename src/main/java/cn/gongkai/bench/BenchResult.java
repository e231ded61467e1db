package cn.gongkai.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one bench run measured; written as one JSON object, and printed for people.
 *
 * @param date when the run started, ISO 8601 with the offset
 * @param prefixes the index prefix of each phase
 * @param warmup the full pipeline run first on a fresh prefix, to warm the node and this JVM up
 * @param export the warm-up's final publication documents as bulk bodies
 * @param raw the raw bulk baseline over those documents
 * @param pipeline the measured full pipeline run, on another fresh prefix
 * @param memory this process's resident memory right after the measured run; {@code null} off Linux
 * @param stats the time of {@code stats} for the latest year, over the measured publications
 * @param secondRun the pipeline again over the same inbox: every file already ingested
 * @param nightly a night's inbox over the measured publications and into empty indices; {@code null}
 *     until that phase has run
 * @param notes what the figures do and do not include, and anything the run noticed
 * @param resultsFile where these results are written as JSON
 */
public record BenchResult(
    String date, MachineFacts machine, int records, double duplicates, long seed, Map<String, String> prefixes,
    InboxFacts inbox, PipelineResult warmup, ExportResult export, BaselineResult raw, PipelineResult pipeline,
    ProcessMemory memory, StatsResult stats, PipelineResult secondRun, NightlyResult nightly, List<String> notes,
    String resultsFile) {

  public BenchResult {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(machine, "machine");
    prefixes = Map.copyOf(prefixes);
    Objects.requireNonNull(inbox, "inbox");
    Objects.requireNonNull(warmup, "warmup");
    Objects.requireNonNull(export, "export");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(secondRun, "secondRun");
    notes = List.copyOf(notes);
    Objects.requireNonNull(resultsFile, "resultsFile");
  }

  /** This result with the nightly phase's. */
  public BenchResult withNightly(NightlyResult measured) {
    return new BenchResult(date, machine, records, duplicates, seed, prefixes, inbox, warmup, export, raw, pipeline,
        memory, stats, secondRun, measured, notes, resultsFile);
  }

  /** The node's CPU during the measured run over its CPU during the baseline load; {@code null} when not measured. */
  @JsonProperty("nodeCpuRatio")
  public Double nodeCpuRatio() {
    Double pipelineNode = pipeline.cpu().nodeSeconds();
    Double baselineNode = raw.cpu().nodeSeconds();
    return pipelineNode == null || baselineNode == null || baselineNode == 0 ? null : pipelineNode / baselineNode;
  }

  /** Pipeline documents per second over the baseline's: for the same documents, the baseline's time over the pipeline's. */
  @JsonProperty("ratio")
  public ThroughputRatio ratio() {
    return new ThroughputRatio(pipeline.docsPerSecond(), raw.load().docsPerSecond());
  }

  /** The second run's time as a share of the measured run's. */
  @JsonProperty("secondRunShare")
  public double secondRunShare() {
    return secondRun.seconds() / pipeline.seconds();
  }

  @JsonProperty("targets")
  public List<Target> targets() {
    return BenchTargets.of(this);
  }
}
