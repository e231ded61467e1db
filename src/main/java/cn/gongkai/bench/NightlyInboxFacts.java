package cn.gongkai.bench;

import java.util.Objects;

/**
 * The inbox of the nightly phase.
 *
 * @param reexports rows copied from the loaded inbox, each re-exporting a publication already loaded
 * @param newRows the generator's rows, every one a new publication
 * @param newFiles the files the new rows are in
 * @param newOrganization whose the new rows are
 * @param newYear the year they are created and published in
 */
public record NightlyInboxFacts(String path, int files, int reexports, int newRows, int newFiles,
    String newOrganization, int newYear) {

  public NightlyInboxFacts {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(newOrganization, "newOrganization");
    if (reexports < 0 || newRows < 0) {
      throw new IllegalArgumentException("rows are 0 or more, were " + reexports + " and " + newRows);
    }
  }

  public int rows() {
    return reexports + newRows;
  }
}
