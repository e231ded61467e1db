package cn.gongkai.job;

import cn.gongkai.intake.SourceRow;
import cn.gongkai.dedup.DedupBatch;
import cn.gongkai.normalize.NormalizedRow;
import cn.gongkai.normalize.Rejection;
import cn.gongkai.normalize.RowRejectedException;
import cn.gongkai.publication.PublicationRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * Accounts for every row of a load step, per file: read, loaded, merged into an already loaded
 * publication, or rejected. The tallies travel in the step's execution context, committed with each
 * chunk, so they match the reader's position after a restart. Rejections are held back until their
 * chunk has been written, so a chunk that fails does not list them (its rows are judged again on
 * restart); Batch calls afterChunk just before the commit, a window a restart must still close.
 * A completed step also leaves them in the job's execution context: a run that fails in a later step
 * resumes there without running this step again, and its summary must still count these rows.
 */
public class RunLedger implements ItemStream, ChunkListener<SourceRow, NormalizedRow>,
    SkipListener<SourceRow, NormalizedRow>, StepExecutionListener {

  static final String TALLIES_KEY = "ledger.tallies";
  static final String PERSONAL_DATA_KEY = "ledger.personalData";
  static final String SET_ASIDE_KEY = "ledger.setAside";

  /** Counted as mutable numbers, a row at a time; {@link FileTally}s only in the execution context. */
  private final Map<String, Counts> tallies = new LinkedHashMap<>();
  /** Numbers masked (去标识化), by the department of their row. */
  private final Map<String, Long> personalData = new TreeMap<>();
  /** Files found changed since the inbox scan when their turn came, with the clerk's message: none of their rows read. */
  private final Map<String, String> setAside = new TreeMap<>();
  private final List<RejectEntry> pendingRejections = new ArrayList<>();
  private final Map<String, String> checksums = new HashMap<>();
  private final Function<JobExecution, RejectRecorder> recorders;
  private RejectRecorder recorder;

  /** @param recorders the rejects recorder of a run */
  public RunLedger(Function<JobExecution, RejectRecorder> recorders) {
    this.recorders = recorders;
  }

  @Override
  public void beforeStep(StepExecution stepExecution) {
    recorder = recorders.apply(stepExecution.getJobExecution());
    InboxEntries.of(stepExecution.getJobExecution()).forEach(entry -> checksums.put(entry.file(), entry.checksum()));
  }

  @Override
  public ExitStatus afterStep(StepExecution stepExecution) {
    if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
      update(stepExecution.getJobExecution().getExecutionContext());
    }
    return stepExecution.getExitStatus();
  }

  void read(String file) {
    counts(file).read++;
  }

  /** Rows of {@code file} read so far in this step, restarts included. */
  public long rowsRead(String file) {
    Counts counts = tallies.get(file);
    return counts == null ? 0 : counts.read;
  }

  void written(String file, DedupBatch.RowOutcome outcome) {
    Counts counts = counts(file);
    if (outcome == DedupBatch.RowOutcome.NEW_PUBLICATION) {
      counts.loaded++;
    } else {
      counts.merged++;
    }
  }

  /** A row whose publication Elasticsearch refused: rejected, with the reason, in its chunk's rejects. */
  void refusedByIndex(PublicationRecord row, String reason) {
    String file = row.provenance().file();
    counts(file).rejected++;
    pendingRejections.add(RejectEntry.ofRefusedRow(row, reason, checksums.get(file)));
  }

  /** {@code file} is not read after all: it changed after the inbox scan, and a later run reads it whole. */
  void setAside(String file, String message) {
    setAside.put(file, message);
  }

  void personalData(String department, int count) {
    if (count > 0) {
      personalData.merge(department, (long) count, Long::sum);
    }
  }

  void unknownChannels(String file, int count) {
    if (count > 0) {
      counts(file).unknownChannels += count;
    }
  }

  @Override
  public void onSkipInProcess(SourceRow row, Throwable cause) {
    Rejection rejection = ((RowRejectedException) cause).rejection();
    counts(row.file()).rejected++;
    pendingRejections.add(RejectEntry.ofRow(row, rejection, checksums.get(row.file())));
  }

  @Override
  public void afterChunk(Chunk<NormalizedRow> chunk) {
    try {
      recorder.record(pendingRejections);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not record rejected rows in " + recorder.path() + ": " + e.getMessage(), e);
    }
    pendingRejections.clear();
  }

  @Override
  public void onChunkError(Exception exception, Chunk<NormalizedRow> chunk) {
    pendingRejections.clear(); // the chunk rolls back; its rows are read and judged again on restart
  }

  @Override
  @SuppressWarnings("unchecked")
  public void open(ExecutionContext context) {
    tallies.clear();
    personalData.clear();
    setAside.clear();
    if (context.containsKey(TALLIES_KEY)) {
      ((Map<String, FileTally>) context.get(TALLIES_KEY)).forEach((file, tally) -> tallies.put(file, new Counts(tally)));
    }
    if (context.containsKey(PERSONAL_DATA_KEY)) {
      personalData.putAll((Map<String, Long>) context.get(PERSONAL_DATA_KEY));
    }
    if (context.containsKey(SET_ASIDE_KEY)) {
      setAside.putAll((Map<String, String>) context.get(SET_ASIDE_KEY));
    }
  }

  @Override
  public void update(ExecutionContext context) {
    Map<String, FileTally> counted = new LinkedHashMap<>();
    tallies.forEach((file, counts) -> counted.put(file, counts.tally()));
    context.put(TALLIES_KEY, counted);
    context.put(PERSONAL_DATA_KEY, new TreeMap<>(personalData));
    context.put(SET_ASIDE_KEY, new TreeMap<>(setAside));
  }

  private Counts counts(String file) {
    Counts counts = tallies.get(file);
    if (counts == null) {
      counts = new Counts(FileTally.EMPTY);
      tallies.put(file, counts);
    }
    return counts;
  }

  /** A file's counts as they go up. */
  private static final class Counts {
    long read;
    long loaded;
    long merged;
    long rejected;
    long unknownChannels;

    Counts(FileTally tally) {
      read = tally.read();
      loaded = tally.loaded();
      merged = tally.merged();
      rejected = tally.rejected();
      unknownChannels = tally.unknownChannels();
    }

    FileTally tally() {
      return new FileTally(read, loaded, merged, rejected, unknownChannels);
    }
  }
}
