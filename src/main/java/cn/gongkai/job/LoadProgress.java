package cn.gongkai.job;

import cn.gongkai.intake.SourceRow;
import cn.gongkai.normalize.NormalizedRow;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of the load, file by file: rows read, rows a second, how much of the file, and about how
 * long until it is read. On a terminal one line per file, redrawn a few times a second; otherwise
 * (cron, systemd, serve) a line logged every few seconds, to stderr and the log file, and one per
 * file read.
 */
final class LoadProgress implements ChunkListener<SourceRow, NormalizedRow>, StepExecutionListener {

  static final Duration TERMINAL_INTERVAL = Duration.ofMillis(250);
  static final Duration LOG_INTERVAL = Duration.ofSeconds(5);
  private static final Logger log = LoggerFactory.getLogger("cn.gongkai.progress");

  private final Supplier<ReadPosition> position;
  private final IntFunction<String> fileNamed;
  private final ToLongFunction<String> rowsReadOf;
  private final PrintStream terminal;
  private final LongSupplier nanoTime;
  private final long interval;
  private ReadPosition shown;
  private long stepStart;
  private long fileStart;
  private long fileStartRows;
  private long fileStartBytes;
  private long lastShown;

  /**
   * @param position where the reader is
   * @param fileNamed the name of the file of an ordinal (from 1)
   * @param rowsReadOf rows read of a file, all told (the ledger's count)
   * @param terminal where to draw on a terminal; null to log instead
   */
  LoadProgress(Supplier<ReadPosition> position, IntFunction<String> fileNamed, ToLongFunction<String> rowsReadOf,
      PrintStream terminal, LongSupplier nanoTime) {
    this.position = position;
    this.fileNamed = fileNamed;
    this.rowsReadOf = rowsReadOf;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.interval = (terminal != null ? TERMINAL_INTERVAL : LOG_INTERVAL).toNanos();
  }

  /** Draws on stderr when this process has a terminal, else logs. */
  static LoadProgress forThisProcess(Supplier<ReadPosition> position, IntFunction<String> fileNamed,
      ToLongFunction<String> rowsReadOf) {
    return new LoadProgress(position, fileNamed, rowsReadOf, System.console() != null ? System.err : null,
        System::nanoTime);
  }

  @Override
  public void beforeStep(StepExecution stepExecution) {
    shown = null;
    stepStart = nanoTime.getAsLong();
  }

  @Override
  public void afterChunk(Chunk<NormalizedRow> chunk) {
    ReadPosition now = position.get();
    long time = nanoTime.getAsLong();
    if (shown == null || now.ordinal() != shown.ordinal()) {
      if (shown != null) {
        finished(shown, time);
      }
      // files read whole within one chunk were never the current one here: a line each all the same
      for (int ordinal = shown == null ? 1 : shown.ordinal() + 1; ordinal < now.ordinal(); ordinal++) {
        String file = fileNamed.apply(ordinal);
        print(String.format(Locale.ROOT, "[%d/%d] %s: %s read", ordinal, now.files(), file,
            rows(rowsReadOf.applyAsLong(file))), true);
      }
      boolean first = shown == null;
      shown = now;
      // the first file is timed from the step's start; a later one from the chunk it was first seen in
      fileStart = first ? stepStart : time;
      fileStartRows = first ? 0 : now.rows();
      fileStartBytes = first ? 0 : now.bytesRead();
      lastShown = time;
      return;
    }
    if (time - lastShown >= interval) {
      lastShown = time;
      show(ProgressLine.of(now, now.rows() - fileStartRows, now.bytesRead() - fileStartBytes, time - fileStart).render());
    }
  }

  @Override
  public ExitStatus afterStep(StepExecution stepExecution) {
    if (shown != null) {
      finished(shown, nanoTime.getAsLong());
      shown = null;
    }
    return stepExecution.getExitStatus();
  }

  private void finished(ReadPosition file, long time) {
    long rows = rowsReadOf.applyAsLong(file.file());
    double seconds = Math.max(time - fileStart, 1) / 1e9;
    print(String.format(Locale.ROOT, "[%d/%d] %s: %s read in %.1f s (%,.0f rows/s)", file.ordinal(), file.files(),
        file.file(), rows(rows), seconds, (rows - fileStartRows) / seconds), true);
  }

  private void show(String line) {
    print(line, false);
  }

  /** On a terminal, redrawn in place (and kept, when {@code last} of its file); else logged. */
  private void print(String line, boolean last) {
    if (terminal != null) {
      terminal.print("\r" + line + "\u001B[K" + (last ? "\n" : ""));
      terminal.flush();
    } else {
      log.info(line);
    }
  }

  static String rows(long rows) {
    return String.format(Locale.ROOT, rows == 1 ? "%,d row" : "%,d rows", rows);
  }
}
