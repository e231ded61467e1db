package cn.gongkai.load;

import cn.gongkai.classify.Classification;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Category updates on their way while the next page is read and classified, at most two at once so
 * both of the node's cores apply them (one request at a time leaves one idle, and the application
 * waiting). Every update is checked: {@link #finish} fails with the first failure.
 */
public final class CategoryUpdates implements AutoCloseable {

  private static final int IN_FLIGHT = LoadedPublications.CONCURRENT_REQUESTS;

  /** What sends one page's changes, and waits for the answer. */
  @FunctionalInterface
  interface Sender {
    void send(Map<ClassifiedPublication, Classification> changes) throws IOException;
  }

  private final Sender sender;
  private final ExecutorService pool;
  private final Deque<Future<?>> sent = new ArrayDeque<>();

  CategoryUpdates(Sender sender) {
    this.sender = sender;
    this.pool = Executors.newFixedThreadPool(IN_FLIGHT, runnable -> {
      Thread thread = new Thread(runnable, "category-updates");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Sends a page's changes once fewer than two are on their way. */
  public void send(Map<ClassifiedPublication, Classification> changes) throws IOException {
    if (changes.isEmpty()) {
      return;
    }
    while (sent.size() >= IN_FLIGHT) {
      await(sent.removeFirst());
    }
    sent.addLast(pool.submit(() -> {
      sender.send(changes);
      return null;
    }));
  }

  /** Waits for every update; the first that failed fails this. */
  public void finish() throws IOException {
    while (!sent.isEmpty()) {
      await(sent.removeFirst());
    }
  }

  private static void await(Future<?> update) throws IOException {
    try {
      update.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while updating categories", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops what is still on its way when an earlier failure ends the pass. */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
