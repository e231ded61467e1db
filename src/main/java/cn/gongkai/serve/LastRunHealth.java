package cn.gongkai.serve;

import cn.gongkai.job.RunHistory;
import cn.gongkai.job.RunSummary;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code lastRun} in {@code /actuator/health}: DOWN when the latest ingest run failed, so the
 * morning check (or an alert on the endpoint's 503) sees it; UP when it completed or is running;
 * UNKNOWN before the first.
 */
@Component("lastRun")
@ConditionalOnWebApplication
class LastRunHealth implements HealthIndicator {

  private final RunHistory history;
  private final NightlySchedule schedule;

  LastRunHealth(RunHistory history, NightlySchedule schedule) {
    this.history = history;
    this.schedule = schedule;
  }

  @Override
  public Health health() {
    Optional<RunHistory.PastRun> latest = history.latest();
    if (latest.isEmpty()) {
      return Health.unknown().withDetail("message", "no ingest run yet").withDetail("next", schedule.next().toString())
          .build();
    }
    RunSummary summary = latest.get().summary();
    boolean failed = !summary.completed() && latest.get().ended() != null;
    Health.Builder health = failed ? Health.down() : Health.up();
    health.withDetail("execution", summary.executionId())
        .withDetail("status", summary.status())
        .withDetail("started", String.valueOf(latest.get().started()))
        .withDetail("ended", latest.get().ended() == null ? "running" : latest.get().ended().toString())
        .withDetail("read", summary.totals().read())
        .withDetail("loaded", summary.totals().loaded())
        .withDetail("merged", summary.totals().merged())
        .withDetail("rejected", summary.totals().rejected())
        .withDetail("next", schedule.next().toString());
    if (!summary.failures().isEmpty()) {
      health.withDetail("failures", summary.failures());
    }
    return health.build();
  }
}
