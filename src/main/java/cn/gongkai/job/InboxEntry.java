package cn.gongkai.job;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One inbox file as this run treats it, decided once by the inbox scan and kept in the job's
 * execution context.
 *
 * @param checksum the content's SHA-256; {@code null} when the file could not be read at all
 * @param reason the closed reason of a rejected file, or {@code null}
 * @param message what the clerk should know about the file, in Chinese, or {@code null}
 * @param plan how to read an ingested file; {@code null} for the others
 */
record InboxEntry(
    String file, Status status, String checksum, long size, String reason, String message, FilePlan plan)
    implements Serializable {

  enum Status {
    /** Its rows are read and each is loaded, merged or rejected. */
    INGESTED,
    /** The same content was already ingested (earlier, or in this run under another name). */
    SKIPPED,
    /** Cannot be read as a whole: empty, only a header, no title column, not CSV, … */
    REJECTED,
    /** Not an export (a note, a document): listed for the record, not read. */
    IGNORED;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  InboxEntry {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(status, "status");
    if (status == Status.INGESTED) {
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(checksum, "checksum");
    }
  }
}
