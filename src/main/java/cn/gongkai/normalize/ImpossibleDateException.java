package cn.gongkai.normalize;

import java.util.Objects;

/**
 * A date cell in an accepted style that names a day or time that does not exist (2019-02-30,
 * 25:00). Expected and frequent, so it carries no stack trace.
 */
public final class ImpossibleDateException extends Exception {

  private final String why;

  /** @param why why no such date exists, in Chinese for the clerk (2019年2月只有28天) */
  public ImpossibleDateException(String why) {
    super(Objects.requireNonNull(why, "why"), null, false, false);
    this.why = why;
  }

  /** Why no such date exists, in Chinese for the clerk, e.g. {@code 2019年2月只有28天}. */
  public String why() {
    return why;
  }
}
