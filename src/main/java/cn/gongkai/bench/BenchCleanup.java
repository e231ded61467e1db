package cn.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Removes what a bench run left on the cluster (its indices, with their aliases, and its index
 * templates, all named {@code bench-<stamp>-…}) and its bulk-body file. Only names of this run's
 * pattern are deleted, one by one: never an installation's own index.
 */
public final class BenchCleanup {

  private final BenchCluster cluster;

  public BenchCleanup(BenchCluster cluster) {
    this.cluster = cluster;
  }

  /** @return how many indices and templates it deleted */
  public int removeIndices(String pattern) throws IOException {
    List<String> indices = cluster.indicesMatching(pattern);
    cluster.deleteIndices(indices);
    List<String> templates = cluster.templatesMatching(pattern);
    for (String template : templates) {
      cluster.deleteTemplate(template);
    }
    return indices.size() + templates.size();
  }

  /**
   * What its runs saved in {@code modelDir} for the next ones, the model's counts and placements, one
   * file each per alias of the pattern's prefix.
   */
  public static void removeSavedModelFiles(Path modelDir, String aliasPrefix) throws IOException {
    if (modelDir == null || !Files.isDirectory(modelDir)) {
      return;
    }
    try (var files = Files.list(modelDir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(aliasPrefix) && (name.endsWith(".counts") || name.endsWith(".placements"))) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  public static void removeFile(Path file) throws IOException {
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }
}
