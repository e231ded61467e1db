package cn.gongkai.job;

import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.classify.TaxonomySnapshot;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Keeps the taxonomy a run started with in its job's execution context, which a restart carries
 * over, as the inbox scan keeps its file plans: the load, the near-duplicate merges and the
 * classification step of one run, resumed or not, classify with one taxonomy, read once.
 */
@Component
class RunTaxonomy implements JobExecutionListener {

  private static final String FILE_KEY = "taxonomy.file";
  private static final String YAML_KEY = "taxonomy.yaml";
  private static final String SHA256_KEY = "taxonomy.sha256";

  private final ClassificationSettings settings;
  /** The snapshot a runner read for the execution it is starting; the caller holds the run lock. */
  private final AtomicReference<TaxonomySnapshot> next = new AtomicReference<>();

  RunTaxonomy(ClassificationSettings settings) {
    this.settings = settings;
  }

  /** Starts a run that classifies with {@code snapshot}, read by the caller (so it could refuse a broken one). */
  JobExecution start(TaxonomySnapshot snapshot, Callable<JobExecution> start) throws Exception {
    next.set(snapshot);
    try {
      return start.call();
    } finally {
      next.set(null);
    }
  }

  @Override
  public void beforeJob(JobExecution execution) {
    TaxonomySnapshot handed = next.getAndSet(null);
    ExecutionContext context = execution.getExecutionContext();
    if (context.containsKey(SHA256_KEY)) {
      return; // a resumed run: the taxonomy of its start
    }
    // started by no runner (a test's launcher): read the file now, once for the run all the same
    TaxonomySnapshot snapshot = handed != null ? handed : TaxonomySnapshot.read(settings.taxonomyFile());
    context.putString(FILE_KEY, snapshot.file());
    context.putString(YAML_KEY, snapshot.yaml());
    context.putString(SHA256_KEY, snapshot.sha256());
  }

  /** The taxonomy {@code job} classifies with. */
  static TaxonomySnapshot of(JobExecution job) {
    ExecutionContext context = job.getExecutionContext();
    if (!context.containsKey(SHA256_KEY)) {
      throw new IllegalStateException("job execution " + job.getId() + " has no taxonomy: RunTaxonomy must listen to its job");
    }
    return new TaxonomySnapshot(context.getString(FILE_KEY), context.getString(YAML_KEY), context.getString(SHA256_KEY));
  }

  /** The taxonomy file {@code job} read; null for a run from before snapshots. */
  static String file(JobExecution job) {
    ExecutionContext context = job.getExecutionContext();
    return context.containsKey(FILE_KEY) ? context.getString(FILE_KEY) : null;
  }

  /** The SHA-256 of the taxonomy {@code job} classifies with; null for a run from before snapshots. */
  static String sha256(JobExecution job) {
    ExecutionContext context = job.getExecutionContext();
    return context.containsKey(SHA256_KEY) ? context.getString(SHA256_KEY) : null;
  }
}
