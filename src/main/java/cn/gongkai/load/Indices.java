package cn.gongkai.load;

import java.io.IOException;
import java.util.List;

/**
 * The indices Gongkai owns: the deduplicated publications (their own key registry), the probable
 * duplicates for review, the rejected rows and files, the registry of ingested files, and the
 * applications and review cases of the offices' registers.
 */
public final class Indices {

  private final ManagedIndex publications;
  private final ManagedIndex rejects;
  private final ManagedIndex files;
  private final ManagedIndex nearDuplicates;
  private final ManagedIndex applications;
  private final ManagedIndex reviews;

  public Indices(ElasticsearchConnection connection) {
    this.publications = new ManagedIndex(connection, "publications", "publications-template.json");
    this.rejects = new ManagedIndex(connection, "rejects", "rejects-template.json");
    this.files = new ManagedIndex(connection, "files", "files-template.json");
    this.nearDuplicates = new ManagedIndex(connection, "near-duplicates", "near-duplicates-template.json");
    this.applications = new ManagedIndex(connection, "applications", "applications-template.json");
    this.reviews = new ManagedIndex(connection, "reviews", "reviews-template.json");
  }

  /** Applications for disclosure, from the application registers. */
  public ManagedIndex applications() {
    return applications;
  }

  /** Review and litigation cases, from the case registers. */
  public ManagedIndex reviews() {
    return reviews;
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
    return List.of(publications, rejects, files, nearDuplicates, applications, reviews);
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
