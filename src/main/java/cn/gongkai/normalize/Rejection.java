package cn.gongkai.normalize;

import java.util.Objects;

/**
 * A row that was not loaded, with its evidence: what was wrong, where, and the row itself.
 *
 * @param message what is wrong and how to fix it, in words a clerk acts on (names the field and value)
 */
public record Rejection(RejectionReason reason, String message, String file, long line, String raw) {

  public Rejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(raw, "raw");
  }
}
