package cn.gongkai.serve;

import cn.gongkai.job.FileTally;
import cn.gongkai.job.RunHistory;
import cn.gongkai.job.RunSummary;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The runs of {@code serve} as Micrometer meters, which {@code /actuator/prometheus} exposes:
 * {@code gongkai_ingest_rows_total{outcome}} (read, loaded, merged, rejected),
 * {@code gongkai_ingest_runs_total{status}} (completed, failed, refused),
 * {@code gongkai_ingest_duration_seconds{status}}, {@code gongkai_ingest_running} and
 * {@code gongkai_ingest_last_success_seconds} (Unix time the latest completed run ended, by
 * whoever ran it: taken from the job repository at start, so a restarted {@code serve} still knows).
 */
@Component
@ConditionalOnWebApplication
public class RunMetrics {

  private final MeterRegistry registry;
  private final AtomicLong lastSuccess = new AtomicLong();
  private final AtomicLong running = new AtomicLong();

  @Autowired
  RunMetrics(MeterRegistry registry, RunHistory history) {
    this(registry, history.latestCompleted().map(RunHistory.PastRun::ended));
  }

  RunMetrics(MeterRegistry registry, Optional<Instant> lastSuccessfulEnd) {
    this.registry = registry;
    lastSuccessfulEnd.map(Instant::getEpochSecond).ifPresent(lastSuccess::set);
    Gauge.builder("gongkai.ingest.last.success", lastSuccess, AtomicLong::get).baseUnit("seconds")
        .description("When the latest completed ingest run ended, in Unix time; 0 before the first").register(registry);
    Gauge.builder("gongkai.ingest.running", running, AtomicLong::get)
        .description("1 while an ingest run of this process is running").register(registry);
    for (String outcome : new String[] {"read", "loaded", "merged", "rejected"}) {
      rows(outcome); // present at 0 before the first run, so dashboards and alerts see the series
    }
    for (String status : new String[] {"completed", "failed", "refused"}) {
      runs(status);
    }
  }

  void started() {
    running.set(1);
  }

  /**
   * A run that ended with a summary, completed or failed. Its rows count once: a resumed run's
   * totals include what the run it resumes had counted ({@code carriedOver}), which is not counted again.
   *
   * @param carriedOver the totals of the execution {@code summary} resumes; {@link FileTally#EMPTY} for a run afresh
   */
  void ended(RunSummary summary, FileTally carriedOver, Duration duration, Instant endedAt) {
    String status = summary.completed() ? "completed" : "failed";
    FileTally totals = summary.totals();
    rows("read").increment(totals.read() - carriedOver.read());
    rows("loaded").increment(totals.loaded() - carriedOver.loaded());
    rows("merged").increment(totals.merged() - carriedOver.merged());
    rows("rejected").increment(totals.rejected() - carriedOver.rejected());
    runs(status).increment();
    duration(status).record(duration);
    if (summary.completed()) {
      lastSuccess.set(endedAt.getEpochSecond());
    }
  }

  /** A run that could not even start its job (the inbox is gone, the taxonomy is broken). */
  void failedToStart(Duration duration) {
    runs("failed").increment();
    duration("failed").record(duration);
  }

  /** No run of this process is going any more, however the last one ended. */
  void idle() {
    running.set(0);
  }

  /** A trigger refused because a run was in progress, here or in another process. */
  void refused() {
    runs("refused").increment();
  }

  private Counter rows(String outcome) {
    return Counter.builder("gongkai.ingest.rows").tag("outcome", outcome)
        .description("Rows of the inbox files by what became of them, over this process's runs; a resumed "
            + "run adds only the rows it went through itself").register(registry);
  }

  private Counter runs(String status) {
    return Counter.builder("gongkai.ingest.runs").tag("status", status.toLowerCase(Locale.ROOT))
        .description("Ingest runs triggered in this process, by outcome").register(registry);
  }

  private Timer duration(String status) {
    return Timer.builder("gongkai.ingest.duration").tag("status", status)
        .description("How long ingest runs took").register(registry);
  }
}
