package cn.gongkai.job;

import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.SourceFileReader;
import cn.gongkai.intake.SourceRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the rows of the run's inbox files one after the other. Its position (which file, how many
 * rows of it) is saved with every chunk, so a restarted run resumes after the last committed row.
 */
public class InboxRowReader implements ItemStreamReader<SourceRow> {

  static final String FILE_KEY = "reader.file";
  static final String ROWS_KEY = "reader.rows";
  private static final Logger log = LoggerFactory.getLogger(InboxRowReader.class);

  private final Path inbox;
  private final List<InboxEntry> files;
  private final RunLedger ledger;
  private final RunGrouping grouping;
  private int fileIndex;
  private long rowsOfFile;
  private SourceFileReader current;

  /** @param files the files the inbox scan decided to read, each with its read plan */
  public InboxRowReader(Path inbox, List<InboxEntry> files, RunLedger ledger) {
    this(inbox, files, ledger, null);
  }

  /**
   * @param grouping the load's first pass, which decided which of the files are read (its
   *     {@link RunGrouping#changedBeforeReading}); null to decide when each file's turn comes
   */
  public InboxRowReader(Path inbox, List<InboxEntry> files, RunLedger ledger, RunGrouping grouping) {
    this.inbox = inbox;
    this.files = List.copyOf(files);
    this.ledger = ledger;
    this.grouping = grouping;
  }

  @Override
  public void open(ExecutionContext context) {
    fileIndex = context.getInt(FILE_KEY, 0);
    rowsOfFile = context.getLong(ROWS_KEY, 0);
    if (fileIndex < files.size() && rowsOfFile > 0) {
      openCurrent();
      try {
        for (long skipped = 0; skipped < rowsOfFile && current.next() != null; skipped++) {
          // already committed by the run being restarted
        }
      } catch (IOException e) {
        throw new ItemStreamException("Could not read " + files.get(fileIndex).file() + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public SourceRow read() throws IOException {
    while (fileIndex < files.size()) {
      if (current == null && !openIfUnchanged()) {
        fileIndex++;
        continue;
      }
      SourceRow row = current.next();
      if (row != null) {
        rowsOfFile++;
        ledger.read(row.file());
        return row;
      }
      closeCurrent();
      InboxFileCheck.requireUnchangedAfterReading(inbox.resolve(files.get(fileIndex).file()), files.get(fileIndex));
      fileIndex++;
      rowsOfFile = 0;
    }
    return null;
  }

  /**
   * Opens the next file if it is still what the inbox scan saw; else sets it aside unread, as a file
   * still being written, for a later run to read whole. With a grouping pass, that pass decided: a
   * file it read and that changed since fails the run, as a file rewritten while read.
   */
  private boolean openIfUnchanged() throws IOException {
    InboxEntry entry = files.get(fileIndex);
    Optional<InboxFileCheck.Change> change = grouping != null ? grouping.changedBeforeReading(fileIndex)
        : InboxFileCheck.changed(inbox.resolve(entry.file()), entry.size(), entry.checksum());
    if (change.isEmpty() && grouping != null) {
      InboxFileCheck.requireUnchangedAfterReading(inbox.resolve(entry.file()), entry);
    }
    if (change.isPresent()) {
      log.warn("set aside {}: changed after the inbox scan, not read", entry.file());
      ledger.setAside(entry.file(), FileNotes.changedAfterScan(change.get()));
      return false;
    }
    openCurrent();
    return true;
  }

  /** The name of the file of an ordinal, from 1 (public: called through the step scope's proxy). */
  public String fileName(int ordinal) {
    return files.get(ordinal - 1).file();
  }

  /** Where reading is now: which file, how far into it (public: called through the step scope's proxy). */
  public ReadPosition position() {
    if (fileIndex >= files.size()) {
      InboxEntry last = files.isEmpty() ? null : files.get(files.size() - 1);
      return new ReadPosition(last == null ? "" : last.file(), files.size(), files.size(), rowsOfFile,
          last == null ? 0 : last.size(), last == null ? 0 : last.size());
    }
    InboxEntry entry = files.get(fileIndex);
    return new ReadPosition(entry.file(), fileIndex + 1, files.size(), rowsOfFile,
        current == null ? 0 : Math.min(current.bytesRead(), entry.size()), entry.size());
  }

  @Override
  public void update(ExecutionContext context) {
    context.putInt(FILE_KEY, fileIndex);
    context.putLong(ROWS_KEY, rowsOfFile);
  }

  @Override
  public void close() {
    closeCurrent();
  }

  private void openCurrent() {
    InboxEntry entry = files.get(fileIndex);
    Path path = inbox.resolve(entry.file());
    try {
      current = new SourceFileReader(new InboxFile(path, entry.file(), entry.size()), entry.plan().toReadPlan());
    } catch (IOException e) {
      throw new ItemStreamException("Could not read " + path + ": " + e.getMessage(), e);
    }
  }

  private void closeCurrent() {
    if (current != null) {
      try {
        current.close();
      } catch (IOException e) {
        throw new ItemStreamException("Could not close " + files.get(fileIndex).file(), e);
      }
      current = null;
    }
  }
}
