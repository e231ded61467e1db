package cn.gongkai.bench;

import cn.gongkai.job.IngestRunner;
import cn.gongkai.load.ElasticsearchConnection;
import cn.gongkai.load.Indices;
import cn.gongkai.load.ManagedIndex;
import cn.gongkai.node.LocalNode;
import cn.gongkai.node.NodeStatus;
import cn.gongkai.settings.GongkaiProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One bench run, in one JVM, phase by phase, each phase in its own application context under its
 * own index prefix (starting a context is never inside a timed section):
 *
 * <ol>
 *   <li>warm-up: the full pipeline once, since a fresh node indexes at about half speed for its first
 *       million documents (GUIDE section 1); its final publication documents are exported as bulk bodies;
 *   <li>raw: those documents loaded as plain {@code _bulk} requests in the fastest shape probed;
 *   <li>pipeline: the full pipeline timed, then {@code stats}, then a second run over the same inbox,
 *       then a nightly inbox ingested over what the measured run loaded;
 *   <li>nightly: the same nightly inbox into a fresh prefix's empty indices.
 * </ol>
 */
public final class BenchRun {

  /** Starts an application context whose indices are named with {@code indexPrefix}. */
  @FunctionalInterface
  public interface Contexts {
    ConfigurableApplicationContext start(String indexPrefix);
  }

  static final String WARMUP = "warmup";
  static final String RAW = "raw";
  static final String PIPELINE = "pipeline";
  static final String NIGHTLY = "nightly";
  private static final Duration MERGE_PATIENCE = Duration.ofSeconds(60);

  private final BenchPlan plan;
  private final Contexts contexts;
  private final StatsTiming statsTiming;
  private final BenchProgress progress;
  private final BenchNotes notes;
  private Path bodyFile;
  private Path modelDir;
  private boolean createdIndices;
  private boolean statsAfterMerges;

  public BenchRun(BenchPlan plan, Contexts contexts, StatsRendering stats, BenchProgress progress) {
    this.plan = plan;
    this.contexts = contexts;
    this.statsTiming = new StatsTiming(stats, plan.statsRepeats());
    this.progress = progress;
    this.notes = new BenchNotes(plan);
  }

  /** Runs every phase; whatever happens, the bench's indices are removed unless the plan keeps them. */
  public BenchResult run() throws Exception {
    try {
      return measure();
    } catch (Exception failure) {
      cleanUpAfter(failure);
      throw failure;
    }
  }

  private BenchResult measure() throws Exception {
    WarmUp warm;
    try (ConfigurableApplicationContext context = contexts.start(plan.prefix(WARMUP))) {
      warm = warmUp(context);
    }
    BaselineResult raw;
    try (BulkBodyFile bodies = warm.bodies(); ConfigurableApplicationContext context = contexts.start(plan.prefix(RAW))) {
      raw = rawBaseline(context, bodies);
    }
    Measured measured;
    try (ConfigurableApplicationContext context = contexts.start(plan.prefix(PIPELINE))) {
      measured = measured(context, warm, raw);
    }
    try (ConfigurableApplicationContext context = contexts.start(plan.prefix(NIGHTLY))) {
      BenchCluster cluster = cluster(context);
      context.getBean(Indices.class).ensure(); // an empty index, not the cost of creating one
      cluster.awaitMergesIdle(MERGE_PATIENCE);
      progress.say("nightly: the same inbox into the empty indices of %s", plan.prefix(NIGHTLY));
      PipelineResult intoEmpty = pipelineRun(context, cluster).measure(Path.of(measured.nightlyInbox().path()));
      NightlyResult nightly = new NightlyResult(measured.nightlyInbox(), measured.loadedPublications(),
          measured.nightlyOverLoaded(), intoEmpty);
      progress.say("nightly: %.2f s over %,d loaded, %.2f s into an empty index: %.2f", nightly.overLoaded().seconds(),
          nightly.loadedPublications(), intoEmpty.seconds(), nightly.ratio());
      BenchResult result = measured.result().withNightly(nightly);
      cleanUp(cluster);
      return result;
    }
  }

  private record Measured(BenchResult result, NightlyInboxFacts nightlyInbox, long loadedPublications,
      PipelineResult nightlyOverLoaded) {}

  private record WarmUp(Path dataDir, MachineFacts machine, InboxFacts inbox, PipelineResult run, ExportResult export,
      BulkBodyFile bodies) {}

