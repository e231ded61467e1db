package cn.gongkai.load;

import java.io.IOException;

/**
 * The indices Gongkai owns: the deduplicated publications, the rejected rows and files, and the
 * registry of ingested files.
 */
public final class Indices {

  private final ManagedIndex publications;
  private final ManagedIndex rejects;
  private final ManagedIndex files;

  public Indices(ElasticsearchConnection connection) {
    this.publications = new ManagedIndex(connection, "publications", "publications-template.json");
    this.rejects = new ManagedIndex(connection, "rejects", "rejects-template.json");
    this.files = new ManagedIndex(connection, "files", "files-template.json");
  }

  public ManagedIndex publications() {
    return publications;
  }

  public ManagedIndex rejects() {
    return rejects;
  }

  public ManagedIndex files() {
    return files;
  }

  /** Templates and aliases of every index, created when missing. */
  public void ensure() throws IOException {
    publications.ensure();
    rejects.ensure();
    files.ensure();
  }

  /** Makes everything written so far searchable. */
  public void refresh() throws IOException {
    publications.refresh();
    rejects.refresh();
  }
}
