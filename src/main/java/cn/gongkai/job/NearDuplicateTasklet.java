package cn.gongkai.job;

import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.classify.ClassifierChain;
import cn.gongkai.dedup.Deduplicator;
import cn.gongkai.dedup.NearDuplicate;
import cn.gongkai.dedup.NearDuplicateCandidate;
import cn.gongkai.dedup.NearDuplicateFinder;
import cn.gongkai.dedup.PairGroups;
import cn.gongkai.load.BulkDocumentWriter;
import cn.gongkai.load.ElasticsearchConnection;
import cn.gongkai.load.Indices;
import cn.gongkai.load.LoadedPublications;
import cn.gongkai.load.NearDuplicateDocument;
import cn.gongkai.load.PublicationScan;
import cn.gongkai.settings.GongkaiProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Finds the probable duplicates among the publications this run loaded or changed (SPEC section 5):
 * reads them in (publisher, date) order in blocks, compares each block with everything of its
 * publisher a few days around it, and lists the pairs for review; merges them only if configured to.
 * Each block's pairs are recorded before the next block is read: memory holds one block and its
 * window, however many pairs a run finds.
 */
final class NearDuplicateTasklet implements Tasklet {

  static final String COUNT_KEY = "nearDuplicates.count";
  private static final int BLOCK = 2_000;
  private static final int BLOCK_DAYS = 31;

  private final ElasticsearchConnection connection;
  private final Indices indices;
  private final LoadedPublications publications;
  private final BulkDocumentWriter writer;
  private final ClassificationSettings classification;
  private final GongkaiProperties.NearDuplicates settings;
  private final Path runsDir;
  private final Clock clock;

  NearDuplicateTasklet(ElasticsearchConnection connection, Indices indices, LoadedPublications publications,
      BulkDocumentWriter writer, ClassificationSettings classification, GongkaiProperties.NearDuplicates settings,
      Path runsDir, Clock clock) {
    this.connection = connection;
    this.indices = indices;
    this.publications = publications;
    this.writer = writer;
    this.classification = classification;
    this.settings = settings;
    this.runsDir = runsDir;
    this.clock = clock;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
    JobExecution job = contribution.getStepExecution().getJobExecution();
    long run = job.getJobInstance().getInstanceId();
    long found;
    try (NearDuplicatesFile file = new NearDuplicatesFile(RunDirectory.of(runsDir, job), settings.merge())) {
      found = findAndRecord(run, file);
    }
    if (settings.merge() && found > 0) {
      indices.publications().refresh();
    }
    indices.nearDuplicates().refresh(); // written after the run's refresh: make them visible to reviewers now
    job.getExecutionContext().putLong(COUNT_KEY, found);
    return RepeatStatus.FINISHED;
  }

  /** Goes through what the run touched block by block, recording each block's pairs before the next. */
  private long findAndRecord(long run, NearDuplicatesFile file) throws IOException {
    NearDuplicateFinder finder = new NearDuplicateFinder(settings.threshold(), settings.maxDays());
    long found = 0;
    List<NearDuplicateCandidate> block = new ArrayList<>();
    try (PublicationScan<NearDuplicateCandidate> touched = PublicationScan.touchedBy(connection, indices, run)) {
      for (List<NearDuplicateCandidate> page = touched.next(); !page.isEmpty(); page = touched.next()) {
        for (NearDuplicateCandidate probe : page) {
          if (!block.isEmpty() && !fits(block, probe)) {
            found += record(compare(finder, block), run, file);
            block = new ArrayList<>();
          }
          block.add(probe);
        }
      }
    }
    return found + record(compare(finder, block), run, file);
  }

  /** Lists a block's pairs for review (and merges them, if configured); returns how many. */
  private int record(List<NearDuplicate> pairs, long run, NearDuplicatesFile file) throws IOException {
    if (pairs.isEmpty()) {
      return 0;
    }
    if (settings.merge()) {
      // classified without the model for now, like the load step's writes: the classification step completes it
      publications.write(new Deduplicator(publications).mergeLoaded(PairGroups.of(pairs)),
          ClassifierChain.withoutModel(classification.loadTaxonomy()), run, clock.instant());
    }
    String now = clock.instant().toString();
    writer.create(indices.nearDuplicates(),
        pairs.stream().map(pair -> NearDuplicateDocument.of(pair, settings.merge(), run, now)).toList());
    file.append(pairs);
    return pairs.size();
  }

  /** A block holds one publisher's probes over a few weeks, so its window stays small. */
  private static boolean fits(List<NearDuplicateCandidate> block, NearDuplicateCandidate probe) {
    NearDuplicateCandidate first = block.get(0);
    return block.size() < BLOCK && first.publisher().equals(probe.publisher())
        && ChronoUnit.DAYS.between(first.publishedDate(), probe.publishedDate()) <= BLOCK_DAYS;
  }

  private List<NearDuplicate> compare(NearDuplicateFinder finder, List<NearDuplicateCandidate> block)
      throws IOException {
    if (block.isEmpty()) {
      return List.of();
    }
    NearDuplicateCandidate first = block.get(0);
    NearDuplicateCandidate last = block.get(block.size() - 1);
    try (PublicationScan<NearDuplicateCandidate> window = PublicationScan.published(connection, indices, first.publisher(),
        first.publishedDate().minusDays(settings.maxDays()), last.publishedDate().plusDays(settings.maxDays()))) {
      return finder.find(block, window.all());
    }
  }
}
