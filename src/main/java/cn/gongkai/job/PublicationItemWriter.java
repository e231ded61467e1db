package cn.gongkai.job;

import cn.gongkai.classify.Classification;
import cn.gongkai.classify.ClassificationBasis;
import cn.gongkai.classify.ClassifierChain;
import cn.gongkai.classify.PublicationText;
import cn.gongkai.classify.Taxonomy;
import cn.gongkai.dedup.DedupBatch;
import cn.gongkai.dedup.Deduplicator;
import cn.gongkai.dedup.RunGroups;
import cn.gongkai.dedup.WaitingRows;
import cn.gongkai.load.HeldBackFile;
import cn.gongkai.load.LoadedPublications;
import cn.gongkai.normalize.NormalizedRow;
import cn.gongkai.publication.PublicationRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * The load's second pass: writes each publication once, when the last of its rows is read. A row that
 * is a publication on its own is written in its chunk; the rows of a larger group wait here until
 * their group's last row (the {@link RunGrouping} knows which that is), then make one publication,
 * with the earlier runs' publications they reach. Each publication is classified once, as it is
 * written (declared, then the rules; what needs the model, the classification step completes). A
 * first load holds back what needs the model ({@link HeldBackFile}): the classification step writes
 * it once, with its category, where any other load's is written now and updated there.
 *
 * <p>Each row's outcome (a new publication, merged into one, or rejected because Elasticsearch
 * refused its publication) is credited to its file when its publication is written. A restarted load
 * reads again the rows of the groups its failed attempt had read but not written.
 */
public class PublicationItemWriter implements ItemStreamWriter<NormalizedRow> {

  private static final Logger log = LoggerFactory.getLogger(PublicationItemWriter.class);

  private final LoadedPublications publications;
  private final RunGrouping grouping;
  private final Deduplicator deduplicator;
  private final ClassifierChain classifier;
  private final RunLedger ledger;
  private final long run;
  private final Clock clock;
  private final RunWrites runWrites;
  private final Taxonomy taxonomy;
  private final long execution;
  private final Path heldBackFile;
  private WaitingRows<NormalizedRow> waiting;
  private HeldBackFile.Appender heldBack;

  /**
   * @param run the ingest run (job instance) writing, recorded on every publication it touches
   * @param runWrites where the load keeps what it wrote, for the near-duplicate and classification steps
   * @param taxonomy the run's, as {@code classifier} has it: maps declared categories for the training counts
   * @param execution the job execution writing
   * @param heldBackFile where a first load holds back the publications the model is to place (see
   *     {@link HeldBackFile}); null to write every one as it comes
   */
  PublicationItemWriter(LoadedPublications publications, RunGrouping grouping, ClassifierChain classifier,
      RunLedger ledger, long run, Clock clock, RunWrites runWrites, Taxonomy taxonomy, long execution,
      Path heldBackFile) {
    this.publications = publications;
    this.grouping = grouping;
    this.deduplicator = new Deduplicator(publications, run);
    this.classifier = classifier;
    this.ledger = ledger;
    this.run = run;
    this.clock = clock;
    this.runWrites = runWrites;
    this.taxonomy = taxonomy;
    this.execution = execution;
    this.heldBackFile = heldBackFile;
  }

  @Override
  public void open(ExecutionContext context) {
    RunGroups groups = grouping.groups();
    waiting = new WaitingRows<>(groups, waitingLimit());
    int fileIndex = context.getInt(InboxRowReader.FILE_KEY, 0);
    long rowsOfFile = context.getLong(InboxRowReader.ROWS_KEY, 0);
    int resumeAt = groups.ordinalAt(fileIndex, rowsOfFile);
    if (resumeAt == 0) {
      runWrites.begin(execution, grouping.before(), taxonomy); // a resumed load keeps nothing: it saw only its end
      if (heldBackFile != null && holding()) {
        try {
          heldBack = HeldBackFile.appendTo(heldBackFile);
        } catch (IOException e) {
          throw new ItemStreamException("Could not open " + heldBackFile + ": " + e.getMessage(), e);
        }
      }
      return;
    }
    try {
      grouping.replay(fileIndex, rowsOfFile, row -> {
        int ordinal = groups.ordinal(row.record().provenance());
        if (ordinal >= 0 && ordinal < resumeAt && !groups.alone(ordinal)
            && groups.openAt(groups.group(ordinal), resumeAt)) {
          waiting.add(ordinal, row);
        }
      });
    } catch (IOException e) {
      throw new ItemStreamException("Could not read again the rows this run read before it stopped: " + e.getMessage(),
          e);
    }
    waiting.commit();
    log.info("resuming at row {} of {}: {} rows read before wait for the rest of their publications", resumeAt,
        groups.rows(), waiting.size());
  }

