package cn.gongkai.bench;

/** How bulk bodies are sent: documents per request, and requests in flight at once. */
public record BulkShape(int docsPerRequest, int concurrency) {

  public BulkShape {
    if (docsPerRequest < 1 || concurrency < 1) {
      throw new IllegalArgumentException("documents per request and concurrency must be 1 or more, were "
          + docsPerRequest + " and " + concurrency);
    }
  }
}
