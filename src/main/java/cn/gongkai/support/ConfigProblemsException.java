package cn.gongkai.support;

import java.util.List;

/**
 * A configuration file an organization edits cannot be used. It lists every problem at once, each
 * naming the file, the key and the fix, so the operator corrects them all in one go.
 */
public abstract class ConfigProblemsException extends RuntimeException {

  private final List<String> problems;

  /**
   * @param what the configuration, for the summary line of several problems ("the taxonomy")
   * @param problems one message per problem, each naming its file; not empty
   */
  protected ConfigProblemsException(String what, List<String> problems) {
    super(message(what, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order found. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String what, List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a configuration exception needs a problem");
    }
    if (problems.size() == 1) {
      return problems.get(0);
    }
    return problems.size() + " problems in " + what + "; fix them all and run again:\n- "
        + String.join("\n- ", problems);
  }
}
