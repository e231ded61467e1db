package cn.gongkai.application;

/**
 * Rows that share a key are one application (or case), exported again: a register is exported
 * whole, again and again, as its replies come in. The most advanced row wins (answered over still
 * open, closed over pending); between rows as advanced, the later one, which has the office's
 * latest corrections. The register load applies this rule to every row against the one kept so
 * far, from this run or an earlier one.
 */
public final class RegisterDeduplication {

  private RegisterDeduplication() {}

  /** Whether {@code later}, a later row of the application {@code kept} holds, takes its place. */
  public static boolean replaces(Application kept, Application later) {
    return !(answered(kept) && !answered(later));
  }

  /** Whether {@code later}, a later row of the case {@code kept} holds, takes its place. */
  public static boolean replaces(ReviewCase kept, ReviewCase later) {
    return !(kept.closedDate() != null && later.closedDate() == null);
  }

  private static boolean answered(Application application) {
    return application.replyDate() != null;
  }
}
