package cn.gongkai.job;

import cn.gongkai.classify.Classification;
import cn.gongkai.classify.ClassificationBasis;
import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.classify.ClassifierChain;
import cn.gongkai.classify.IndexStamp;
import cn.gongkai.classify.NaiveBayesTrainer;
import cn.gongkai.classify.PublicationText;
import cn.gongkai.classify.Taxonomy;
import cn.gongkai.classify.TaxonomySnapshot;
import cn.gongkai.classify.SavedTraining;
import cn.gongkai.load.CategoryUpdates;
import cn.gongkai.load.ClassifiedPublication;
import cn.gongkai.load.HeldBackFile;
import cn.gongkai.load.LoadedPublications;
import cn.gongkai.load.LoadedState;
import cn.gongkai.load.ManagedIndex;
import cn.gongkai.load.PublicationCategories;
import cn.gongkai.load.PublicationScan;
import cn.gongkai.load.SavedPlacements;
import cn.gongkai.dedup.RunCandidates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Classifies publications with the whole chain of SPEC section 6: trains the model on every
 * publication whose declared category the taxonomy knows, then gives each publication in scope its
 * category, updating only those whose category, basis or confidence changes. The nightly run's
 * scope is every publication the model decided or left to the default: the load classified without
 * the model, which needs every declared publication first, and a model of more declared
 * publications may place earlier ones otherwise; what was declared or decided by a rule is final.
 * What a first load held back for the model ({@link HeldBackFile}) is placed and written here, once,
 * after the scan of what the index holds. A run that loaded nothing has nothing to do: the same declared publications would train the same
 * model. {@code reclassify}'s scope is every publication, after a taxonomy change. The tally counts the
 * run's publications (every one, for reclassify) by how they got their category. Running it again
 * gives the same result, so a failed run restarts it safely.
 */
final class ClassificationTasklet implements Tasklet {

  static final String TALLY_KEY = "classification";
  private static final String RULE = new ClassificationBasis.Rule("").label();
  /** How many saved placements are classified and their changes sent at once, as a scan's page. */
  private static final int SAVED_PAGE = 10_000;
  private static final Logger log = LoggerFactory.getLogger(ClassificationTasklet.class);

  /** Which publications to classify. */
  enum Scope { RUN, ALL }

  private final ClassificationSettings settings;
  private final PublicationCategories categories;
  private final Scope scope;
  private final Training training;

  /**
   * Where an ingest run's model gets its counts, short of reading every declared publication: what
   * the load wrote ({@code runWrites}), and the counts the run before saved in {@code modelDir}, which
   * describe the index as {@code publications} reports it. Near-duplicates merged after the load
   * change the index behind the load's back: then the model trains from the index. What the load
   * held back for the model ({@code heldBackFile}, see {@link HeldBackFile}) is written here, once.
   */
  record Training(RunWrites runWrites, LoadedPublications publications, ManagedIndex index, Path modelDir,
      boolean nearDuplicatesMerge, Function<JobExecution, Path> heldBackFile) {

    Path savedCounts() {
      return modelDir.resolve(index.alias() + ".counts");
    }
  }

  /** Over the index only: {@code reclassify}. */
  ClassificationTasklet(ClassificationSettings settings, PublicationCategories categories, Scope scope) {
    this.settings = settings;
    this.categories = categories;
    this.scope = scope;
    this.training = null;
  }

