package cn.gongkai.publication;

import java.util.Objects;

/**
 * Where a record came from: the inbox file (by name), its line (1-based, the first physical line of
 * the CSV record), and the department the row was attributed to.
 */
public record Provenance(String file, long line, String department) {

  public Provenance {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
  }
}
