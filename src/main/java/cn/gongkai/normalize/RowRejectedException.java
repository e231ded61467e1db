package cn.gongkai.normalize;

/**
 * Thrown by the normalizer for a row that cannot become a publication. Expected and frequent, so it
 * carries no stack trace; the job's skip policy turns it into a recorded {@link Rejection}.
 */
public final class RowRejectedException extends Exception {

  private final transient Rejection rejection;

  public RowRejectedException(Rejection rejection) {
    super(rejection.reason() + " at " + rejection.file() + ":" + rejection.line() + ": " + rejection.message(), null, false, false);
    this.rejection = rejection;
  }

  public Rejection rejection() {
    return rejection;
  }
}
