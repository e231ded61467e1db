package cn.gongkai.job;

import java.util.List;
import org.springframework.batch.core.job.JobExecution;

/** The inbox entries of a run, as the inbox scan left them in the job's execution context. */
final class InboxEntries {

  private InboxEntries() {}

  /** Every file of the run, in name order; empty before the scan ran. */
  @SuppressWarnings("unchecked")
  static List<InboxEntry> of(JobExecution job) {
    Object entries = job.getExecutionContext().get(InboxScanTasklet.ENTRIES_KEY);
    return entries == null ? List.of() : (List<InboxEntry>) entries;
  }

  /** The files whose rows the run reads. */
  static List<InboxEntry> ingested(List<InboxEntry> entries) {
    return entries.stream().filter(entry -> entry.status() == InboxEntry.Status.INGESTED).toList();
  }
}
