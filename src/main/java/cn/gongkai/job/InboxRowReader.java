package cn.gongkai.job;

import cn.gongkai.intake.HeaderMapping;
import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.SourceDefaults;
import cn.gongkai.intake.SourceFileReader;
import cn.gongkai.intake.SourceRow;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the rows of the run's inbox files one after the other. Its position (which file, how many
 * rows of it) is saved with every chunk, so a restarted run resumes after the last committed row.
 */
public class InboxRowReader implements ItemStreamReader<SourceRow> {

  private static final String FILE_KEY = "reader.file";
  private static final String ROWS_KEY = "reader.rows";

  private final List<InboxFile> files;
  private final Function<InboxFile, SourceDefaults> defaults;
  private final HeaderMapping mapping;
  private final RunLedger ledger;
  private int fileIndex;
  private long rowsOfFile;
  private SourceFileReader current;

  public InboxRowReader(List<InboxFile> files, Function<InboxFile, SourceDefaults> defaults,
      HeaderMapping mapping, RunLedger ledger) {
    this.files = List.copyOf(files);
    this.defaults = defaults;
    this.mapping = mapping;
    this.ledger = ledger;
  }

  @Override
  public void open(ExecutionContext context) {
    fileIndex = context.getInt(FILE_KEY, 0);
    rowsOfFile = context.getLong(ROWS_KEY, 0);
    if (fileIndex < files.size() && rowsOfFile > 0) {
      openCurrent();
      for (long skipped = 0; skipped < rowsOfFile && current.next() != null; skipped++) {
        // already committed by the run being restarted
      }
    }
  }

  @Override
  public SourceRow read() {
    while (fileIndex < files.size()) {
      if (current == null) {
        openCurrent();
      }
      SourceRow row = current.next();
      if (row != null) {
        rowsOfFile++;
        ledger.read(row.file());
        return row;
      }
      closeCurrent();
      fileIndex++;
      rowsOfFile = 0;
    }
    return null;
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
    InboxFile file = files.get(fileIndex);
    try {
      current = new SourceFileReader(file, defaults.apply(file), mapping);
    } catch (IOException e) {
      throw new ItemStreamException("Could not read " + file.path() + ": " + e.getMessage(), e);
    }
  }

  private void closeCurrent() {
    if (current != null) {
      try {
        current.close();
      } catch (IOException e) {
        throw new ItemStreamException("Could not close " + files.get(fileIndex).path(), e);
      }
      current = null;
    }
  }
}