  /** An ingest run's: the run's publications, with a model trained as cheaply as {@code training} allows. */
  ClassificationTasklet(ClassificationSettings settings, PublicationCategories categories, Training training) {
    this.settings = settings;
    this.categories = categories;
    this.scope = Scope.RUN;
    this.training = training;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
    JobExecution job = contribution.getStepExecution().getJobExecution();
    OptionalLong run = scope == Scope.ALL ? OptionalLong.empty() : OptionalLong.of(job.getJobInstance().getInstanceId());
    Path heldBackFile = training == null ? null : training.heldBackFile().apply(job);
    Set<String> held = heldBackFile == null ? Set.of() : HeldBackFile.ids(heldBackFile);
    Map<String, Long> runBases = run.isPresent() ? categories.basisCounts(run) : Map.of();
    if (run.isPresent() && held.isEmpty() && runBases.isEmpty()) {
      // nothing new: the same declared publications would train the same model, which would move nothing
      log.info("classification: the run loaded or changed no publication, nothing to classify");
      job.getExecutionContext().put(TALLY_KEY, ClassificationTally.NONE);
      return RepeatStatus.FINISHED;
    }
    TaxonomySnapshot snapshot = RunTaxonomy.of(job);
    RunWrites.Written written = training == null ? null : training.runWrites().take(job.getId());
    Trained trained = training == null ? trainedFromIndex(snapshot) : trainForRun(written, snapshot);
    NaiveBayesTrainer trainer = trained.counts();
    ClassifierChain chain = new ClassifierChain(snapshot.taxonomy(),
        trainer.examples() == 0 ? null : trainer.train(settings.model().smoothing()), settings.model().threshold());
    Counter counter = new Counter(trainer.examples(), trained.from());
    long trainedAt = System.nanoTime();
    Path savedPlacements = placementsFile();
    SavedToReuse reusable = reusablePlacements(savedPlacements, written, snapshot, run, runBases);
    long fromFile = 0;
    long scanned = 0;
    long writtenOnce = 0;
    // the index as this run leaves it (classification changes no run and no declared category)
    IndexStamp now = training == null ? null : stampOf(training.publications().state(0), snapshot);
    try (SavedPlacements.Writer placed = savedPlacements == null ? null : SavedPlacements.create(savedPlacements, now);
        CategoryUpdates updates = categories.updates()) {
      if (reusable != null) {
        fromFile = classifySaved(reusable, chain, counter, placed, updates);
        counter.fromSavedPlacements = fromFile;
      }
      try (PublicationScan<ClassifiedPublication> scan = scope == Scope.ALL ? categories.all()
          : reusable != null ? categories.placedByModelOrDefault(run.getAsLong()) : categories.placedByModelOrDefault()) {
        for (List<ClassifiedPublication> page = scan.next(); !page.isEmpty(); page = scan.next()) {
          scanned += page.size();
          updates.send(changes(chain::classify, page, held, counter, placed));
        }
      }
      updates.finish();
      if (!held.isEmpty()) {
        // written once, with the category the model gives, as the scan would have given it
        writtenOnce = training.publications().writeHeldBack(heldBackFile, held, publication -> {
          Classification classification = chain.classify(publication.text());
          if (!publication.has(classification)) {
            counter.moved(publication.category(), classification.category());
          }
          place(placed, publication, classification);
          return classification;
        });
      }
      categories.refresh();
      commit(placed);
    }
    if (heldBackFile != null) {
      HeldBackFile.delete(heldBackFile);
    }
    // what a night over a large index spends here: the model's publications, classified again
    log.info("classification: {} publications classified again from the placements the run before saved, {} read "
        + "and classified again and {} held back by the load written once, {} changed, in {} ms", fromFile, scanned,
        writtenOnce, counter.changed, (System.nanoTime() - trainedAt) / 1_000_000);
    ClassificationTally tally = counter.tally(categories.basisCounts(run));
    log.info("classified {} publications ({} changed) with the taxonomy {} (sha256 {}); model trained on {} declared "
        + "titles", tally.publications(), tally.changed(), snapshot.file(), snapshot.sha256(), tally.trainingTitles());
    job.getExecutionContext().put(TALLY_KEY, tally);
    if (training != null) {
      save(trainer, now);
    }
    return RepeatStatus.FINISHED;
  }

  /**
   * The counts of every declared publication: after a first load, from what it wrote; over earlier
   * publications, the counts the run before saved plus this load's changes, when they still describe
   * the index as the load found it; otherwise from the index.
   */
  private Trained trainForRun(RunWrites.Written written, TaxonomySnapshot snapshot) throws IOException {
    if (written == null || training.nearDuplicatesMerge() || (written.firstLoad() && written.moved() == null)) {
      return trainedFromIndex(snapshot);
    }
    if (written.firstLoad()) {
      return new Trained(train(snapshot.taxonomy(), written.moved()), ClassificationTally.FROM_LOAD);
    }
    IndexStamp found = stampOf(written.before(), snapshot);
    Optional<SavedTraining> saved = SavedTraining.read(training.savedCounts())
        .filter(counts -> counts.stamp().equals(found));
    if (saved.isEmpty()) {
      log.info("classification: no saved training counts describe {} as this run found it; the model learns from "
          + "the index", found.index());
      return trainedFromIndex(snapshot);
    }
    NaiveBayesTrainer counts = saved.get().counts();
    counts.addAll(written.trainingChanges());
    log.info("classification: the model learns from the counts the run before saved, with this run's changes");
    return new Trained(counts, ClassificationTally.FROM_SAVED_COUNTS);
  }

  /** A model's counts, and where they came from. */
  private record Trained(NaiveBayesTrainer counts, String from) {}

