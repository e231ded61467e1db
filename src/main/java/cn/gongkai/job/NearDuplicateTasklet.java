package cn.gongkai.job;

import cn.gongkai.classify.Classification;
import cn.gongkai.classify.ClassifierChain;
import cn.gongkai.classify.PublicationText;
import cn.gongkai.dedup.DedupBatch;
import cn.gongkai.dedup.Deduplicator;
import cn.gongkai.dedup.NearDuplicate;
import cn.gongkai.dedup.NearDuplicateCandidate;
import cn.gongkai.dedup.NearDuplicateFinder;
import cn.gongkai.dedup.PairGroups;
import cn.gongkai.dedup.RunCandidates;
import cn.gongkai.load.BulkDocumentWriter;
import cn.gongkai.load.ElasticsearchConnection;
import cn.gongkai.load.HeldBackFile;
import cn.gongkai.load.Indices;
import cn.gongkai.load.LoadedPublications;
import cn.gongkai.load.NearDuplicateDocument;
import cn.gongkai.load.NearDuplicateWindows;
import cn.gongkai.settings.GongkaiProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Finds the probable duplicates among the publications this run loaded or changed (SPEC section 5):
 * publisher by publisher and month by month, compares the month's publications the run touched with
 * everything of their publisher a few days around, and lists the pairs for review; merges them only
 * if configured to. Months are recorded in order as they are searched, a couple at a time: memory
 * holds a few months and their margins, however many pairs a run finds.
 */
final class NearDuplicateTasklet implements Tasklet {

  static final String COUNT_KEY = "nearDuplicates.count";
  private static final int WORKERS = 2;
  private static final Logger log = LoggerFactory.getLogger(NearDuplicateTasklet.class);

  private final NearDuplicateWindows windows;
  private final Indices indices;
  private final LoadedPublications publications;
  private final BulkDocumentWriter writer;
  private final GongkaiProperties.NearDuplicates settings;
  private final Path runsDir;
  private final Clock clock;
  private final RunWrites runWrites;
  private final Function<JobExecution, Path> heldBackFile;

  /** @param heldBackFile where the run's load held back what the model is to place ({@link HeldBackFile}) */
  NearDuplicateTasklet(ElasticsearchConnection connection, Indices indices, LoadedPublications publications,
      BulkDocumentWriter writer, GongkaiProperties.NearDuplicates settings,
      Path runsDir, Clock clock, RunWrites runWrites, Function<JobExecution, Path> heldBackFile) {
    this.windows = new NearDuplicateWindows(connection, indices);
    this.indices = indices;
    this.publications = publications;
    this.writer = writer;
    this.settings = settings;
    this.runsDir = runsDir;
    this.clock = clock;
    this.runWrites = runWrites;
    this.heldBackFile = heldBackFile;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
    JobExecution job = contribution.getStepExecution().getJobExecution();
    long run = job.getJobInstance().getInstanceId();
    long found;
    try (NearDuplicatesFile file = new NearDuplicatesFile(RunDirectory.of(runsDir, job))) {
      // merged publications are classified with the taxonomy of the run, read when it started
      ClassifierChain chain = settings.merge() ? ClassifierChain.withoutModel(RunTaxonomy.of(job).taxonomy()) : null;
      RunWrites.Written written = runWrites.peek(job.getId());
      if (!comparedInMemory(written)) {
        writeHeldBack(job);
      }
      found = findAndRecord(months(written, run), file, chain, run);
    }
    if (settings.merge() && found > 0) {
      indices.publications().refresh();
    }
    indices.nearDuplicates().refresh(); // written after the run's refresh: make them visible to reviewers now
    job.getExecutionContext().putLong(COUNT_KEY, found);
    return RepeatStatus.FINISHED;
  }

