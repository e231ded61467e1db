package cn.gongkai.serve;

import cn.gongkai.job.FileTally;
import cn.gongkai.job.IngestRunner;
import cn.gongkai.job.RunHistory;
import cn.gongkai.job.RunInProgressException;
import cn.gongkai.job.RunSummary;
import cn.gongkai.load.ElasticsearchConnection;
import cn.gongkai.settings.GongkaiProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Starts ingest runs for {@code serve}, from its schedule or from {@code POST /runs}: one at a time.
 * A trigger while a run is going is refused at once, not queued, and so is one while another
 * process (a clerk's {@code ingest}) holds the data directory. Each run goes on in the background;
 * when it ends, the metrics and the dashboard page are brought up to date.
 */
@Component
@ConditionalOnWebApplication
public class IngestTrigger implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(IngestTrigger.class);
  private static final Duration STOP_GRACE = Duration.ofMinutes(1);

  private final IngestRunner runner;
  private final ElasticsearchConnection connection;
  private final RunMetrics metrics;
  private final RunHistory history;
  private final DashboardPage dashboard;
  private final Path inbox;
  private final AtomicBoolean running = new AtomicBoolean();
  private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> new Thread(task, "ingest-run"));

  IngestTrigger(IngestRunner runner, ElasticsearchConnection connection, RunMetrics metrics, DashboardPage dashboard,
      GongkaiProperties properties, RunHistory history) {
    this.history = history;
    this.runner = runner;
    this.connection = connection;
    this.metrics = metrics;
    this.dashboard = dashboard;
    this.inbox = properties.serve().inbox();
  }

  public Path inbox() {
    return inbox;
  }

  public boolean running() {
    return running.get();
  }

  /**
   * Starts a run now, unless one is running.
   *
   * @param cause who asks (schedule, http), for the log
   * @return the run's summary to come; empty when refused
   */
  public Optional<CompletableFuture<RunSummary>> trigger(String cause) {
    if (!running.compareAndSet(false, true)) {
      log.warn("ingest triggered by {} refused: a run is in progress", cause);
      metrics.refused();
      return Optional.empty();
    }
    log.info("ingest of {} triggered by {}", inbox, cause);
    metrics.started();
    return Optional.of(CompletableFuture.supplyAsync(this::run, executor));
  }

  private RunSummary run() {
    long start = System.nanoTime();
    try {
      if (!Files.isDirectory(inbox)) {
        throw new IllegalStateException("The inbox " + inbox + " is not a directory: create it, or set "
            + "gongkai.serve.inbox (or serve --inbox) to the folder the departments' exports are dropped in");
      }
      connection.ensureLocalNodeRunning();
      RunSummary summary = runner.run(inbox);
      metrics.ended(summary, carriedOver(summary), Duration.ofNanos(System.nanoTime() - start), Instant.now());
      dashboard.refresh();
      return summary;
    } catch (RunInProgressException e) {
      log.warn("{}", e.getMessage());
      metrics.refused();
      throw e;
    } catch (Exception e) {
      log.error("ingest of {} could not run: {}", inbox, e.getMessage(), e);
      metrics.failedToStart(Duration.ofNanos(System.nanoTime() - start));
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
    } finally {
      metrics.idle();
      running.set(false);
    }
  }

  /** What the run {@code summary} resumed had counted already, which its own totals include. */
  private FileTally carriedOver(RunSummary summary) {
    return summary.resumes() == null ? FileTally.EMPTY
        : history.summaryOf(summary.resumes()).map(RunSummary::totals).orElse(FileTally.EMPTY);
  }

  /** On shutdown (SIGTERM), a run going is asked to stop after its chunk, and given a minute to. */
  @Override
  public void destroy() throws InterruptedException {
    executor.shutdown();
    if (running.get()) {
      runner.requestStop();
    }
    if (!executor.awaitTermination(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
      executor.shutdownNow(); // cut short: the next run resumes it all the same
    }
  }
}
