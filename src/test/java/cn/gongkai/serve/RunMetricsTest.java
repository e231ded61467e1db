package cn.gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.job.ClassificationTally;
import cn.gongkai.job.FileTally;
import cn.gongkai.job.RunSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Prometheus row counters count each row a run went through once, resumed or not. */
class RunMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final RunMetrics metrics = new RunMetrics(registry, Optional.empty());

  @Test
  void aResumedRunAddsOnlyTheRowsItWentThroughItselfNotThoseOfTheRunItResumed() {
    FileTally committedBeforeTheFailure = new FileTally(26, 20, 4, 2, 0);
    RunSummary failed = summary("FAILED", 4, committedBeforeTheFailure, null);
    metrics.ended(failed, FileTally.EMPTY, Duration.ofSeconds(3), Instant.now());

    RunSummary resumed = summary("COMPLETED", 5, new FileTally(40, 31, 7, 2, 0), 4L);
    metrics.ended(resumed, committedBeforeTheFailure, Duration.ofSeconds(2), Instant.now());

    assertThat(rows("read")).as("the inbox's 40 rows, once").isEqualTo(40);
    assertThat(rows("loaded")).isEqualTo(31);
    assertThat(rows("merged")).isEqualTo(7);
    assertThat(rows("rejected")).isEqualTo(2);
    assertThat(registry.get("gongkai.ingest.runs").tag("status", "failed").counter().count()).isEqualTo(1);
    assertThat(registry.get("gongkai.ingest.runs").tag("status", "completed").counter().count()).isEqualTo(1);
  }

  @Test
  void aRunStartedAfreshAddsItsWholeTotals() {
    metrics.ended(summary("COMPLETED", 7, new FileTally(12, 10, 1, 1, 0), null), FileTally.EMPTY,
        Duration.ofSeconds(1), Instant.now());

    assertThat(rows("read")).isEqualTo(12);
    assertThat(rows("loaded")).isEqualTo(10);
  }

  private double rows(String outcome) {
    return registry.get("gongkai.ingest.rows").tag("outcome", outcome).counter().count();
  }

  private static RunSummary summary(String status, long executionId, FileTally totals, Long resumes) {
    return new RunSummary(status, executionId, "/data/runs/" + executionId, List.of(), totals, 0,
        ClassificationTally.NONE, List.of(), Map.of(), resumes, "config/taxonomy.yml", "ab12", null);
  }
}
