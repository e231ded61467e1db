package cn.gongkai.dedup;

import cn.gongkai.support.StableId;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The loaded publications as one load step sees them: the keys it wrote itself are remembered in
 * memory ({@link RecentKeys}), and only the others are looked up in the store, whose key lookups
 * see what was made searchable before the step began. A key this step wrote always answers from
 * memory, so it is never taken from the store's older view, even when that view still shows the
 * key on a publication the step has since absorbed into another.
 */
public final class RunPublicationStore implements PublicationStore {

  private final PublicationStore loaded;
  private final RecentKeys recent = new RecentKeys();

  /** @param loaded the durable store; its {@link #publications} reads must see every write at once */
  public RunPublicationStore(PublicationStore loaded) {
    this.loaded = loaded;
  }

  @Override
  public Map<String, String> publicationsByKey(Set<String> keys) throws IOException {
    Map<String, String> found = new HashMap<>();
    Set<String> unknown = new HashSet<>();
    for (String key : keys) {
      String publication = recent.get(StableId.of(key));
      if (publication != null) {
        found.put(key, publication);
      } else {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      found.putAll(loaded.publicationsByKey(unknown));
    }
    return found;
  }

  @Override
  public Map<String, MergedPublication> publications(Set<String> ids) throws IOException {
    return loaded.publications(ids);
  }

  /** Remembers what a written batch decided: every key it gave a publication, or moved to another. */
  public void remember(DedupBatch written) {
    written.keyAssignments().forEach((key, publication) -> recent.put(StableId.of(key), publication));
  }
}
