package cn.gongkai.job;

import cn.gongkai.intake.FileInspection;
import cn.gongkai.intake.SourceRow;
import cn.gongkai.normalize.Rejection;
import cn.gongkai.normalize.RejectionReason;
import cn.gongkai.privacy.PersonalData;
import cn.gongkai.publication.PublicationField;
import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.support.TextPrefix;
import java.util.Objects;

/**
 * One rejection as the run reports it, whether of a row or of a whole file: where, the closed
 * reason (code and Chinese words), what to fix, and the row itself.
 *
 * @param line the row's line, or {@code null} for a whole file
 * @param checksum the file's content checksum: with the line, it identifies the rejection, so a
 *     restarted run records it once
 */
record RejectEntry(
    String file, Long line, String reasonCode, String reasonText, String message, String raw,
    String department, String organization, String checksum) {

  RejectEntry {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(message, "message");
  }

  static RejectEntry ofRow(SourceRow row, Rejection rejection, String checksum) {
    String department = row.value(PublicationField.DEPARTMENT);
    // the row as it was, for the clerk to find it, but 去标识化 like everything Gongkai stores
    return new RejectEntry(rejection.file(), rejection.line(), rejection.reason().name(),
        rejection.reason().description(), masked(rejection.message()), masked(rejection.raw()),
        department == null || department.isBlank() ? row.defaults().department() : masked(department.strip()),
        row.defaults().organization(), checksum);
  }

  /** A row that normalized, but whose publication Elasticsearch refused for its content. */
  static RejectEntry ofRefusedRow(PublicationRecord row, String reason, String checksum) {
    return new RejectEntry(row.provenance().file(), row.provenance().line(), RejectionReason.INDEX_REFUSED.name(),
        RejectionReason.INDEX_REFUSED.description(), "Elasticsearch 拒绝写入该行所在的信息（" + abbreviated(masked(reason))
            + "）；请检查该行各字段（如过长的文号、索引号）后重新报送", abbreviated(row.title()), row.department(),
        row.organization(), checksum);
  }

  /**
   * A register row that could not be counted. The row itself is left out: it names the applicant,
   * personal data; the file and line find it.
   */
  static RejectEntry ofRegisterRow(String file, long line, String reasonCode, String reasonText, String message,
      String department, String organization, String checksum) {
    return new RejectEntry(file, line, reasonCode, reasonText, masked(message), null, masked(department),
        organization, checksum);
  }

  /** Everything a rejection stores or prints goes through here: 去标识化, in any width of digit. */
  private static String masked(String text) {
    return PersonalData.mask(text).text();
  }

  /** Elasticsearch quotes the offending value, which may be tens of thousands of characters. */
  private static String abbreviated(String text) {
    return text.length() <= 300 ? text : TextPrefix.of(text, 300) + "…";
  }

  static RejectEntry ofFile(FileInspection.Rejected rejected) {
    // a message may quote the header, which a broken file may have taken from a row: masked too
    return new RejectEntry(rejected.file().name(), null, rejected.reason().name(), rejected.reason().description(),
        masked(rejected.message()), null, rejected.defaults().department(), rejected.defaults().organization(),
        rejected.bytes() == null ? null : rejected.bytes().sha256());
  }

  String scope() {
    return line == null ? "file" : "row";
  }
}