  private Trained trainedFromIndex(TaxonomySnapshot snapshot) throws IOException {
    return new Trained(train(snapshot.taxonomy()), ClassificationTally.FROM_INDEX);
  }

  /** What the next run adds its changes to; removed first, so a run that fails here leaves none that is stale. */
  private void save(NaiveBayesTrainer trainer, IndexStamp now) throws IOException {
    Path file = training.savedCounts();
    try {
      SavedTraining.forget(file);
    } catch (IOException e) {
      // a file left behind describes the index as it was before this run: the next one will not use it
      log.warn("could not remove the model's counts {}: {}", file, e.getMessage());
    }
    if (training.nearDuplicatesMerge()) {
      return; // the next run trains from the index anyway
    }
    SavedTraining counts = new SavedTraining(now, trainer);
    try {
      counts.write(file);
    } catch (IOException e) {
      // only the next run's time depends on them: it trains from the index
      log.warn("could not save the model's counts in {} ({}): the next run trains from the index", file, e.getMessage());
    }
  }


  /** Where an ingest run keeps the placements for the next run; {@code null} for {@code reclassify}. */
  private Path placementsFile() throws IOException {
    if (training == null) {
      return null;
    }
    Path file = SavedPlacements.file(training.modelDir(), training.index().alias());
    if (training.nearDuplicatesMerge()) {
      SavedPlacements.forget(file); // merged near-duplicates change the index behind the load's back
      return null;
    }
    return file;
  }

  /** What a file saved for the next run says of the index in {@code state}, under this run's taxonomy. */
  private IndexStamp stampOf(LoadedState state, TaxonomySnapshot snapshot) throws IOException {
    return new IndexStamp(training.index().writeIndex(), snapshot.sha256(), state.latestRun(), state.declared());
  }

  /**
   * The placements the run before saved, if they describe the index as this run's load found it and
   * nothing the load did escaped them: every publication the model or the default placed is then
   * either this run's or one of the saved ones it did not touch. A saved one the load deleted (merged
   * into another) shows in the count, and the step reads the index instead.
   *
   * @param runBases how many of the run's publications have each basis
   * @return the file and what the load touched, or {@code null} when the step must read the index
   */
  private SavedToReuse reusablePlacements(Path file, RunWrites.Written written, TaxonomySnapshot snapshot, OptionalLong run,
      Map<String, Long> runBases) throws IOException {
    if (file == null || written == null || written.firstLoad() || run.isEmpty()) {
      return null; // a first load's are few: it held back what the model places
    }
    IndexStamp found = stampOf(written.before(), snapshot);
    if (!SavedPlacements.stamp(file).map(found::equals).orElse(false)) {
      log.info("classification: no saved placements describe {} as this run found it; the model's publications are "
          + "read from the index", found.index());
      return null;
    }
    Set<String> touched = categories.touchedBy(run.getAsLong());
    long[] untouched = {0};
    try {
      SavedPlacements.read(file, publication -> untouched[0] += touched.contains(publication.id()) ? 0 : 1);
    } catch (IOException unreadable) {
      log.info("classification: the saved placements {} cannot be read ({}); the model's publications are read from "
          + "the index", file, unreadable.getMessage());
      return null;
    }
    long inIndex = placed(categories.basisCounts(OptionalLong.empty()));
    long expected = untouched[0] + placed(runBases);
    if (inIndex != expected) {
      log.info("classification: the index has {} publications the model or the default placed, the saved placements "
          + "and this run account for {}; they are read from the index", inIndex, expected);
      return null;
    }
    return new SavedToReuse(file, touched);
  }

  /** Saved placements to classify again, but for the publications the run's load wrote ({@code touched}). */
  private record SavedToReuse(Path file, Set<String> touched) {}

  private static long placed(Map<String, Long> byBasis) {
    long placed = 0;
    for (Map.Entry<String, Long> basis : byBasis.entrySet()) {
      placed += SavedPlacements.kept(basis.getKey()) ? basis.getValue() : 0;
    }
    return placed;
  }

