package cn.gongkai.load;

import java.io.IOException;

/**
 * The indices Gongkai owns: the deduplicated publications and their key registry, the rejected rows
 * and files, and the registry of ingested files.
 */
public final class Indices {

  private final ManagedIndex publications;
  private final ManagedIndex rejects;
  private final ManagedIndex files;
  private final ManagedIndex keys;

  public Indices(ElasticsearchConnection connection) {
    this.publications = new ManagedIndex(connection, "publications", "publications-template.json");
    this.rejects = new ManagedIndex(connection, "rejects", "rejects-template.json");
    this.files = new ManagedIndex(connection, "files", "files-template.json");
    this.keys = new ManagedIndex(connection, "keys", "keys-template.json");
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

  /** The deduplication keys of the loaded publications. */
  public ManagedIndex keys() {
    return keys;
  }

  /** Templates and aliases of every index, created when missing. */
  public void ensure() throws IOException {
    publications.ensure();
    rejects.ensure();
    files.ensure();
    keys.ensure();
  }

  /** Makes everything written so far searchable. */
  public void refresh() throws IOException {
    publications.refresh();
    rejects.refresh();
  }
}