  private WarmUp warmUp(ConfigurableApplicationContext context) throws Exception {
    GongkaiProperties properties = context.getBean(GongkaiProperties.class);
    BenchCluster cluster = cluster(context);
    if (!cluster.indicesMatching(plan.indexPattern()).isEmpty()) {
      throw new BenchException("indices named " + plan.indexPattern() + " exist already: another bench started "
          + "in the same second; run it again");
    }
    createdIndices = true;
    MachineFacts machine = MachineFacts.of(cluster.nodeFacts());
    InboxFacts inbox = new BenchInbox(plan, progress).prepare(properties.dataDir(), properties.organization());
    progress.say("warm-up: the full pipeline under %s (not the measurement)", plan.prefix(WARMUP));
    PipelineResult run = pipelineRun(context, cluster).measure(Path.of(inbox.path()));
    progress.say("warm-up: %,d rows, %,d publications in %.1f s", run.rowsRead(), run.publications(), run.seconds());
    bodyFile = BenchPlan.workDir(properties.dataDir()).resolve("bench-" + plan.stamp() + "-publications.ndjson");
    modelDir = properties.modelDir();
    long start = System.nanoTime();
    BulkBodyFile bodies = new PublicationExport(cluster).export(publications(context).alias(), bodyFile);
    ExportResult export = new ExportResult(bodyFile.toString(), bodies.documents(), bodies.bytes(0, bodies.documents()),
        (System.nanoTime() - start) / 1e9);
    progress.say("exported %,d publication documents (%,d bytes of bulk bodies) to %s", export.documents(),
        export.bytes(), bodyFile);
    if (!plan.keep()) {
      new BenchCleanup(cluster).removeIndices(plan.prefix(WARMUP) + "-*"); // done with; its merges would disturb the timings
    }
    return new WarmUp(properties.dataDir(), machine, inbox, run, export, bodies);
  }

  private BaselineResult rawBaseline(ConfigurableApplicationContext context, BulkBodyFile bodies) throws Exception {
    ManagedIndex publications = publications(context);
    publications.ensure();
    progress.say("raw bulk: probing %d shapes on the first %,d of %,d documents", ProbeGrid.shapes().size(),
        ProbeGrid.slice(bodies.documents()), bodies.documents());
    BaselineResult raw = new RawBulkBaseline(cluster(context), bodies, progress, cpuMeter(context))
        .measure(publications.alias());
    progress.say("raw bulk: %,d documents in %.2f s: %,.0f docs/s, %.1f MB/s", raw.load().documents(),
        raw.load().seconds(), raw.load().docsPerSecond(), raw.load().megabytesPerSecond());
    return raw;
  }

  private Measured measured(ConfigurableApplicationContext context, WarmUp warm, BaselineResult raw) throws Exception {
    BenchCluster cluster = cluster(context);
    PipelineRun run = pipelineRun(context, cluster);
    Path inbox = Path.of(warm.inbox().path());
    boolean idle = cluster.awaitMergesIdle(MERGE_PATIENCE);
    System.gc(); // what the earlier phases left should not count as the measured run's heap
    progress.say("pipeline: the measured run under %s", plan.prefix(PIPELINE));
    PipelineResult pipeline = run.measure(inbox);
    ProcessMemory memory = ProcessMemory.read().orElse(null);
    progress.say("pipeline: %,d rows, %,d publications in %.1f s: %,.0f rows/s, %,.0f docs/s", pipeline.rowsRead(),
        pipeline.publications(), pipeline.seconds(), pipeline.rowsPerSecond(), pipeline.docsPerSecond());
    StatsResult stats = stats(context, cluster, pipeline);
    progress.say("second run: the same inbox again, under %s", plan.prefix(PIPELINE));
    PipelineResult second = run.measure(inbox);
    progress.say("second run: %d of %d files skipped in %.2f s", second.filesSkipped(), second.files(), second.seconds());
    BenchResult result = new BenchResult(date(),
        warm.machine(), plan.records(), plan.duplicateShare(), plan.seed(), prefixes(), warm.inbox(), warm.run(),
        warm.export(), raw, pipeline, memory, stats, second, null,
        notes.of(warm.inbox(), raw, pipeline, stats, idle, statsAfterMerges), plan.resultsFile(warm.dataDir()).toString());
    long loaded = cluster.count(publications(context).alias());
    NightlyInboxFacts nightlyInbox = nightlyInbox(context, cluster, inbox);
    cluster.awaitMergesIdle(MERGE_PATIENCE);
    progress.say("nightly: %,d rows over the %,d publications under %s", nightlyInbox.rows(), loaded,
        plan.prefix(PIPELINE));
    PipelineResult overLoaded = run.measure(Path.of(nightlyInbox.path()));
    return new Measured(result, nightlyInbox, loaded, overLoaded);
  }

