package cn.gongkai.job;

import cn.gongkai.dedup.PublicationKeys;
import cn.gongkai.dedup.RunGroups;
import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.SourceFileReader;
import cn.gongkai.intake.SourceRow;
import cn.gongkai.load.LoadedPublications;
import cn.gongkai.load.LoadedState;
import cn.gongkai.normalize.NormalizedRow;
import cn.gongkai.normalize.RowNormalizer;
import cn.gongkai.normalize.RowRejectedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first of the load's two passes over the run's rows: reads and normalizes every row of the
 * files to read and groups them by key ({@link RunGroups}), and finds the publications of earlier
 * runs their keys reach, once for the whole run (not at all when nothing is loaded yet). The second
 * pass (the load step's chunks) then writes each publication once.
 *
 * <p>Both passes normalize with the same {@link RowNormalizer}, on a clock stopped when the step
 * began, so a row accepted in the first is accepted in the second. Which files are read is decided
 * here too: a file changed since the inbox scan is set aside unread by both passes.
 */
public class RunGrouping {

  private static final Logger log = LoggerFactory.getLogger(RunGrouping.class);
  /** Key ids per lookup: fewer than the 65,536 terms a query may hold, and the 10,000 hits of a page. */
  private static final int LOOKUP_BATCH = 4_096;

  private final Path inbox;
  private final List<InboxEntry> files;
  private final RowNormalizer normalizer;
  private final LoadedPublications publications;
  private final List<Optional<InboxFileCheck.Change>> changes = new ArrayList<>();
  private final long run;
  private RunGroups groups;
  private LoadedState before = LoadedState.EMPTY;

  /**
   * @param files the files the inbox scan decided to read, in the order the load reads them
   * @param run the ingest run loading
   */
  public RunGrouping(Path inbox, List<InboxEntry> files, RowNormalizer normalizer, LoadedPublications publications,
      long run) {
    this.inbox = inbox;
    this.files = List.copyOf(files);
    this.normalizer = normalizer;
    this.publications = publications;
    this.run = run;
  }

  /** The row as a publication record: the second pass's processor, the same normalizer as the first's. */
  public NormalizedRow normalize(SourceRow row) throws RowRejectedException {
    return normalizer.normalize(row);
  }

  /** The run's groups, made on the first call (public: called through the step scope's proxy). */
  public synchronized RunGroups groups() {
    if (groups == null) {
      try {
        groups = group();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not group the rows of this run: " + e.getMessage(), e);
      }
    }
    return groups;
  }

  /** What the index held when the rows were grouped, before this step wrote anything. */
  public LoadedState before() {
    groups();
    return before;
  }

  /** How the file at {@code fileIndex} had changed since the inbox scan when grouping; empty when it was read. */
  public Optional<InboxFileCheck.Change> changedBeforeReading(int fileIndex) {
    groups();
    return changes.get(fileIndex);
  }

  /**
   * Reads again the accepted rows before a reading position, for a restarted load to take up the
   * publications whose rows it had read but not yet written.
   */
  public void replay(int fileIndex, long rowsOfFile, RowVisitor visitor) throws IOException {
    for (int index = 0; index <= fileIndex && index < files.size(); index++) {
      if (changedBeforeReading(index).isPresent()) {
        continue;
      }
      long limit = index < fileIndex ? Long.MAX_VALUE : rowsOfFile;
      try (SourceFileReader reader = open(files.get(index))) {
        SourceRow row;
        for (long read = 0; read < limit && (row = reader.next()) != null; read++) {
          try {
            visitor.accepted(normalizer.normalize(row));
          } catch (RowRejectedException rejected) {
            // counted as rejected when it was first read
          }
        }
      }
    }
  }

  /** What {@link #replay} calls back with. */
  @FunctionalInterface
  public interface RowVisitor {
    void accepted(NormalizedRow row);
  }

  private RunGroups group() throws IOException {
    long started = System.nanoTime();
    RunGroups.Builder builder = new RunGroups.Builder();
    for (InboxEntry entry : files) {
      Optional<InboxFileCheck.Change> change = InboxFileCheck.changed(inbox.resolve(entry.file()), entry.size(),
          entry.checksum());
      changes.add(change);
      builder.file(entry.file());
      if (change.isEmpty()) {
        read(entry, builder);
      }
    }
    lookUpLoaded(builder);
    RunGroups built = builder.build();
    log.info("grouped {} rows of {} files by {} keys in {} ms; {} groups reach publications of earlier runs",
        built.rows(), files.size(), builder.keys(), (System.nanoTime() - started) / 1_000_000,
        built.groupsReachingLoaded());
    return built;
  }

  private void read(InboxEntry entry, RunGroups.Builder builder) throws IOException {
    try (SourceFileReader reader = open(entry)) {
      SourceRow row;
      for (int index = 0; (row = reader.next()) != null; index++) {
        try {
          NormalizedRow normalized = normalizer.normalize(row);
          builder.row(normalized.record().provenance(), index, PublicationKeys.of(normalized.record()));
        } catch (RowRejectedException rejected) {
          // joins no publication; the second pass records why
        }
      }
    }
  }

  /** The publications of earlier runs the run's keys reach; skipped when none is loaded. */
  private void lookUpLoaded(RunGroups.Builder builder) throws IOException {
    before = publications.state(run);
    if (builder.keys() == 0 || before.empty()) {
      return;
    }
    List<IOException> failures = Collections.synchronizedList(new ArrayList<>(1));
    builder.forEachKeyIdBatch(LOOKUP_BATCH, ids -> {
      if (!failures.isEmpty()) {
        return;
      }
      try {
        publications.publicationsByKeyIds(ids).forEach(builder::reach);
      } catch (IOException e) {
        failures.add(e);
      }
    });
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }

  private SourceFileReader open(InboxEntry entry) throws IOException {
    Path path = inbox.resolve(entry.file());
    return new SourceFileReader(new InboxFile(path, entry.file(), entry.size()), entry.plan().toReadPlan());
  }
}
