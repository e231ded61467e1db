package cn.gongkai.intake;

import cn.gongkai.application.RegisterKind;
import java.util.Objects;

/** What the inspection of an inbox file decided: how to read it, or why not. */
public sealed interface FileInspection {

  InboxFile file();

  /** An export to read with {@code plan}; {@code bytes} identify its content. */
  record Readable(InboxFile file, ByteProfile bytes, ReadPlan plan) implements FileInspection {
    public Readable {
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(plan, "plan");
    }
  }

  /**
   * An export that cannot be read as a whole, with one message for the clerk.
   *
   * @param bytes its profile, or {@code null} when the file could not even be read
   * @param defaults its source's organization and department, to file the rejection under
   */
  record Rejected(InboxFile file, ByteProfile bytes, SourceDefaults defaults, FileRejectionReason reason,
      String message) implements FileInspection {
    public Rejected {
      Objects.requireNonNull(defaults, "defaults");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * An office's register of applications or of review and litigation cases (SPEC section 9), told by
   * its header, to read with {@code plan}'s encoding into its own index.
   */
  record Register(InboxFile file, ByteProfile bytes, ReadPlan plan, RegisterKind kind) implements FileInspection {
    public Register {
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** Not an export at all (a note, a document): listed, not read, not a rejection. */
  record Ignored(InboxFile file, String message) implements FileInspection {}
}
