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

  /** The files whose rows the run reads: publication lists and registers. */
  static List<InboxEntry> ingested(List<InboxEntry> entries) {
    return entries.stream().filter(entry -> entry.status() == InboxEntry.Status.INGESTED).toList();
  }

  /** The publication lists whose rows the load step reads. */
  static List<InboxEntry> publicationLists(List<InboxEntry> entries) {
    return ingested(entries).stream().filter(entry -> !entry.plan().isRegister()).toList();
  }

  /** The registers of applications and cases whose rows the register step reads. */
  static List<InboxEntry> registers(List<InboxEntry> entries) {
    return ingested(entries).stream().filter(entry -> entry.plan().isRegister()).toList();
  }
}
