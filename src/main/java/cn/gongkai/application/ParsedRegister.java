package cn.gongkai.application;

import java.util.List;

/**
 * A register read: each row either counted (with the key re-exports of it share) or rejected with a
 * reason; {@code read} = accepted + rejected.
 *
 * @param <T> {@link Application} or {@link ReviewCase}
 */
public record ParsedRegister<T>(RegisterKind kind, List<Accepted<T>> accepted, List<Rejected> rejected) {

  /** A row counted: its line in the file, its deduplication key, what it says. */
  public record Accepted<T>(long line, String key, T record) {}

  /** A row not counted, and why. */
  public record Rejected(long line, RegisterRejection rejection) {}

  public ParsedRegister {
    accepted = List.copyOf(accepted);
    rejected = List.copyOf(rejected);
  }

  public long read() {
    return accepted.size() + rejected.size();
  }
}
