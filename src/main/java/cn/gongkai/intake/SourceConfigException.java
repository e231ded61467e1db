package cn.gongkai.intake;

import java.util.List;

/**
 * The source definitions cannot be used. It lists every problem of every definition file at once,
 * each naming the file, the key and the fix, so the operator corrects them all in one go.
 */
public final class SourceConfigException extends RuntimeException {

  private final List<String> problems;

  /** @param problems one message per problem, each naming its file; not empty */
  public SourceConfigException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file-name order. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a source configuration exception needs a problem");
    }
    if (problems.size() == 1) {
      return problems.get(0);
    }
    return problems.size() + " problems in the source definitions; fix them all and run again:\n- "
        + String.join("\n- ", problems);
  }
}