  @Override
  public void write(Chunk<? extends NormalizedRow> chunk) throws Exception {
    RunGroups groups = grouping.groups();
    List<Deduplicator.RunGroup> complete = new ArrayList<>();
    List<List<NormalizedRow>> rowsOfComplete = new ArrayList<>();
    try {
      for (NormalizedRow row : chunk.getItems()) {
        int ordinal = groups.ordinal(row.record().provenance());
        if (ordinal < 0) {
          throw new IllegalStateException(row.record().provenance().file() + " line "
              + row.record().provenance().line() + " was not read when this run grouped its rows");
        }
        List<NormalizedRow> rows = waiting.add(ordinal, row);
        if (rows != null) {
          complete.add(new Deduplicator.RunGroup(records(rows), groups.reached(groups.group(ordinal))));
          rowsOfComplete.add(rows);
        }
      }
      write(complete, rowsOfComplete);
    } catch (Exception | Error e) {
      waiting.rollback(); // the chunk is read again: its rows wait again then, not twice
      runWrites.abandon(execution); // part of the chunk may be written: what was kept no longer says what
      throw e;
    }
    waiting.commit();
  }

  /**
   * About 3 KB of heap a waiting row (the normalized record, its strings, the list): at most a third
   * of the heap for them (some 180,000 rows in 512 MiB; a million rows of the bench's sample wait
   * 150,000 at most).
   */
  private static int waitingLimit() {
    return (int) Math.max(10_000, Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 3 / 3_000));
  }

  private static List<PublicationRecord> records(List<NormalizedRow> rows) {
    List<PublicationRecord> records = new ArrayList<>(rows.size());
    rows.forEach(row -> records.add(row.record()));
    return records;
  }

  private void write(List<Deduplicator.RunGroup> groups, List<List<NormalizedRow>> rowsOfGroups) throws IOException {
    if (groups.isEmpty()) {
      return;
    }
    DedupBatch batch = deduplicator.merge(groups);
    Map<String, Classification> categories = new HashMap<>();
    for (DedupBatch.Upsert upsert : batch.upserts()) {
      categories.put(upsert.id(), classifier.classify(PublicationText.of(upsert.publication().record())));
    }
    Set<String> held = heldBack(batch, categories);
    Map<String, String> refused = publications.write(batch, categories, held, heldBack, run, clock.instant());
    if (!held.isEmpty()) {
      heldBack.flush(); // before the chunk commits: a kill after it loses none of them
    }
    for (DedupBatch.Upsert upsert : batch.upserts()) {
      if (!refused.containsKey(upsert.id())) {
        runWrites.written(execution, upsert);
      }
    }
    int row = 0;
    for (List<NormalizedRow> rows : rowsOfGroups) {
      for (NormalizedRow normalized : rows) {
        PublicationRecord record = normalized.record();
        String refusal = refused.get(batch.publicationOfRow().get(row));
        if (refusal != null) {
          ledger.refusedByIndex(record, refusal);
        } else {
          String file = record.provenance().file();
          ledger.written(file, batch.outcomes().get(row));
          ledger.unknownChannels(file, normalized.unknownChannels().size());
          ledger.personalData(record.department(), normalized.personalData());
        }
        row++;
      }
    }
  }

  /**
   * What a first load holds back for the classification step to write once, with the model's
   * category: what only the model can place (left to the default here), while the near-duplicate
   * step compares what the load wrote in memory, never reading it from the index. Any other load,
   * or one whose writes were no longer kept, writes every publication as it comes.
   */
  private Set<String> heldBack(DedupBatch batch, Map<String, Classification> categories) {
    if (heldBack == null || !holding()) {
      return Set.of();
    }
    String leftToModel = new ClassificationBasis.Default().label();
    Set<String> held = new HashSet<>();
    for (DedupBatch.Upsert upsert : batch.upserts()) {
      if (categories.get(upsert.id()).basis().label().equals(leftToModel)
          && upsert.replaced().isEmpty() && HeldBackFile.canHold(upsert.publication())) {
        held.add(upsert.id());
      }
    }
    return held;
  }

  private boolean holding() {
    RunWrites.Written written = runWrites.peek(execution);
    return written != null && written.firstLoad() && written.moved() != null;
  }

  @Override
  public void update(ExecutionContext context) {
    // the reader's position says where to resume; the rows waiting then are read again from the files
  }

  @Override
  public void close() {
    if (heldBack != null) {
      try {
        heldBack.close();
      } catch (IOException e) {
        throw new ItemStreamException("Could not close " + heldBackFile + ": " + e.getMessage(), e);
      }
      heldBack = null;
    }
    if (waiting != null && waiting.most() > 0) {
      log.info("at most {} rows waited at once for the rest of their publications", waiting.most());
    }
    if (waiting != null && waiting.size() > 0) {
      // the reconciliation step fails the run: these rows are read but neither loaded, merged nor rejected
      log.warn("{} rows read were never written: the rest of their publications was not read", waiting.size());
    }
  }
}
