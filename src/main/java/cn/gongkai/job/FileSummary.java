package cn.gongkai.job;

/**
 * One inbox file in the run summary.
 *
 * @param status {@code ingested} (its rows were read), {@code skipped} (its content was already
 *     ingested), {@code rejected} (not readable as a whole) or {@code ignored} (not an export)
 * @param reason the closed reason of a rejected file, or {@code null}
 * @param message what the clerk should know about the file, or {@code null}
 * @param encoding the encoding the file was read in, or {@code null} when it was not read
 * @param source the source definition that described it, or {@code null}
 */
public record FileSummary(
    String file, String status, long read, long loaded, long merged, long rejected, long unknownChannels,
    String reason, String message, String encoding, String source) {

  static FileSummary of(InboxEntry entry, FileTally tally) {
    FilePlan plan = entry.plan();
    return new FileSummary(entry.file(), entry.status().label(), tally.read(), tally.loaded(), tally.merged(),
        tally.rejected(), tally.unknownChannels(), entry.reason(), entry.message(),
        plan == null ? null : plan.charset(), plan == null ? null : plan.source());
  }

  FileTally tally() {
    return new FileTally(read, loaded, merged, rejected, unknownChannels);
  }
}
