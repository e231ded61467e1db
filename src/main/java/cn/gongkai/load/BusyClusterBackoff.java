package cn.gongkai.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The waits of one batch of writes before it sends again what Elasticsearch answered 429 to (its
 * write queue full, a circuit breaker tripped, indexing pressure too high): a busy cluster refuses
 * for now, not for good. The waits double from 100 ms to at most 5 s, with jitter so that the
 * concurrent requests do not come back together, for at most two minutes in all; after that the
 * batch fails, the step fails with it, and the next run writes the chunk again, so a busy cluster
 * costs time but never rows.
 */
final class BusyClusterBackoff {

  private static final Logger log = LoggerFactory.getLogger(BusyClusterBackoff.class);
  /** The status of what a busy cluster refuses for now: a whole request, or single items of one. */
  static final int TOO_MANY_REQUESTS = 429;
  static final long INITIAL_MILLIS = 100;
  static final long MAX_INTERVAL_MILLIS = 5_000;
  static final long MAX_ELAPSED_MILLIS = 120_000;

  private final BackOffExecution execution;
  private int retries;
  private long waitedMillis;

  BusyClusterBackoff() {
    this(MAX_ELAPSED_MILLIS);
  }

  BusyClusterBackoff(long maxElapsedMillis) {
    ExponentialBackOff backOff = new ExponentialBackOff(INITIAL_MILLIS, 2.0);
    backOff.setMaxInterval(MAX_INTERVAL_MILLIS);
    backOff.setJitter(INITIAL_MILLIS / 2);
    backOff.setMaxElapsedTime(maxElapsedMillis);
    this.execution = backOff.start();
  }

  /**
   * Waits before {@code writes} are sent again, or throws when the batch has waited its limit.
   *
   * @param reason Elasticsearch's, for the log and the error
   */
  void pauseBefore(int writes, String reason) {
    long wait = execution.nextBackOff();
    if (wait == BackOffExecution.STOP) {
      throw new BulkWriteException("Elasticsearch was still too busy to take " + writes + " writes after " + retries
          + " retries over " + waitedMillis / 1000 + " s (" + reason + "); nothing of this chunk is counted, "
          + "and the next run writes it again. If this keeps happening, give the cluster more heap or nodes.");
    }
    retries++;
    waitedMillis += wait;
    log.info("Elasticsearch is busy ({}): sending {} writes again in {} ms (retry {})", reason, writes, wait, retries);
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BulkWriteException("Interrupted while waiting to send " + writes + " writes again");
    }
  }

  int retries() {
    return retries;
  }
}