  /**
   * Classifies the saved placements this run's load did not touch, as a scan of the index would
   * (the load wrote the touched ones, and the scan of the run's own publications reads them). Their
   * texts are as this taxonomy found them, with no declared category it knows and no rule: only the
   * model can place them otherwise.
   *
   * @return how many were classified
   */
  private static long classifySaved(SavedToReuse saved, ClassifierChain chain, Counter counter,
      SavedPlacements.Writer placed, CategoryUpdates updates) throws IOException {
    List<ClassifiedPublication> page = new ArrayList<>(SAVED_PAGE);
    long[] classified = {0};
    IOException[] failure = {null};
    SavedPlacements.read(saved.file(), publication -> {
      if (failure[0] != null || saved.touched().contains(publication.id())) {
        return;
      }
      page.add(publication);
      classified[0]++;
      if (page.size() == SAVED_PAGE) {
        try {
          updates.send(changes(chain::placeByModel, page, Set.of(), counter, placed));
        } catch (IOException e) {
          failure[0] = e;
        }
        page.clear();
      }
    });
    if (failure[0] != null) {
      throw failure[0];
    }
    updates.send(changes(chain::placeByModel, page, Set.of(), counter, placed));
    return classified[0];
  }

  private static void place(SavedPlacements.Writer placed, ClassifiedPublication publication,
      Classification classification) {
    if (placed == null) {
      return;
    }
    try {
      placed.add(publication.id(), publication.index(), publication.text(), classification);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void commit(SavedPlacements.Writer placed) throws IOException {
    if (placed != null && !placed.commit()) {
      log.warn("classification: publication {} has a text too long to save among the placements; the next run reads "
          + "the model's publications from the index", placed.unwritable());
    }
  }

  /** The model learns from every declared category the taxonomy knows; the others it cannot learn from. */
  private NaiveBayesTrainer train(Taxonomy taxonomy) throws IOException {
    NaiveBayesTrainer trainer = new NaiveBayesTrainer();
    try (PublicationScan<PublicationText> declared = categories.declared()) {
      for (List<PublicationText> page = declared.next(); !page.isEmpty(); page = declared.next()) {
        for (PublicationText text : page) {
          Optional<String> category = taxonomy.categoryOf(text.declaredCategory());
          category.ifPresent(name -> trainer.add(text.title(), name));
        }
      }
    }
    return trainer;
  }

  /** The same, from what a first load wrote: every publication of the index is one of them. */
  private static NaiveBayesTrainer train(Taxonomy taxonomy, RunCandidates written) {
    NaiveBayesTrainer trainer = new NaiveBayesTrainer();
    written.forEachDeclared((title, declared) -> taxonomy.categoryOf(declared).ifPresent(name -> trainer.add(title, name)));
    log.info("classification: the model learns from the {} publications this first load wrote, in memory",
        written.size());
    return trainer;
  }

  /** @param held what the load held back, written after the scan: an earlier version the scan finds is left to it */
  private static Map<ClassifiedPublication, Classification> changes(Function<PublicationText, Classification> chain,
      List<ClassifiedPublication> page, Set<String> held, Counter counter, SavedPlacements.Writer placed) {
    Map<ClassifiedPublication, Classification> changes = new LinkedHashMap<>();
    for (ClassifiedPublication publication : page) {
      if (held.contains(publication.id())) {
        continue;
      }
      Classification classification = chain.apply(publication.text());
      if (!publication.has(classification)) {
        changes.put(publication, classification);
        counter.moved(publication.category(), classification.category());
      }
      place(placed, publication, classification);
    }
    return changes;
  }

  /** What a classification pass changed, as it goes. */
  private static final class Counter {
    private final long trainingTitles;
    private final String trainedFrom;
    private long fromSavedPlacements;
    private final Map<String, Long> moves = new HashMap<>();
    private long changed;

    Counter(long trainingTitles, String trainedFrom) {
      this.trainingTitles = trainingTitles;
      this.trainedFrom = trainedFrom;
    }

    void moved(String from, String to) {
      changed++;
      if (!to.equals(from)) {
        moves.merge((from == null ? "无" : from) + " → " + to, 1L, Long::sum);
      }
    }

    /** @param byBasis how many publications in scope have each stored categoryBasis (rule:&lt;id&gt; one per rule) */
    ClassificationTally tally(Map<String, Long> byBasis) {
      Map<String, Long> byStage = new HashMap<>();
      byBasis.forEach((basis, count) -> byStage.merge(basis.startsWith(RULE) ? "rule" : basis, count, Long::sum));
      long publications = byBasis.values().stream().mapToLong(Long::longValue).sum();
      return new ClassificationTally(publications, byStage.getOrDefault("declared", 0L),
          byStage.getOrDefault("rule", 0L), byStage.getOrDefault("model", 0L), byStage.getOrDefault("default", 0L),
          trainingTitles, changed, moves, trainedFrom, fromSavedPlacements);
    }
  }
}
