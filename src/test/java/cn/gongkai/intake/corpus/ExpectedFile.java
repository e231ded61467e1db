package cn.gongkai.intake.corpus;

import cn.gongkai.intake.FileRejectionReason;
import java.util.List;
import java.util.Objects;

/** What must become of one corpus file as a whole. */
public sealed interface ExpectedFile {

  static Ingested ingested(String encoding, String department, ExpectedRow... rows) {
    return new Ingested(encoding, department, List.of(rows));
  }

  static Rejected rejected(FileRejectionReason reason, String messageFragment) {
    return new Rejected(reason, messageFragment);
  }

  static Ignored ignored(String messageFragment) {
    return new Ignored(messageFragment);
  }

  /**
   * The file is read: in {@code encoding} (the charset's canonical name, e.g. GB18030), and each
   * of its data rows, in order, comes out as {@code rows} says; no other row comes out.
   *
   * @param department the 责任部门 of its rows that name none: the source's, else the file name's
   */
  record Ingested(String encoding, String department, List<ExpectedRow> rows) implements ExpectedFile {

    public Ingested {
      Objects.requireNonNull(encoding, "encoding");
      Objects.requireNonNull(department, "department");
      rows = List.copyOf(rows);
    }
  }

  /**
   * The file is rejected as a whole, with one message.
   *
   * @param messageFragment words the clerk's message must contain
   */
  record Rejected(FileRejectionReason reason, String messageFragment) implements ExpectedFile {

    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(messageFragment, "messageFragment");
    }
  }

  /** The file is no export: listed, not read, not a rejection. */
  record Ignored(String messageFragment) implements ExpectedFile {

    public Ignored {
      Objects.requireNonNull(messageFragment, "messageFragment");
    }
  }
}
