package cn.gongkai.load;

import java.io.IOException;
import java.util.List;

/**
 * The indices Gongkai owns: the deduplicated publications (their own key registry), the probable
 * duplicates for review, the rejected rows and files, and the registry of ingested files.
 */
public final class Indices {

  private final ManagedIndex publications;
  private final ManagedIndex rejects;
  private final ManagedIndex files;
  private final ManagedIndex nearDuplicates;

  public Indices(ElasticsearchConnection connection) {
    this.publications = new ManagedIndex(connection, "publications", "publications-template.json");
    this.rejects = new ManagedIndex(connection, "rejects", "rejects-template.json");
    this.files = new ManagedIndex(connection, "files", "files-template.json");
    this.nearDuplicates = new ManagedIndex(connection, "near-duplicates", "near-duplicates-template.json");
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

  /** Probable duplicates listed for review. */
  public ManagedIndex nearDuplicates() {
    return nearDuplicates;
  }

  private List<ManagedIndex> all() {
    return List.of(publications, rejects, files, nearDuplicates);
  }

  /** Templates and aliases of every index, created when missing. */
  public void ensure() throws IOException {
    for (ManagedIndex index : all()) {
      index.ensure();
    }
  }

  /** Makes everything written so far searchable. */
  public void refresh() throws IOException {
    for (ManagedIndex index : all()) {
      index.refresh();
    }
  }
}
