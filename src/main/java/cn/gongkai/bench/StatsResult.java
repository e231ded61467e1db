package cn.gongkai.bench;

import java.util.Objects;

/**
 * The time of {@code stats --year Y --format json} against the measured publications.
 *
 * @param publications the documents of the index the figures were counted over
 * @param inProcess the figures and their JSON, in this JVM: what the command costs beyond starting
 * @param command the command as a user runs it, a new JVM each time; {@code null} when it could not be run
 * @param commandSkipped why the command was not run, or {@code null}
 */
public record StatsResult(int year, long publications, Timings inProcess, Timings command, String commandSkipped) {

  public StatsResult {
    Objects.requireNonNull(inProcess, "inProcess");
    if ((command == null) == (commandSkipped == null)) {
      throw new IllegalArgumentException("either the command's timings or why it was skipped, not both or neither");
    }
  }
}
