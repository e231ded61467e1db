package cn.gongkai.serve;

import cn.gongkai.settings.GongkaiProperties;
import java.time.ZonedDateTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Fires the ingest on {@code gongkai.serve.cron} (nightly at 01:30 by default) in
 * {@code gongkai.serve.zone}, once {@code serve} is up. A firing while the previous run still goes
 * is refused by {@link IngestTrigger}, never queued behind it.
 */
@Component
@ConditionalOnWebApplication
public class NightlySchedule implements AutoCloseable {

  private final IngestTrigger trigger;
  private final GongkaiProperties.Serve settings;
  private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

  NightlySchedule(IngestTrigger trigger, GongkaiProperties properties) {
    this.trigger = trigger;
    this.settings = properties.serve();
    scheduler.setThreadNamePrefix("ingest-schedule-");
    scheduler.initialize();
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    TaskScheduler tasks = scheduler;
    tasks.schedule(() -> trigger.trigger("schedule"), new CronTrigger(settings.cron(), settings.zone()));
  }

  public String cron() {
    return settings.cron();
  }

  /** When the schedule fires next. */
  public ZonedDateTime next() {
    return CronExpression.parse(settings.cron()).next(ZonedDateTime.now(settings.zone()));
  }

  @Override
  public void close() {
    scheduler.shutdown();
  }
}
