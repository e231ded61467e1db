package cn.gongkai.bench;

import java.util.Objects;

/**
 * The exports a bench measured with.
 *
 * @param generated whether the bench wrote them (else they were given with --inbox)
 * @param rows the rows generated; -1 when given (the runs say what they read)
 * @param distinctPublications publications the generated rows hold once re-exports merge; -1 when given
 * @param duplicateRows the generated rows that re-export another; -1 when given
 * @param seconds how long generating took; 0 when given
 */
public record InboxFacts(String path, boolean generated, int files, long rows, long distinctPublications,
    long duplicateRows, double seconds) {

  public InboxFacts {
    Objects.requireNonNull(path, "path");
    if (files < 0 || rows < -1 || !(seconds >= 0)) {
      throw new IllegalArgumentException("files and seconds must be 0 or more, rows -1 (unknown) or more");
    }
  }
}
