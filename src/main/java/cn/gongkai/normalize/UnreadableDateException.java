package cn.gongkai.normalize;

/**
 * A date cell in none of the accepted styles (see {@link DateParser}). Expected and frequent, so it
 * carries no stack trace.
 */
public final class UnreadableDateException extends Exception {

  /** @param text the cell as given, for the exception message */
  public UnreadableDateException(String text) {
    super("not a date in an accepted style: \"" + text + "\"", null, false, false);
  }
}
