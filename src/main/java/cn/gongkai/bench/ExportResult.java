package cn.gongkai.bench;

import java.util.Objects;

/**
 * The final publication documents of the warm-up, written as bulk bodies for the raw baseline.
 *
 * @param bytes the bodies' bytes: action lines and sources
 */
public record ExportResult(String file, long documents, long bytes, double seconds) {

  public ExportResult {
    Objects.requireNonNull(file, "file");
    if (documents < 0 || bytes < 0 || !(seconds >= 0)) {
      throw new IllegalArgumentException("documents, bytes and seconds must be 0 or more");
    }
  }
}