  /**
   * Goes through the publishers' months the run touched, recording each month's pairs in order. Two
   * months are searched at once, so the node reads one while the other's titles are compared; when
   * pairs are merged, one at a time, so that each month is read after the merges of the one before.
   */
  private long findAndRecord(Months months, NearDuplicatesFile file, ClassifierChain chain, long run)
      throws IOException {
    NearDuplicateFinder finder = new NearDuplicateFinder(settings.threshold(), settings.maxDays());
    // merged pairs change what the next month reads: then each month waits for the merges before it
    int ahead = settings.merge() ? 0 : WORKERS;
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS, runnable -> {
      Thread thread = new Thread(runnable, "near-duplicates");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Deque<Future<List<NearDuplicate>>> searched = new ArrayDeque<>();
      long found = 0;
      for (NearDuplicateWindows.Month month : months.touched()) {
        searched.addLast(pool.submit(() -> ownedBy(month, finder, months)));
        if (searched.size() > ahead) {
          found += record(result(searched.removeFirst()), run, file, chain);
        }
      }
      while (!searched.isEmpty()) {
        found += record(result(searched.removeFirst()), run, file, chain);
      }
      return found;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Where the publishers' months the run touched, and the publications around each, are read from. */
  private interface Months {
    List<NearDuplicateWindows.Month> touched() throws IOException;

    List<NearDuplicateWindows.Member> around(NearDuplicateWindows.Month month) throws IOException;
  }

  /**
   * Where the months to search are read from: a first load's from what it wrote; a later load's, the
   * months of the publications it made or moved, read from the index (a publication the run merged
   * rows into but left where it was pairs with nothing it did not pair with before); a load whose
   * writes were not kept (a restarted one), or when merges change what later months read, every
   * month the run wrote in, from the index.
   */
  private Months months(RunWrites.Written written, long run) {
    if (written == null || written.moved() == null || settings.merge()) {
      return fromIndex(run);
    }
    return written.firstLoad() ? inMemory(written.moved()) : movedAmongIndex(written.moved());
  }

  /** Whether {@link #months} compares the run's publications without reading any from the index. */
  private boolean comparedInMemory(RunWrites.Written written) {
    return written != null && written.moved() != null && !settings.merge() && written.firstLoad();
  }

  /**
   * A first load held back what the model is to place, for this step compares in memory: a
   * restarted run reads the publications from the index, so those are written first, as loaded,
   * and the classification step places them as it places any other.
   */
  private void writeHeldBack(JobExecution job) throws IOException {
    Path held = heldBackFile.apply(job);
    int written = publications.writeHeldBackAsLoaded(held);
    if (written > 0) {
      indices.publications().refresh();
      log.info("near-duplicates: wrote the {} publications the load held back for the model, to read them", written);
    }
    HeldBackFile.delete(held);
  }

  /** From the index: the months with publications of the run, and everything around them. */
  private Months fromIndex(long run) {
    return new Months() {
      @Override
      public List<NearDuplicateWindows.Month> touched() throws IOException {
        return windows.monthsTouchedBy(run);
      }

      @Override
      public List<NearDuplicateWindows.Member> around(NearDuplicateWindows.Month month) throws IOException {
        return windows.around(month, settings.maxDays(), run);
      }
    };
  }

  /**
   * From what a load into an empty index wrote: the same months and publications the index holds,
   * every one of them the run's, without reading them back.
   */
  private Months inMemory(RunCandidates written) {
    log.info("near-duplicates among the {} publications this first load wrote, compared in memory", written.size());
    return new Months() {
      @Override
      public List<NearDuplicateWindows.Month> touched() {
        return monthsOf(written);
      }

      @Override
      public List<NearDuplicateWindows.Member> around(NearDuplicateWindows.Month month) {
        return written.between(month.publisher(), windowStart(month), windowEnd(month)).stream()
            .map(candidate -> new NearDuplicateWindows.Member(candidate, true)).toList();
      }
    };
  }

  /**
   * The months of the publications a load made or moved, and everything of the index around them; of
   * those, the made or moved ones are the month's to compare.
   */
  private Months movedAmongIndex(RunCandidates moved) {
    log.info("near-duplicates of the {} publications this load made or moved", moved.size());
    return new Months() {
      @Override
      public List<NearDuplicateWindows.Month> touched() {
        return monthsOf(moved);
      }

      @Override
      public List<NearDuplicateWindows.Member> around(NearDuplicateWindows.Month month) throws IOException {
        return windows.around(month, settings.maxDays(),
            moved.between(month.publisher(), windowStart(month), windowEnd(month)));
      }
    };
  }

  private static List<NearDuplicateWindows.Month> monthsOf(RunCandidates candidates) {
    return candidates.months().stream()
        .map(month -> new NearDuplicateWindows.Month(month.publisher(), month.month())).toList();
  }

  private LocalDate windowStart(NearDuplicateWindows.Month month) {
    return month.month().atDay(1).minusDays(settings.maxDays());
  }

  private LocalDate windowEnd(NearDuplicateWindows.Month month) {
    return month.month().atEndOfMonth().plusDays(settings.maxDays());
  }

  private static List<NearDuplicate> result(Future<List<NearDuplicate>> month) throws IOException {
    try {
      return month.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while looking for near-duplicates", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * The pairs of a month's publications the run touched, with each other and with anything a few
   * days around; of those, the ones the month owns: a pair is owned by the month of its earlier
   * member the run touched, so a pair across two months is listed once.
   */
  private List<NearDuplicate> ownedBy(NearDuplicateWindows.Month month, NearDuplicateFinder finder, Months months)
      throws IOException {
    List<NearDuplicateWindows.Member> around = months.around(month);
    Map<String, NearDuplicateCandidate> touched = new HashMap<>();
    List<NearDuplicateCandidate> probes = new ArrayList<>();
    for (NearDuplicateWindows.Member member : around) {
      if (member.touched()) {
        touched.put(member.candidate().id(), member.candidate());
        if (YearMonth.from(member.candidate().publishedDate()).equals(month.month())) {
          probes.add(member.candidate());
        }
      }
    }
    List<NearDuplicate> pairs = finder.find(probes, around.stream().map(NearDuplicateWindows.Member::candidate).toList());
    return pairs.stream().filter(pair -> YearMonth.from(earliestTouched(pair, touched)).equals(month.month())).toList();
  }

  private static LocalDate earliestTouched(NearDuplicate pair, Map<String, NearDuplicateCandidate> touched) {
    NearDuplicateCandidate first = touched.get(pair.firstId());
    NearDuplicateCandidate second = touched.get(pair.secondId());
    if (first == null || second == null) {
      return (first != null ? first : second).publishedDate();
    }
    return second.publishedDate().isBefore(first.publishedDate()) ? second.publishedDate() : first.publishedDate();
  }

  /** Lists a month's pairs for review (and merges them, if configured); returns how many. */
  private int record(List<NearDuplicate> pairs, long run, NearDuplicatesFile file, ClassifierChain chain)
      throws IOException {
    if (pairs.isEmpty()) {
      return 0;
    }
    Predicate<NearDuplicate> merged = settings.merge() ? merge(pairs, run, chain) : pair -> false;
    String now = clock.instant().toString();
    writer.create(indices.nearDuplicates(),
        pairs.stream().map(pair -> NearDuplicateDocument.of(pair, merged.test(pair), run, now)).toList());
    file.append(pairs, merged);
    return pairs.size();
  }

  /**
   * Merges each group of pairs into one publication; which pairs are now one. A merge Elasticsearch
   * refuses leaves its publications as they were, and its pairs are listed as not merged.
   */
  private Predicate<NearDuplicate> merge(List<NearDuplicate> pairs, long run, ClassifierChain chain)
      throws IOException {
    DedupBatch batch = new Deduplicator(publications).mergeLoaded(PairGroups.of(pairs));
    // classified without the model for now, like the load step's writes: the classification step completes it
    Map<String, Classification> categories = new HashMap<>();
    batch.upserts().forEach(upsert ->
        categories.put(upsert.id(), chain.classify(PublicationText.of(upsert.publication().record()))));
    Map<String, String> refused = publications.write(batch, categories, run, clock.instant());
    if (!refused.isEmpty()) {
      log.warn("Elasticsearch refused {} merged near-duplicate publications, left unmerged: {}", refused.size(), refused);
    }
    DedupBatch written = batch.without(refused.keySet());
    return pair -> written.joins(pair.firstId(), pair.secondId());
  }
}
