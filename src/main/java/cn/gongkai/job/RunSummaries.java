package cn.gongkai.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Builds the {@link RunSummary} of a job execution from what its steps recorded. */
final class RunSummaries {

  private RunSummaries() {}

  static RunSummary of(JobExecution execution, Path runsDir) {
    Map<String, FileTally> tallies = tallies(execution);
    List<FileSummary> files = new ArrayList<>();
    FileTally totals = FileTally.EMPTY;
    for (InboxEntry entry : entries(execution)) {
      FileTally tally = tallies.getOrDefault(entry.file(), FileTally.EMPTY);
      files.add(FileSummary.of(entry, tally));
      totals = totals.plus(tally);
    }
    return new RunSummary(execution.getStatus().name(), execution.getId(), RunDirectory.of(runsDir, execution).toString(),
        files, totals, execution.getExecutionContext().getLong(NearDuplicateTasklet.COUNT_KEY, 0),
        classification(execution), failures(execution), personalData(execution), resumes(execution),
        RunTaxonomy.file(execution), RunTaxonomy.sha256(execution),
        execution.getExecutionContext().getString(IngestJobConfiguration.CLUSTER_KEY, null));
  }

  /**
   * The run's files as it treated them: as the inbox scan decided, except those the register or the
   * load step found changed since and set aside unread.
   */
  @SuppressWarnings("unchecked")
  static List<InboxEntry> entries(JobExecution execution) {
    Map<String, String> setAside = new java.util.HashMap<>(ledgerMap(execution, RunLedger.SET_ASIDE_KEY));
    if (execution.getExecutionContext().get(RegisterLoadTasklet.SET_ASIDE_KEY) instanceof Map<?, ?> registers) {
      setAside.putAll((Map<String, String>) registers);
    }
    return InboxEntries.of(execution).stream()
        .map(entry -> setAside.containsKey(entry.file())
            ? new InboxEntry(entry.file(), InboxEntry.Status.IGNORED, null, entry.size(), null, setAside.get(entry.file()), null)
            : entry)
        .toList();
  }

  /** The load step's tallies of the publication lists, and the register step's of the registers. */
  @SuppressWarnings("unchecked")
  private static Map<String, FileTally> tallies(JobExecution execution) {
    Map<String, FileTally> tallies = new java.util.HashMap<>(ledgerMap(execution, RunLedger.TALLIES_KEY));
    Object registers = execution.getExecutionContext().get(RegisterLoadTasklet.TALLIES_KEY);
    if (registers instanceof Map<?, ?> map) {
      tallies.putAll((Map<String, FileTally>) map);
    }
    return tallies;
  }

  private static Map<String, Long> personalData(JobExecution execution) {
    return ledgerMap(execution, RunLedger.PERSONAL_DATA_KEY);
  }

  /**
   * A map the load step's ledger keeps: in the step's execution context when the step ran in this
   * execution, else in the job's, where a completed load step left it before a later step failed and
   * the run was resumed past it. Empty before the step ran.
   */
  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> ledgerMap(JobExecution execution, String key) {
    return execution.getStepExecutions().stream()
        .filter(step -> step.getStepName().equals(IngestJobConfiguration.LOAD_STEP))
        .map(StepExecution::getExecutionContext)
        .filter(context -> context.containsKey(key))
        .map(context -> (Map<String, V>) context.get(key))
        .findFirst()
        .orElseGet(() -> execution.getExecutionContext().get(key) instanceof Map<?, ?> map ? (Map<String, V>) map : Map.of());
  }

  private static Long resumes(JobExecution execution) {
    ExecutionContext context = execution.getExecutionContext();
    return context.containsKey(RunSummaryListener.RESUMES_KEY) ? context.getLong(RunSummaryListener.RESUMES_KEY) : null;
  }

  static ClassificationTally classification(JobExecution execution) {
    Object tally = execution.getExecutionContext().get(ClassificationTasklet.TALLY_KEY);
    return tally instanceof ClassificationTally classification ? classification : ClassificationTally.NONE;
  }

  static List<String> failures(JobExecution execution) {
    List<String> failures = new ArrayList<>();
    for (Throwable failure : execution.getAllFailureExceptions()) {
      failures.add(describe(failure));
    }
    String description = execution.getExitStatus().getExitDescription();
    if (failures.isEmpty() && description != null && !description.isBlank()) {
      failures.add(description);
    }
    return failures;
  }

  /** The failure and, when it only wraps another (Batch's "Unable to process chunk"), its root cause. */
  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    return root == failure ? message : message + ": " + root.getMessage();
  }
}