  private NightlyInboxFacts nightlyInbox(ConfigurableApplicationContext context, BenchCluster cluster, Path loaded)
      throws Exception {
    GongkaiProperties properties = context.getBean(GongkaiProperties.class);
    int latest = cluster.latestYear(publications(context).alias()).orElse(BenchPlan.LAST_YEAR);
    return new NightlyInbox(progress).prepare(properties.dataDir(), loaded, properties.organization(), latest + 1,
        plan.seed());
  }

  private StatsResult stats(ConfigurableApplicationContext context, BenchCluster cluster, PipelineResult pipeline)
      throws Exception {
    OptionalInt year = cluster.latestYear(publications(context).alias());
    if (year.isEmpty()) {
      progress.say("stats: no publication has a year, nothing to time");
      return null;
    }
    // as in the morning after a nightly run: the node has finished merging what the load wrote
    statsAfterMerges = cluster.awaitMergesIdle(MERGE_PATIENCE);
    progress.say("stats: --year %d, timed in process, then as a command (%d each)", year.getAsInt(), plan.statsRepeats());
    return statsTiming.measure(context, plan.prefix(PIPELINE), year.getAsInt(), pipeline.publications());
  }

  private void cleanUp(BenchCluster cluster) throws Exception {
    if (plan.keep()) {
      progress.say("kept the indices %s and %s (--keep)", plan.indexPattern(), bodyFile);
      return;
    }
    int removed = new BenchCleanup(cluster).removeIndices(plan.indexPattern());
    BenchCleanup.removeFile(bodyFile);
    BenchCleanup.removeSavedModelFiles(modelDir, "bench-" + plan.stamp() + "-");
    progress.say("removed %d bench indices and templates, their saved model counts, and %s", removed, bodyFile);
  }

  private void cleanUpAfter(Exception failure) {
    if (plan.keep() || !createdIndices) {
      return;
    }
    try (ConfigurableApplicationContext context = contexts.start(plan.prefix(PIPELINE))) {
      new BenchCleanup(cluster(context)).removeIndices(plan.indexPattern());
      BenchCleanup.removeFile(bodyFile);
      BenchCleanup.removeSavedModelFiles(context.getBean(GongkaiProperties.class).modelDir(), "bench-" + plan.stamp() + "-");
    } catch (Exception cleanup) {
      failure.addSuppressed(cleanup);
    }
  }

  private String date() {
    return plan.startedAt().truncatedTo(ChronoUnit.SECONDS).atZone(ZoneId.systemDefault()).toOffsetDateTime().toString();
  }

  private Map<String, String> prefixes() {
    return Map.of(WARMUP, plan.prefix(WARMUP), RAW, plan.prefix(RAW), PIPELINE, plan.prefix(PIPELINE), NIGHTLY,
        plan.prefix(NIGHTLY));
  }

  private static BenchCluster cluster(ConfigurableApplicationContext context) {
    return BenchCluster.of(context.getBean(ElasticsearchConnection.class));
  }

  private static ManagedIndex publications(ConfigurableApplicationContext context) {
    return context.getBean(Indices.class).publications();
  }

  private static PipelineRun pipelineRun(ConfigurableApplicationContext context, BenchCluster cluster) {
    return new PipelineRun(context.getBean(IngestRunner.class), context.getBean(JobRepository.class), cluster,
        publications(context).alias(), cpuMeter(context));
  }

  /** The local node's processes (each node of a local cluster), or none against GONGKAI_ES_URL. */
  private static CpuMeter cpuMeter(ConfigurableApplicationContext context) {
    if (!context.getBean(GongkaiProperties.class).elasticsearch().usesLocalNode()) {
      return CpuMeter.withoutNode(CpuMeter.EXTERNAL_CLUSTER);
    }
    LocalNode node = context.getBean(LocalNode.class);
    List<Long> pids = new ArrayList<>();
    node.status().map(NodeStatus::pid).ifPresent(pids::add);
    node.otherNodes().forEach(other -> pids.add(other.pid()));
    return CpuMeter.ofLocalNodes(pids);
  }
}
