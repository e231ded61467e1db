package cn.gongkai.job;

/**
 * One inbox file in the run summary.
 *
 * @param status {@code ingested} for now; the intake will add skipped and rejected files
 * @param message what the clerk should know about the file, or {@code null}
 */
public record FileSummary(
    String file, String status, long read, long loaded, long merged, long rejected, long unknownChannels,
    String message) {

  static FileSummary ingested(String file, FileTally tally) {
    return new FileSummary(file, "ingested", tally.read(), tally.loaded(), tally.merged(), tally.rejected(),
        tally.unknownChannels(), null);
  }

  FileTally tally() {
    return new FileTally(read, loaded, merged, rejected, unknownChannels);
  }
}
