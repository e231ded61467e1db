package cn.gongkai.bench;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress for the person waiting: one line per step on stderr, with the time since the bench
 * started, so that stdout stays the results and a long run shows it is alive.
 */
public final class BenchProgress {

  private final PrintWriter err;
  private final long start = System.nanoTime();

  public BenchProgress(PrintWriter err) {
    this.err = err;
  }

  public void say(String format, Object... arguments) {
    double elapsed = (System.nanoTime() - start) / 1e9;
    err.printf(Locale.ROOT, "bench [%7.1f s] %s%n", elapsed, String.format(Locale.ROOT, format, arguments));
    err.flush();
  }
}
